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
  /// A power of two, about 16 bits per distinct prefix: the set of a small lexicon stays in the
  /// L1 cache, where the test runs at the speed of the scan.
  private let bitMask: Int
  /// Stems shorter than three letters, by their one- or two-letter start: a longer word can
  /// stem to them (`his` → `hi`), so every word that starts with one must be looked up.
  private var shortStemBits: [UInt64] = Array(repeating: 0, count: shortStemBitCount / 64)
  private static let shortStemBitCount = 1 << 12
  /// ``FoldedLetters/encodedTable``, held here so a test reads no global (each read of one
  /// costs a `swift_once` call).
  private let encodedFolds = FoldedLetters.encodedTable

  /// Up to 8 bytes of a word's folded start (UTF-8, first byte lowest), with where its first
  /// and second letters end: a value, so testing a word allocates nothing.
  private struct Prefix: Sendable, Equatable {
    var bytes: UInt64 = 0
    var byteCount = 0
    /// Bytes of the first one and two letters (0 when the word is shorter).
    var oneLetterBytes = 0
    var twoLetterBytes = 0

    /// Appends a letter's UTF-8 bytes, as far as they fit.
    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar) {
      let value = scalar.value
      var encoded: UInt64
      var count: Int
      if value < 0x80 {
        (encoded, count) = (UInt64(value), 1)
      } else if value < 0x800 {
        encoded = UInt64(0xC0 | value >> 6) | UInt64(0x80 | value & 0x3F) << 8
        count = 2
      } else if value < 0x10000 {
        encoded =
          UInt64(0xE0 | value >> 12) | UInt64(0x80 | value >> 6 & 0x3F) << 8
          | UInt64(0x80 | value & 0x3F) << 16
        count = 3
      } else {
        encoded =
          UInt64(0xF0 | value >> 18) | UInt64(0x80 | value >> 12 & 0x3F) << 8
          | UInt64(0x80 | value >> 6 & 0x3F) << 16 | UInt64(0x80 | value & 0x3F) << 24
        count = 4
      }
      append(encoded, count: count)
    }

    /// Appends a letter encoded ahead (a ``PackedUTF8`` value), as far as it fits.
    @inline(__always)
    mutating func append(packed: UInt32) {
      append(UInt64(packed & 0xFF_FFFF), count: Int(packed >> 24))
    }

    @inline(__always)
    private mutating func append(_ encoded: UInt64, count: Int) {
      let count = min(count, 8 - byteCount)
      var encoded = encoded
      if count < 4 { encoded &= (1 << (8 * UInt64(count))) - 1 }
      bytes |= encoded << (8 * UInt64(byteCount))
      byteCount += count
      endLetter()
    }

    /// Notes that a letter ends at ``byteCount``.
    mutating func endLetter() {
      if oneLetterBytes == 0 {
        oneLetterBytes = byteCount
      } else if twoLetterBytes == 0 {
        twoLetterBytes = byteCount
      }
    }

    /// The first `count` bytes.
    @inline(__always)
    func head(_ count: Int) -> UInt64 {
      count >= 8 ? bytes : bytes & ((1 << (8 * UInt64(count))) - 1)
    }
  }

  init(vocabulary: some Sequence<String>) {
    var prefixes: [(Prefix, wordLength: Int)] = []
    for key in vocabulary {
      guard let layer = KeyLayer(vocabularyKey: key), layer != .nameSyllable
      else { continue }
      let scalars = key.unicodeScalars.dropFirst(2)
      var prefix = Prefix()
      for scalar in scalars.prefix(3) { prefix.append(scalar) }
      prefixes.append((prefix, scalars.count))
      if layer != .folded, scalars.count < 3 {
        let bit = Self.shortStemBit(prefix.bytes)
        shortStemBits[bit >> 6] |= 1 << UInt64(bit & 63)
      }
    }
    var bitCount = 1 << 12
    while bitCount < prefixes.count * 16, bitCount < 1 << 24 { bitCount <<= 1 }
    bitMask = bitCount - 1
    bits = Array(repeating: 0, count: bitCount / 64)
    for (prefix, wordLength) in prefixes {
      let bit = Self.bit(prefix, wordLength: wordLength) & bitMask
      bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }
  }

  /// Whether a lower-case, single-script word may have keys in the index (false: it certainly
  /// has none).
  @inline(__always)
  func mayMatch(_ word: Slice<UnsafeBufferPointer<UInt8>>, isASCII: Bool) -> Bool {
    let base = UnsafeBufferPointer(rebasing: word)
    var prefix = Prefix()
    var letters = 0
    if isASCII, !base.isEmpty {
      // Letters, digits and apostrophes only: `| 0x20` lower-cases the letters and keeps the rest.
      prefix.bytes = UInt64(base[0] | 0x20)
      prefix.oneLetterBytes = 1
      if base.count > 1 {
        prefix.bytes |= UInt64(base[1] | 0x20) << 8
        prefix.twoLetterBytes = 2
      }
      if base.count > 2 { prefix.bytes |= UInt64(base[2] | 0x20) << 16 }
      prefix.byteCount = min(base.count, 3)
      letters = base.count
    } else {
      // Fold the first letters the way ``Folding`` does (diacritics removed), without building
      // strings: this runs for every lower-case Russian and Vietnamese word.
      let encoded = encodedFolds
      var offset = 0
      while offset < base.count, letters <= 3 {
        let (value, width) = UTF8Scalars.decode(base, at: offset)
        offset += width
        if let known = encoded[value], known != FoldedLetters.notEncoded {
          // 0: a combining mark (it may compose into a letter of its own: `и` + U+0306 is
          // `й`), or a letter that folds to nothing or to several.
          guard known != 0 else { return true }
          letters += 1
          if letters <= 3 { prefix.append(packed: known) }
        } else {
          guard let folded = FoldedLetters.fold(value) else { return true }
          letters += 1
          if letters <= 3 { prefix.append(folded) }
        }
      }
    }
    let bit = Self.bit(prefix, wordLength: letters) & bitMask
    if bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return true }
    return startsWithShortStem(prefix.head(prefix.oneLetterBytes))
      || (prefix.twoLetterBytes > 0 && startsWithShortStem(prefix.head(prefix.twoLetterBytes)))
  }

  @inline(__always)
  private func startsWithShortStem(_ head: UInt64) -> Bool {
    let bit = Self.shortStemBit(head)
    return shortStemBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// The bit of a stem of one or two letters (their UTF-8 bytes, first byte lowest).
  @inline(__always)
  private static func shortStemBit(_ bytes: UInt64) -> Int {
    Int(truncatingIfNeeded: (bytes &* 0x9E37_79B9_7F4A_7C15) >> 52) & (shortStemBitCount - 1)
  }

  /// The bit of a key's first three letters (24 bits: masked to the set's size); keys of fewer
  /// letters only meet their equals. The bytes alone tell the prefix's length: text holds no
  /// zero bytes.
  @inline(__always)
  private static func bit(_ prefix: Prefix, wordLength: Int) -> Int {
    var value = prefix.bytes &+ UInt64(min(wordLength, 3)) &* 0xD6E8_FEB8_6659_FD93
    value = (value ^ (value >> 32)) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: value >> 40)
  }
}

