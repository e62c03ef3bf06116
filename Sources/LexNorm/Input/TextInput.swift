internal import _LexNormSystem

/// A piece of input text handed out by ``TextInput``: a whole line, or a bounded slice of a line
/// too long to hold at once.
public struct TextSegment: Sendable, Hashable {
  /// The text, without its line terminator.
  public var text: String
  /// UTF-8 offset of the segment's first byte in the whole input.
  public var byteOffset: Int
  /// Whether a line feed followed the segment in the input (false for the last line when the
  /// input does not end in one, and for every slice of a long line but its last).
  public var endsLine: Bool
  /// Where invalid input bytes were replaced by U+FFFD (``TextInput/InvalidUTF8Policy/replace``),
  /// so offsets into ``text`` can be mapped back to the input's bytes.
  public var replacements: [Replacement]

  /// An invalid byte sequence of the input that ``text`` shows as U+FFFD (3 bytes).
  public struct Replacement: Sendable, Hashable {
    /// UTF-8 offset of the U+FFFD in ``TextSegment/text``.
    public var textOffset: Int
    /// The input bytes it stands for, so a rewrite can put them back unchanged.
    public var inputBytes: [UInt8]
    /// How many input bytes it stands for.
    public var inputLength: Int { inputBytes.count }
  }

  public init(text: String, byteOffset: Int, endsLine: Bool, replacements: [Replacement] = []) {
    self.text = text
    self.byteOffset = byteOffset
    self.endsLine = endsLine
    self.replacements = replacements
  }

  /// The input offset of a UTF-8 offset into ``text`` (they differ only after replacements).
  public func inputOffset(ofTextOffset offset: Int) -> Int {
    var shift = 0
    for replacement in replacements where replacement.textOffset < offset {
      shift += replacement.inputLength - 3
    }
    return byteOffset + offset + shift
  }

  /// The UTF-8 offset into ``text`` of an input offset inside this segment.
  public func textOffset(ofInputOffset offset: Int) -> Int {
    let local = offset - byteOffset
    var shift = 0  // input bytes minus text bytes so far
    for replacement in replacements {
      guard replacement.textOffset + shift < local else { break }
      shift += replacement.inputLength - 3
    }
    return local - shift
  }
}

/// Why input could not be read.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Sendable, Hashable {
    /// The bytes are not UTF-8; ``byteOffset`` is the first bad byte.
    case invalidUTF8
    /// The system refused to open or read the file; ``detail`` says why.
    case unreadable
    /// The path names a directory.
    case isDirectory
  }

  /// What went wrong.
  public let kind: Kind
  /// The input's name as the user gave it (`-` for standard input).
  public let source: String
  /// For ``Kind/invalidUTF8``: the offset of the first invalid byte.
  public let byteOffset: Int?
  /// The system's explanation for ``Kind/unreadable``.
  public let detail: String?

  /// What went wrong, without the input's name (`invalid UTF-8 at byte 12`).
  public var reason: String {
    switch kind {
    case .invalidUTF8: "invalid UTF-8 at byte \(byteOffset ?? 0)"
    case .unreadable: "cannot read: \(detail ?? "unknown error")"
    case .isDirectory: "is a directory"
    }
  }

  public var description: String { "\(source): \(reason)" }
}

/// Streams text from a file or standard input as UTF-8 checked segments, in bounded memory.
///
/// Lines come out whole up to ``maximumSegmentBytes``; a longer line (a 100 MB file without a
/// newline, say) is cut at the last whitespace before the limit, or at a character boundary when
/// there is none, so memory stays bounded and time linear.
///
/// ```swift
/// let input = try TextInput(path: "article.txt")
/// while let segment = try input.next() { print(segment.text) }
/// ```
public final class TextInput {
  /// How invalid UTF-8 is handled.
  public enum InvalidUTF8Policy: Sendable {
    /// Throw ``InputError`` naming the offset of the first invalid byte.
    case reject
    /// Decode each invalid sequence as U+FFFD and go on.
    case replace
  }

  /// The input's name as given (`-` for standard input).
  public let name: String
  /// The largest segment handed out, in bytes.
  public let maximumSegmentBytes: Int
  /// The input's size in bytes when it is known in advance (a regular file), for progress.
  public var byteCount: Int? {
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(info.st_size)
  }
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  private let policy: InvalidUTF8Policy
  private var buffer: [UInt8] = []
  private var bufferStart = 0
  private var consumed = 0
  private var atEnd = false
  /// Bytes from `bufferStart` up to here are known to hold no line feed.
  private var scannedUpTo = 0
  private let readSize = 1 << 16

  /// Reads standard input.
  public init(
    standardInputWith policy: InvalidUTF8Policy = .reject, maximumSegmentBytes: Int = 1 << 20
  ) {
    name = "-"
    descriptor = 0
    ownsDescriptor = false
    self.policy = policy
    self.maximumSegmentBytes = max(maximumSegmentBytes, 16)
  }

