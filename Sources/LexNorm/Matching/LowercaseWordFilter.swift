/// A Bloom-style bit set of the first three letters of every folded key and stem in the index,
/// which lets the scanner pass over most lower-case words without hashing them into the token
/// cache.
///
/// Sound because in running text a lower-case word (one script, no look-alike mix) offers only
/// its folded form and its stems, and a stem keeps the word's first three letters: when no
/// stored key starts like the word, none of its keys can be in the index. Capitalised words
/// (name syllables) and mixed-script words always go to the cache.
struct LowercaseWordFilter: Sendable {
  private var bits: [UInt64]
  /// Stems shorter than three letters: a longer word can stem to them (`his` → `hi`), so every
  /// word that starts with one must be looked up.
  private var shortStems: [[UInt8]] = []
  private static let bitCount = 1 << 20

  init(vocabulary: some Sequence<String>) {
    bits = Array(repeating: 0, count: Self.bitCount / 64)
    for key in vocabulary {
      guard let layer = KeyLayer.allCases.first(where: { key.hasPrefix(String($0.prefix) + ":") }),
        layer != .nameSyllable
      else { continue }
      let scalars = key.unicodeScalars.dropFirst(2)
      let prefix = Array(String(String.UnicodeScalarView(scalars.prefix(3))).utf8)
      insert(prefix, scalarCount: scalars.count)
      if layer != .folded, scalars.count < 3, !shortStems.contains(prefix) {
        shortStems.append(prefix)
      }
    }
  }

  private mutating func insert(_ prefix: [UInt8], scalarCount: Int) {
    let bit = Self.bit(prefix, scalarCount: scalarCount)
    bits[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  /// Whether a lower-case, single-script word may have keys in the index (false: it certainly
  /// has none).
  @inline(__always)
  func mayMatch(_ word: Slice<UnsafeBufferPointer<UInt8>>, isASCII: Bool) -> Bool {
    if isASCII {
      return test(word.prefix(3), scalarCount: word.count, word: word)
    }
    // Fold the first three letters the way ``Folding`` does (diacritics removed), without
    // building strings: this runs for every lower-case Russian and Vietnamese word.
    var prefix: (UInt64, Int) = (0, 0)  // up to 8 bytes of folded prefix, and their count
    var scalars = 0
    let base = UnsafeBufferPointer(rebasing: word)
    var offset = 0
    while offset < base.count, scalars <= 3 {
      let (scalar, width) =
        base[offset] < 0x80
        ? (Unicode.Scalar(base[offset]), 1) : Tokenizer.decode(base, at: offset)
      offset += width
      // Combining marks may compose into a letter of its own (`и` + U+0306 is `й`).
      if (0x300...0x36F).contains(scalar.value) { return true }
      guard let folded = Self.foldedLetter(scalar) else { return true }
      scalars += 1
      if scalars <= 3 {
        for byte in folded.utf8 where prefix.1 < 8 {
          prefix.0 |= UInt64(byte) << (8 * UInt64(prefix.1))
          prefix.1 += 1
        }
      }
    }
    // Read the folded prefix in place: an array here would cost an allocation for every
    // lower-case non-ASCII word of the text.
    let count = prefix.1
    return withUnsafeBytes(of: prefix.0.littleEndian) { raw in
      let bytes = UnsafeRawBufferPointer(rebasing: raw[..<count])
      return test(bytes, scalarCount: scalars, word: bytes)
    }
  }

  /// The folded form of one letter when it is a single scalar; `nil` sends the word to the cache.
  @inline(__always)
  private static func foldedLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0x41...0x5A: return Unicode.Scalar(UInt8(scalar.value + 0x20))
    case 0..<0x80, 0x430...0x44F: return scalar  // lower-case Russian letters fold to themselves
    case 0x410...0x42F: return Unicode.Scalar(scalar.value + 0x20)
    case 0x401, 0x451: return "е"
    default:
      let folded = ScalarFolding.fold(scalar).unicodeScalars
      return folded.count == 1 ? folded.first : nil
    }
  }

  @inline(__always)
  private func test(
    _ prefix: some Collection<UInt8>, scalarCount: Int, word: some Collection<UInt8>
  ) -> Bool {
    let bit = Self.bit(prefix, scalarCount: scalarCount)
    if bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return true }
    return shortStems.contains { word.starts(with: $0) }
  }

  /// The bit of a key's first three letters (UTF-8); keys of fewer letters only meet their
  /// equals.
  @inline(__always)
  private static func bit(_ prefix: some Collection<UInt8>, scalarCount: Int) -> Int {
    var value: UInt64 = UInt64(min(scalarCount, 3))
    for byte in prefix { value = (value &<< 8 | UInt64(byte)) &* 0x100_0000_01B3 }
    value = value &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: value >> 44) & (bitCount - 1)
  }
}
