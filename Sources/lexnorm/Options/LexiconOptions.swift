import ArgumentParser
import Foundation
import LexNorm

/// Which lexicon a command matches against: the bundled one, plus or instead of the user's.
struct LexiconOptions: ParsableArguments {
  @Option(
    name: .customLong("lexicon"),
    help: ArgumentHelp(
      "A lexicon file or directory (YAML), or a compiled lexicon (.lnx); repeatable.",
      discussion: """
        YAML lexicons are added to the bundled one (their entities win over bundled entities \
        with the same ID). A compiled lexicon already holds everything it was compiled from and \
        cannot be combined with other --lexicon paths.
        """, valueName: "path"))
  var paths: [String] = []

  @Flag(name: .customLong("no-default-lexicon"), help: "Leave out the bundled lexicon.")
  var noDefaultLexicon = false

  /// The annotator for the chosen lexicons; lexicon errors are printed and exit 1.
  func makeAnnotator() throws -> Annotator {
    if let compiled = try compiledLexicon() { return compiled }
    return Annotator(lexicon: try loadLexicon(paths: paths, includeBundled: !noDefaultLexicon))
  }

  /// The annotator of a compiled lexicon given with --lexicon, if one is.
  private func compiledLexicon() throws -> Annotator? {
    var compiled: [(String, [UInt8])] = []
    for path in paths {
      guard let handle = FileHandle(forReadingAtPath: path) else { continue }
      let head = (try? handle.read(upToCount: 16)) ?? Data()
      try? handle.close()
      if Annotator.isCompiledLexicon(Array(head)) {
        compiled.append((path, Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
      }
    }
    guard let (path, bytes) = compiled.first else { return nil }
    guard paths.count == 1 else {
      throw ValidationError(
        "a compiled lexicon (\(path)) cannot be combined with other --lexicon paths; compile them together with `lexnorm compile`")
    }
    do {
      return try Annotator(compiled: bytes, source: path)
    } catch {
      Standard.error.write("lexnorm: error: \(error)\n")
      throw ExitCode(1)
    }
  }
}

extension LanguageTag: ExpressibleByArgument {
  public init?(argument: String) {
    guard ["vi", "en", "de", "ru"].contains(argument) else { return nil }
    self.init(rawValue: argument)
  }
}

extension CalendarDate: ExpressibleByArgument {
  public init?(argument: String) { self.init(iso8601: argument) }
}

/// The user's YAML lexicons (their entities first, so they win over bundled ones with the same
/// ID) plus, unless left out, the bundled lexicon. Errors are printed with file, line and column.
func loadLexicon(paths: [String], includeBundled: Bool) throws -> Lexicon {
  var entities: [Entity] = []
  do {
    if !paths.isEmpty {
      entities += try Lexicon.load(from: paths.map { URL(fileURLWithPath: $0) }).entities
    }
    if includeBundled { entities += try Lexicon.bundled().entities }
  } catch {
    for diagnostic in error.diagnostics where diagnostic.severity == .error {
      Standard.error.write("lexnorm: \(diagnostic)\n")
    }
    Standard.error.write("lexnorm: error: \(error)\n")
    throw ExitCode(1)
  }
  return Lexicon(entities: entities)
}
