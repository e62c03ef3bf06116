import ArgumentParser
import Foundation
import LexNorm
import Synchronization

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
    let annotator =
      if paths.count == 1, let path = paths.first, Self.isCompiled(path) {
        try compiledAnnotator(path: path)
      } else if paths.isEmpty && !noDefaultLexicon {
        try bundledAnnotator()
      } else {
        Annotator(lexicon: try chosenLexicon())
      }
    // Kept until the process exits: freeing 100k entities one by one at the end of a command
    // costs more than annotating 2 MB, and the system takes the memory back anyway.
    keptAnnotators.withLock { $0.append(annotator) }
    return annotator
  }

  /// The chosen lexicons without building an index (a compiled one is loaded whole).
  func chosenLexicon() throws -> Lexicon {
    if paths.count == 1, let path = paths.first, Self.isCompiled(path) {
      return try compiledAnnotator(path: path).lexicon
    }
    return try loadLexicon(paths: paths, includeBundled: !noDefaultLexicon)
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
      Report.error(Report.message(of: error, path: path), path: path)
      throw ExitCode(1)
    }
  }
}

/// The bundled lexicon (unless left out) plus the user's YAML lexicons, whose entities win by ID
/// (`Lexicon.merging`); the user's files are checked against the bundled lexicon. Errors are
/// printed with file, line and column, and so are the warnings that mean a path gave no entities
/// (an empty file or folder).
func loadLexicon(paths: [String], includeBundled: Bool) throws -> Lexicon {
  let base = includeBundled ? try bundledLexicon() : nil
  guard !paths.isEmpty else { return base ?? Lexicon(entities: []) }
  let report = try validateLexicons(paths, against: base)
  let shown = report.diagnostics.filter {
    $0.severity == .error || $0.rule == .noLexiconFiles || $0.rule == .emptyFile
  }
  shown.forEach(Report.diagnostic)
  if report.hasErrors { throw ExitCode(1) }
  let mine = Lexicon(entities: report.entities)
  return base?.merging(mine) ?? mine
}

/// The bundled lexicon, as compiled into this binary at build time.
func bundledLexicon() throws -> Lexicon {
  try bundledAnnotator().lexicon
}

/// The bundled lexicon's annotator, loaded once from the compiled bytes the
/// EmbedCompiledLexicon plugin embeds (the build fails on an invalid bundled lexicon, so the
/// error only means a damaged binary); it is printed and exits 1.
func bundledAnnotator() throws -> Annotator {
  do {
    return try embeddedAnnotator.get()
  } catch {
    Report.error(error.description)
    throw ExitCode(1)
  }
}

private let embeddedAnnotator = Result { () throws(CompiledLexiconError) in
  try BundledCompiledLexicon.annotator()
}

/// Validates lexicon files and folders; `-` is standard input, read into a temporary file
/// that every finding and entity then names `-` again.
func validateLexicons(
  _ paths: [String], with validator: LexiconValidator = LexiconValidator(),
  against base: Lexicon? = nil
) throws -> ValidationReport {
  guard paths.contains("-") else {
    return validator.validate(paths.map(URL.init(fileURLWithPath:)), against: base)
  }
  let temporary = FileManager.default.temporaryDirectory
    .appendingPathComponent("lexnorm-stdin-\(UUID().uuidString).yaml")
  try FileHandle.standardInput.readDataToEndOfFile().write(to: temporary)
  defer { try? FileManager.default.removeItem(at: temporary) }
  var report = validator.validate(
    paths.map { URL(fileURLWithPath: $0 == "-" ? temporary.path : $0) }, against: base)
  func named(_ path: String) -> String { path == temporary.path ? "-" : path }
  for index in report.diagnostics.indices {
    report.diagnostics[index].path = named(report.diagnostics[index].path)
  }
  for index in report.entities.indices {
    if let path = report.entities[index].location?.path {
      report.entities[index].location?.path = named(path)
    }
  }
  report.files = report.files.map(named)
  return report
}

/// The annotators commands made, never freed (see ``LexiconOptions/makeAnnotator()``).
private let keptAnnotators = Mutex<[Annotator]>([])
