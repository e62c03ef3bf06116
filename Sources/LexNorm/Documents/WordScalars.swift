/// What the document scanner asks of a scalar next to a number: whether it belongs to a word or
/// is a digit, and its folded form (the scalar's part of a `Folding.key`).
///
/// Non-ASCII answers come from tables for U+0080–U+07FF, U+1E00–U+1EFF and U+2000–U+217F, which
/// hold the letters and combining marks of Vietnamese, German and Russian text and the common
/// punctuation and symbols (quotes, dashes, `№`) next to numbers: asking
/// `Unicode.Scalar.Properties` and the folding dictionary for every letter of the words before
/// each number cost more than the rest of the scan. The tables are made from the slow answers,
/// so both agree; other scalars are asked the slow way. They are small (bit sets and a packed
/// folded form per scalar) so that they stay in cache while a whole text is scanned. A scanner keeps
/// ``shared`` at hand rather than reading a global for every scalar.
struct WordScalars: Sendable {
  static let shared = WordScalars()

  /// One bit per scalar of the tables: whether it belongs to a word.
  private let wordBits: [UInt64]
  /// One bit per scalar of the tables: whether it is numeric.
  private let digitBits: [UInt64]
  /// Per scalar of the tables, its folded form; `nil` when longer than three bytes (left to the
  /// slow way).
  private let folds: [PackedUTF8?]

  private init() {
    let scalars = Self.tableRanges.joined().map { Unicode.Scalar($0) }
    var wordBits = [UInt64](repeating: 0, count: (scalars.count + 63) / 64)
    var digitBits = wordBits
    for (index, scalar) in scalars.enumerated() {
      guard let scalar else { continue }
      if Self.isWordSlowly(scalar) { wordBits[index / 64] |= 1 << (index % 64) }
      if Self.isDigitSlowly(scalar) { digitBits[index / 64] |= 1 << (index % 64) }
    }
    self.wordBits = wordBits
    self.digitBits = digitBits
    folds = scalars.map { scalar in scalar.flatMap { PackedUTF8(ScalarFolding.fold($0)) } }
  }

  /// Whether `scalar` belongs to a word: a letter or a combining mark.
  @inline(__always)
  func isWord(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return (UInt8(truncatingIfNeeded: scalar.value) | 0x20) &- 0x61 < 26 }
    guard let index = Self.tableIndex(of: scalar) else { return Self.isWordSlowly(scalar) }
    return wordBits[index / 64] & (1 << (index % 64)) != 0
  }

  /// Whether `scalar` is a digit or other numeric character, of any script.
  @inline(__always)
  func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    // The only numeric ASCII characters are the digits.
    if scalar.isASCII { return scalar.value &- 0x30 < 10 }
    guard let index = Self.tableIndex(of: scalar) else { return Self.isDigitSlowly(scalar) }
    return digitBits[index / 64] & (1 << (index % 64)) != 0
  }

  /// Writes the folded form of `scalar` to `output` from `start`.
  ///
  /// - Returns: where the folded form ends in `output`, or nil when it does not fit.
  @inline(__always)
  func fold(
    _ scalar: Unicode.Scalar, into output: UnsafeMutableBufferPointer<UInt8>, at start: Int
  ) -> Int? {
    if scalar.isASCII {
      guard start < output.count else { return nil }
      let byte = UInt8(truncatingIfNeeded: scalar.value)
      output[start] = byte &- 0x41 < 26 ? byte + 0x20 : byte
      return start + 1
    }
    guard let index = Self.tableIndex(of: scalar), let folded = folds[index] else {
      return Self.foldSlowly(scalar, into: output, at: start)
    }
    guard start + folded.count <= output.count else { return nil }
    return folded.write(to: output, at: start)
  }

  /// Prepends the folded form of the non-ASCII `scalar` to `keyHash`.
  ///
  /// - Returns: false, leaving `keyHash` as it was, when the tables do not hold the folded form.
  @inline(__always)
  func prependFold(of scalar: Unicode.Scalar, to keyHash: inout FoldedKeyHash) -> Bool {
    guard let index = Self.tableIndex(of: scalar), let folded = folds[index] else {
      return false
    }
    var count = folded.count
    while count > 0 {
      count -= 1
      keyHash.prepend(UInt8(truncatingIfNeeded: folded.rawValue >> (8 * count)))
    }
    return true
  }

  // MARK: Tables

  /// The non-ASCII scalars that the tables hold, in table order.
  private static let tableRanges: [Range<UInt32>] = [
    0x80..<0x800, 0x1E00..<0x1F00, 0x2000..<0x2180,
  ]

  /// Where `scalar` is in the tables, or nil when they do not hold it.
  @inline(__always)
  private static func tableIndex(of scalar: Unicode.Scalar) -> Int? {
    // The offsets of `tableRanges` in the tables.
    let value = scalar.value
    if value &- 0x80 < 0x780 { return Int(value &- 0x80) }
    if value &- 0x1E00 < 0x100 { return 0x780 + Int(value &- 0x1E00) }
    if value &- 0x2000 < 0x180 { return 0x880 + Int(value &- 0x2000) }
    return nil
  }

  // The slow answers are never inlined: `Unicode.Scalar.Properties` costs type metadata lookups
  // on entry to any function that holds it, even when that path is not taken.

  @inline(never)
  private static func isWordSlowly(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
  }

  @inline(never)
  private static func isDigitSlowly(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.numericType != nil
  }

  @inline(never)
  private static func foldSlowly(
    _ scalar: Unicode.Scalar, into output: UnsafeMutableBufferPointer<UInt8>, at start: Int
  ) -> Int? {
    var index = start
    for byte in ScalarFolding.fold(scalar).utf8 {
      guard index < output.count else { return nil }
      output[index] = byte
      index += 1
    }
    return index
  }
}
