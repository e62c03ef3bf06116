/// A per-scalar lookup table over the blocks where the letters of Vietnamese, English, German and
/// Russian text live: U+0000–U+052F (Latin, Greek, Cyrillic, combining marks) and Latin Extended
/// Additional (U+1E00–U+1EFF, the Vietnamese letters with two marks).
///
/// The hot loops of token analysis read UTF-8 bytes and look each scalar up here instead of
/// asking `Unicode.Scalar.Properties` or a dictionary; every table is filled once by calling the
/// slow function it replaces, so a lookup answers exactly what that function would.
struct ScalarTable<Entry: Sendable>: Sendable {
  private let entries: [Entry]

  private static var lowBlockEnd: UInt32 { 0x530 }
  private static var additionalBlock: Range<UInt32> { 0x1E00..<0x1F00 }

  /// A table holding `entry(scalar)` for every scalar it covers.
  init(_ entry: (Unicode.Scalar) -> Entry) {
    let values = Array(0..<Self.lowBlockEnd) + Array(Self.additionalBlock)
    // Every value in these ranges is a scalar (the surrogates start at U+D800).
    entries = values.map { entry(Unicode.Scalar($0) ?? "\u{FFFD}") }
  }

  /// The entry of the scalar with this value, or `nil` when the table does not cover it.
  @inline(__always)
  subscript(value: UInt32) -> Entry? {
    if value < Self.lowBlockEnd { return entries[Int(value)] }
    let offset = value &- Self.additionalBlock.lowerBound
    guard offset < UInt32(Self.additionalBlock.count) else { return nil }
    return entries[Int(Self.lowBlockEnd + offset)]
  }
}

/// Reading of well-formed UTF-8 (the bytes of a Swift `String`) one scalar at a time.
enum UTF8Scalars {
  /// The value of the scalar that starts at `index`, and its length in bytes.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    value: UInt32, width: Int
  ) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (lead, 1) }
    let second = UInt32(bytes[index + 1] & 0x3F)
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | second, 2) }
    let third = UInt32(bytes[index + 2] & 0x3F)
    if lead < 0xF0 { return ((lead & 0x0F) << 12 | second << 6 | third, 3) }
    let fourth = UInt32(bytes[index + 3] & 0x3F)
    return ((lead & 0x07) << 18 | second << 12 | third << 6 | fourth, 4)
  }
}

/// Up to three UTF-8 bytes packed into an integer, so that a table entry holds a short string
/// without a `String` (and its reference counting).
struct PackedUTF8: Sendable {
  /// The bytes, first byte lowest; the count in the top byte.
  let rawValue: UInt32

  /// The packed form of `text`, or `nil` when it is longer than three bytes.
  init?(_ text: some StringProtocol) {
    guard text.utf8.count <= 3 else { return nil }
    var raw = UInt32(text.utf8.count) << 24
    for (position, byte) in text.utf8.enumerated() { raw |= UInt32(byte) << (8 * position) }
    rawValue = raw
  }

  var count: Int { Int(rawValue >> 24) }

  /// Writes the bytes at `output[index...]` and returns the index after them.
  @inline(__always)
  func write(to output: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
    var index = index
    var bytes = rawValue
    for _ in 0..<count {
      output[index] = UInt8(truncatingIfNeeded: bytes)
      bytes >>= 8
      index += 1
    }
    return index
  }
}
