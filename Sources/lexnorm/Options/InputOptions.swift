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
  var progress = TerminalStatus()
  try forEachSegment(
    of: paths, options: options,
    startingEachInput: { session = annotator.makeSession(options: annotation) }
  ) { segment, source in
    try body(segment, source, session.annotate(segment))
    progress.advance(to: segment.byteOffset + segment.text.utf8.count, of: source.name)
  }
  progress.done()
}

/// A status line on standard error, only when it is a terminal: stages of a long command
/// ("building the index…") or bytes read ("big.txt: 512 MiB", at most twice a second).
struct TerminalStatus {
  let enabled: Bool
  private var lastReport = ContinuousClock.now
  private var shown = false

  init(enabled: Bool = Standard.error.isTerminal) { self.enabled = enabled }

  mutating func say(_ message: String) {
    guard enabled else { return }
    shown = true
    Standard.error.write("\r\u{1B}[2K" + message)
    Standard.error.flush()
  }

  mutating func advance(to bytes: Int, of name: String) {
    guard enabled, bytes >= 1 << 24 else { return }
    let now = ContinuousClock.now
    guard now - lastReport >= .milliseconds(500) else { return }
    lastReport = now
    say("\(name): \(bytes >> 20) MiB")
  }

  func done() {
    guard shown else { return }
    Standard.error.write("\r\u{1B}[2K")
    Standard.error.flush()
  }
}
