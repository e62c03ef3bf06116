/// Reads a file or standard input line by line, handing each line out as soon as its line feed
/// has arrived (a consumer on a pipe sees results promptly), in memory bounded by the longest
/// line allowed: a longer line is reported by number and skipped.
final class LineReader {
  /// One line of input.
  enum Line {
    /// A line's bytes, without its line feed; `endsWithNewline` is false only at the very end.
    case text(number: Int, bytes: ArraySlice<UInt8>, endsWithNewline: Bool)
    /// A line longer than the limit, skipped.
    case tooLong(number: Int)
  }

  /// Why an input could not be opened or read.
  struct Failure: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "\(path): \(reason)" }
  }

  let name: String
  private let descriptor: Int32
  private let maximumLineBytes: Int
  private var buffer: [UInt8] = []
  private var lineStart = 0
  /// Bytes from `lineStart` up to here hold no line feed.
  private var searched = 0
  private var lineNumber = 0
  private var atEnd = false
  /// Bytes of the input handed out so far, line feeds included (for progress).
  private(set) var bytesRead = 0
  /// The input's size, when it is a regular file.
  private(set) var size: Int?

  /// Opens `path` (`-`: standard input).
  init(path: String, maximumLineBytes: Int) throws(Failure) {
    name = path
    self.maximumLineBytes = maximumLineBytes
    if path == "-" {
      descriptor = 0
      return
    }
    descriptor = open(path, O_RDONLY)
    if descriptor < 0 { throw Failure(path: path, reason: "cannot read: \(Self.systemError())") }
    var info = stat()
    if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      close(descriptor)
      throw Failure(path: path, reason: "is a directory")
    }
    if (info.st_mode & S_IFMT) == S_IFREG { size = Int(info.st_size) }
  }

  deinit {
    if descriptor != 0 { close(descriptor) }
  }

  private static func systemError() -> String { String(cString: strerror(errno)) }

  /// The next line, or `nil` at the end of the input.
  func next() throws(Failure) -> Line? {
    var skipping = false
    while true {
      if let newline = buffer[searched...].firstIndex(of: 0x0A) {
        lineNumber += 1
        defer {
          bytesRead += newline + 1 - lineStart
          lineStart = newline + 1
          searched = lineStart
        }
        if skipping || newline - lineStart > maximumLineBytes {
          return .tooLong(number: lineNumber)
        }
        return .text(number: lineNumber, bytes: buffer[lineStart..<newline], endsWithNewline: true)
      }
      searched = buffer.count
      if buffer.count - lineStart > maximumLineBytes {
        // Drop what is buffered of the long line; keep reading until its end.
        skipping = true
        buffer.removeAll(keepingCapacity: true)
        lineStart = 0
        searched = 0
      }
      if atEnd {
        guard lineStart < buffer.count || skipping else { return nil }
        lineNumber += 1
        defer {
          bytesRead += buffer.count - lineStart
          lineStart = buffer.count
          searched = lineStart
        }
        if skipping { return .tooLong(number: lineNumber) }
        return .text(number: lineNumber, bytes: buffer[lineStart...], endsWithNewline: false)
      }
      try fill()
    }
  }

  /// Reads more input, first dropping the lines already handed out.
  private func fill() throws(Failure) {
    if lineStart > 0 {
      buffer.removeSubrange(..<lineStart)
      searched -= lineStart
      lineStart = 0
    }
    let chunk = 1 << 16
    let oldCount = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: chunk))
    while true {
      let count = buffer.withUnsafeMutableBytes { raw in
        read(descriptor, raw.baseAddress.map { $0 + oldCount }, chunk)
      }
      if count < 0 && errno == EINTR { continue }
      if count < 0 {
        buffer.removeSubrange(oldCount...)
        throw Failure(path: name, reason: "cannot read: \(Self.systemError())")
      }
      buffer.removeSubrange((oldCount + count)...)
      if count == 0 { atEnd = true }
      return
    }
  }
}