  /// Opens a file (`-` means standard input).
  ///
  /// - Throws: ``InputError`` when the file cannot be opened or is a directory.
  public convenience init(
    path: String, invalidUTF8: InvalidUTF8Policy = .reject, maximumSegmentBytes: Int = 1 << 20
  ) throws(InputError) {
    if path == "-" {
      self.init(standardInputWith: invalidUTF8, maximumSegmentBytes: maximumSegmentBytes)
      return
    }
    let fd = open(path, O_RDONLY)
    if fd < 0 {
      throw InputError(
        kind: .unreadable, source: path, byteOffset: nil, detail: String(cString: strerror(errno)))
    }
    var info = stat()
    if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      close(fd)
      throw InputError(kind: .isDirectory, source: path, byteOffset: nil, detail: nil)
    }
    self.init(
      descriptor: fd, name: path, policy: invalidUTF8, maximumSegmentBytes: maximumSegmentBytes)
  }

  private init(descriptor: Int32, name: String, policy: InvalidUTF8Policy, maximumSegmentBytes: Int)
  {
    self.descriptor = descriptor
    self.name = name
    ownsDescriptor = true
    self.policy = policy
    self.maximumSegmentBytes = max(maximumSegmentBytes, 16)
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// The next segment, or `nil` at the end of the input.
  ///
  /// - Throws: ``InputError`` on a read error, or on invalid UTF-8 under ``InvalidUTF8Policy/reject``.
  public func next() throws(InputError) -> TextSegment? {
    while true {
      let searchLimit = min(buffer.count, bufferStart + maximumSegmentBytes + 1)
      if let newline = Self.firstNewline(in: buffer, max(scannedUpTo, bufferStart)..<searchLimit) {
        return try emit(upTo: newline, skip: 1, endsLine: true)
      }
      scannedUpTo = searchLimit
      // Strictly more than a segment is buffered, so the cut can look at the byte after it.
      if buffer.count - bufferStart > maximumSegmentBytes {
        return try emit(upTo: cutPoint(), skip: 0, endsLine: false)
      }
      if atEnd {
        if bufferStart < buffer.count {
          return try emit(upTo: buffer.count, skip: 0, endsLine: false)
        }
        return nil
      }
      try fill()
    }
  }

  /// The first line feed in `range` of `buffer`: `memchr`, since every byte of the input passes
  /// through here.
  private static func firstNewline(in buffer: [UInt8], _ range: Range<Int>) -> Int? {
    guard !range.isEmpty else { return nil }
    return buffer.withUnsafeBytes { bytes -> Int? in
      guard let base = bytes.baseAddress,
        let found = memchr(base + range.lowerBound, 0x0A, range.count)
      else { return nil }
      return base.distance(to: UnsafeRawPointer(found))
    }
  }

  /// Where to cut a line that is longer than the segment limit.
  private func cutPoint() -> Int {
    let limit = bufferStart + maximumSegmentBytes
    var index = limit
    while index > bufferStart + maximumSegmentBytes / 2 {
      let byte = buffer[index - 1]
      if byte == 0x20 || byte == 0x09 || byte == 0x0D { return index }
      index -= 1
    }
    // No whitespace: cut before a lead byte, so no character is split.
    index = limit
    while index > bufferStart + 1, buffer[index] & 0xC0 == 0x80 { index -= 1 }
    return index
  }

  private func emit(upTo end: Int, skip: Int, endsLine: Bool) throws(InputError) -> TextSegment {
    let offset = consumed
    let bytes = buffer[bufferStart..<end]
    let text: String
    var replacements: [TextSegment.Replacement] = []
    if let valid = String(validating: bytes, as: UTF8.self) {
      text = valid
    } else if policy == .replace {
      (text, replacements) = Self.decodeReplacing(bytes)
    } else {
      throw InputError(
        kind: .invalidUTF8, source: name, byteOffset: offset + Self.firstInvalidByte(in: bytes),
        detail: nil)
    }
    consumed += end - bufferStart + skip
    bufferStart = end + skip
    return TextSegment(
      text: text, byteOffset: offset, endsLine: endsLine, replacements: replacements)
  }

  /// Decodes `bytes`, replacing each byte that starts no valid sequence with U+FFFD and noting
  /// where, so offsets can be mapped back.
  static func decodeReplacing(_ bytes: ArraySlice<UInt8>) -> (String, [TextSegment.Replacement]) {
    var text = ""
    var replacements: [TextSegment.Replacement] = []
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let lead = bytes[index]
      let width =
        switch lead {
        case 0x00..<0x80: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
      if width > 0, index + width <= bytes.endIndex,
        let valid = String(validating: bytes[index..<index + width], as: UTF8.self)
      {
        text += valid
        index += width
      } else {
        replacements.append(.init(textOffset: text.utf8.count, inputBytes: [lead]))
        text.unicodeScalars.append("\u{FFFD}")
        index += 1
      }
    }
    return (text, replacements)
  }

  private func fill() throws(InputError) {
    if bufferStart > 0 {
      buffer.removeSubrange(0..<bufferStart)
      scannedUpTo = max(0, scannedUpTo - bufferStart)
      bufferStart = 0
    }
    let oldCount = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: readSize))
    var got = 0
    repeat {
      got = buffer.withUnsafeMutableBytes { raw in
        read(descriptor, raw.baseAddress.map { $0 + oldCount }, readSize)
      }
    } while got < 0 && errno == EINTR
    if got < 0 {
      buffer.removeLast(readSize)
      throw InputError(
        kind: .unreadable, source: name, byteOffset: nil, detail: String(cString: strerror(errno)))
    }
    buffer.removeLast(readSize - got)
    if got == 0 { atEnd = true }
  }

  /// Offset of the first byte that does not start or continue a valid UTF-8 sequence.
  static func firstInvalidByte(in bytes: some Collection<UInt8>) -> Int {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
      case .emptyInput:
        return offset
      case .error:
        return offset
      }
    }
  }
}