/// The folded form of single letters as one scalar, from a ``ScalarTable`` over the blocks of
/// Latin, Cyrillic and Vietnamese text (the filter runs on every lower-case word).
private enum FoldedLetters {
  /// The folded scalar's value; 0 when the folded form is not one scalar.
  private static let table = ScalarTable<UInt32> { scalar in
    let folded = ScalarFolding.fold(scalar).unicodeScalars
    return folded.count == 1 ? folded.first?.value ?? 0 : 0
  }

  /// Per scalar of the table's blocks: the UTF-8 bytes of ``fold(_:)`` as a ``PackedUTF8``
  /// value, 0 for a combining mark of U+0300…U+036F and for a letter that ``fold(_:)`` gives no
  /// single letter for, ``notEncoded`` when the letter takes more than three bytes. Made from
  /// ``fold(_:)`` itself, so the filter answers as it would folding each letter.
  static let encodedTable = ScalarTable<UInt32> { scalar in
    let value = scalar.value
    guard !(0x300...0x36F).contains(value), let folded = fold(value) else { return 0 }
    return PackedUTF8(String(folded))?.rawValue ?? notEncoded
  }

  /// The entry of ``encodedTable`` for a letter to fold and encode the slow way.
  static let notEncoded = UInt32.max

  /// The folded letter, or `nil` when it folds to nothing or to several letters (the word then
  /// goes to the cache).
  @inline(__always)
  static func fold(_ value: UInt32) -> Unicode.Scalar? {
    switch value {
    case 0x41...0x5A: return Unicode.Scalar(UInt8(value + 0x20))
    // ASCII, and lower-case Russian letters, fold to themselves.
    case 0..<0x80, 0x430...0x44F: return Unicode.Scalar(value)
    default: break
    }
    guard let folded = table[value] else { return foldOutsideTable(value) }
    return folded == 0 ? nil : Unicode.Scalar(folded)
  }

  /// Kept out of line: inlined, its Unicode property lookups would make every call of the
  /// filter set up their type metadata.
  @inline(never)
  private static func foldOutsideTable(_ value: UInt32) -> Unicode.Scalar? {
    guard let scalar = Unicode.Scalar(value) else { return nil }
    let scalars = ScalarFolding.fold(scalar).unicodeScalars
    return scalars.count == 1 ? scalars.first : nil
  }
}
