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
