#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
  }

  /// Whether this stream is a terminal (progress and colour only go to terminals).
  var isTerminal: Bool { isatty(descriptor) != 0 }

  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count > flushThreshold { flush() }
  }

  /// Lets `body` append bytes to the output buffer directly.
  func write(_ body: (inout [UInt8]) -> Void) {
    body(&buffer)
    if buffer.count > flushThreshold { flush() }
  }

  func flush() {
    var start = 0
    while start < buffer.count {
      let written = buffer.withUnsafeBytes { raw in
        Glibc.write(descriptor, raw.baseAddress.map { $0 + start }, raw.count - start)
      }
      if written < 0 {
        if errno == EINTR { continue }
        break  // EPIPE and friends: the reader is gone, nothing useful is left to do.
      }
      start += written
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Reports input errors on standard error and remembers that one happened, so a command can go
/// on with its other inputs and exit 1 at the end.
struct InputErrorReporter {
  private(set) var failed = false

  mutating func report(_ message: String) {
    failed = true
    Standard.output.flush()
    Standard.error.write("lexnorm: error: \(message)\n")
  }
}
