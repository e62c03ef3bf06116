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
        with the same ID) and are checked against it: roles may name bundled titles, and a \
        form shared with a bundled entity is an error. A compiled lexicon already holds everything it was compiled from and \
        cannot be combined with other --lexicon paths.
        """, valueName: "path"))
  var paths: [String] = []

  @Flag(name: .customLong("no-default-lexicon"), help: "Leave out the bundled lexicon.")
  var noDefaultLexicon = false

  /// A compiled lexicon already holds the bundled one and its sources: combining it with other
  /// paths is a usage error, found while parsing so the message shows this command's usage.
  func validate() throws {
    guard paths.count > 1, let compiled = paths.first(where: Self.isCompiled) else { return }
    throw ValidationError(
      "a compiled lexicon (\(compiled)) cannot be combined with other --lexicon paths; "
        + "compile them together with `lexnorm compile`")
  }

  /// The annotator for the chosen lexicons; lexicon errors are printed and exit 1.
  func makeAnnotator() throws -> Annotator {
    if paths.count == 1, let path = paths.first, Self.isCompiled(path) {
      return try compiledAnnotator(path: path)
    }
    return Annotator(lexicon: try loadLexicon(paths: paths, includeBundled: !noDefaultLexicon))
  }

  /// Whether `path` is meant as a compiled lexicon: named `*.lnx`, or starting with the
  /// signature. A damaged `.lnx` is thus reported as one, not as YAML with invalid UTF-8.
  private static func isCompiled(_ path: String) -> Bool {
    if path.hasSuffix(".lnx") { return true }
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 16)) ?? Data()
    return Annotator.isCompiledLexicon(Array(head))
  }

  private func compiledAnnotator(path: String) throws -> Annotator {
    do {
      return try Annotator(compiledContentsOf: URL(fileURLWithPath: path), source: path)
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

/// The bundled lexicon (unless left out) plus the user's YAML lexicons, whose entities win by ID
/// (`Lexicon.merging`); the user's files are checked against the bundled lexicon. Errors are
/// printed with file, line and column, and so are the warnings that mean a path gave no entities
/// (an empty file or folder).
func loadLexicon(paths: [String], includeBundled: Bool) throws -> Lexicon {
  let base = includeBundled ? try bundledLexicon() : nil
  guard !paths.isEmpty else { return base ?? Lexicon(entities: []) }
  let report = LexiconValidator().validate(paths.map { URL(fileURLWithPath: $0) }, against: base)
  let shown = report.diagnostics.filter {
    $0.severity == .error || $0.rule == .noLexiconFiles || $0.rule == .emptyFile
  }
  for diagnostic in shown { Standard.error.write("lexnorm: \(diagnostic)\n") }
  if report.hasErrors { throw ExitCode(1) }
  let mine = Lexicon(entities: report.entities)
  return base?.merging(mine) ?? mine
}

/// The bundled lexicon; its errors (which the test suite rules out) are printed and exit 1.
func bundledLexicon() throws -> Lexicon {
  do {
    return try Lexicon.bundled()
  } catch {
    for diagnostic in error.diagnostics where diagnostic.severity == .error {
      Standard.error.write("lexnorm: \(diagnostic)\n")
    }
    throw ExitCode(1)
  }
}
