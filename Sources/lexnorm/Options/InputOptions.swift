import ArgumentParser
import LexNorm

/// How commands that read text treat invalid UTF-8.
struct InputOptions: ParsableArguments {
  @Flag(
    help: """
      Replace invalid UTF-8 with U+FFFD and go on, instead of stopping with an error that names \
      the byte offset.
      """)
  var replaceInvalid = false

  var policy: TextInput.InvalidUTF8Policy { replaceInvalid ? .replace : .reject }
}

/// Runs `body` on every segment of every input (`-` or no input: standard input); one bad input
/// is reported and skipped, and the command exits 1 after the others are done. `startInput` runs
/// before each input, so per-document state starts afresh even when a path is given twice.
func forEachSegment(
  of paths: [String], options: InputOptions,
  startingEachInput startInput: () -> Void = {},
  _ body: (TextSegment, TextInput) throws -> Void
) throws {
  var reporter = InputErrorReporter()
  for path in paths.isEmpty ? ["-"] : paths {
    do {
      let input = try TextInput(path: path, invalidUTF8: options.policy)
      startInput()
      while let segment = try input.next() {
        try body(segment, input)
      }
    } catch let error as InputError {
      reporter.report(error.description)
    }
  }
  Standard.output.flush()
  if reporter.failed { throw ExitCode(1) }
}

/// Annotates every segment of every input with a fresh session per input (short forms and the
/// document date never leak from one file into the next) and hands over each segment's
/// mentions. On a terminal, long runs show their progress on standard error.
func forEachAnnotatedSegment(
  of paths: [String], options: InputOptions, annotator: Annotator,
  annotation: AnnotationOptions,
  _ body: (TextSegment, TextInput, [Mention]) throws -> Void
) throws {
  var session = annotator.makeSession(options: annotation)
  var progress = ByteProgress(enabled: Standard.error.isTerminal)
  try forEachSegment(
    of: paths, options: options,
    startingEachInput: { session = annotator.makeSession(options: annotation) }
  ) { segment, source in
    try body(segment, source, session.annotate(segment))
    progress.advance(to: segment.byteOffset + segment.text.utf8.count, of: source.name)
  }
  progress.done()
}

/// "annotating big.txt: 512 MB" on standard error, at most twice a second, terminals only.
struct ByteProgress {
  let enabled: Bool
  private var lastReport = ContinuousClock.now
  private var shown = false

  init(enabled: Bool) { self.enabled = enabled }

  mutating func advance(to bytes: Int, of name: String) {
    guard enabled, bytes >= 1 << 24 else { return }
    let now = ContinuousClock.now
    guard now - lastReport >= .milliseconds(500) else { return }
    lastReport = now
    shown = true
    Standard.error.write("\r\u{1B}[2K\(name): \(bytes >> 20) MiB")
    Standard.error.flush()
  }

  func done() {
    guard shown else { return }
    Standard.error.write("\r\u{1B}[2K")
    Standard.error.flush()
  }
}
