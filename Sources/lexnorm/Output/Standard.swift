/// Buffered writers for standard output and standard error.
///
/// `@unchecked Sendable`: the CLI writes from its main thread only.
final class Standard: @unchecked Sendable {
  static let output = Standard(descriptor: 1, flushThreshold: 1 << 16)
  static let error = Standard(descriptor: 2, flushThreshold: 0)

  private let descriptor: Int32
  private let flushThreshold: Int
  private var buffer: [UInt8] = []

  private init(descriptor: Int32, flushThreshold: Int) {
    self.descriptor = descriptor
    self.flushThreshold = flushThreshold
    isTerminal = isatty(descriptor) != 0
  }

  /// Whether this stream is a terminal (progress only goes to terminals).
  let isTerminal: Bool

  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count > flushThreshold { flush() }
  }

  /// Lets `body` append bytes to the output buffer directly.
  func write(_ body: (inout [UInt8]) -> Void) {
    body(&buffer)
    if buffer.count > flushThreshold { flush() }
  }

  /// Writes out the buffer. A reader that went away (`| head`) ends the process quietly, as it
  /// does `cat`; any other failure to write standard output (a full disk) is reported and ends
  /// it with status 1, since output that was not written is data lost.
  func flush() {
    guard !buffer.isEmpty else { return }
    // Output on the terminal that shows the progress line must not run into it.
    if descriptor == 1, isTerminal { Progress.shared.clear() }
    let failure = writeAll(buffer, to: descriptor)
    buffer.removeAll(keepingCapacity: true)
    // Nowhere is left to report a failure to write standard error.
    if let failure, descriptor == 1 { Self.outputFailed(failure) }
  }

  private static func outputFailed(_ failure: Int32) -> Never {
    if failure == EPIPE {
      // Die of SIGPIPE as other tools do, even if the parent left the signal ignored.
      signal(SIGPIPE, SIG_DFL)
      raise(SIGPIPE)
    }
    Progress.shared.clear()
    error.write(
      Report.line(path: "standard output", "cannot write: \(OutputFile.Failure(errno: failure))"))
    exit(1)
  }
}
