/// Splits UTF-8 bytes into ``Token``s without decoding ASCII: the scanner at the head of the
/// annotation hot path.
///
/// Word characters are Unicode letters, combining marks and digits of any script; an apostrophe
/// (`'` or `’`) between two letters stays inside the word, except before a possessive `s`
/// (`Lam's` is `Lam` + `s`, so a name's span leaves the clitic out). Everything else separates
/// words. Words inside URLs (`https://…/chu-tich-nuoc`) are marked, since they name nothing.
enum Tokenizer {
  /// The tokens of `bytes`, which must be valid UTF-8.
  static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    CharacterTraits.table.withUnsafeBufferPointer { table in
      tokens(in: TraitReader(bytes: bytes, table: table))
    }
  }

  private static func tokens(in text: TraitReader) -> [Token] {
    let bytes = text.bytes
    let count = bytes.count
    var tokens: [Token] = []
    // Seven bytes a token on average; a fifth covers nearly every line without growing.
    tokens.reserveCapacity(count / 5 + 8)
    var gap = Gap()
    var index = 0
    // The character at `index`: both loops leave it read for the next step.
    var (traits, width) = count > 0 ? text.traits(at: 0) : (CharacterTraits(), 0)
    while index < count {
      guard traits.contains(.word) else {
        gap.note(traits, in: bytes, at: index)
        index += width
        if index < count { (traits, width) = text.traits(at: index) }
        continue
      }
      let start = index
      let first = traits
      var seen = traits
      index += width
      while index < count {
        // Runs of ASCII letters and digits or of Cyrillic letters, 8 bytes at a time; a
        // shorter run leaves `index` before a character the table must answer for.
        if bytes[index] < 0x80 {
          if let run = text.asciiWordRun(at: index) {
            if run.hasLetter { seen.formUnion([.nonDigit, .latin]) }
            index += run.length
            if run.length == 8 { continue }
          }
        } else if bytes[index] & 0xFE == 0xD0, let length = text.cyrillicRun(at: index),
          length > 0
        {
          seen.formUnion([.nonDigit, .nonASCII, .cyrillic])
          index += length
          if length == 8 { continue }
        }
        (traits, width) = text.traits(at: index)
        if traits.contains(.word) {
          seen.formUnion(traits)
          index += width
        } else if traits.contains(.apostrophe),
          case (let letter, let letterWidth)? = text.letterContinuingWord(at: index + width)
        {
          // The apostrophe and the letter after it, at once.
          seen.formUnion(traits.union(letter).union(.nonDigit))
          index += width + letterWidth
        } else {
          break
        }
      }
      // The rare first letter first: a branch on the length alone would be a coin toss.
      if bytes[start] | 0x20 == 0x77, !gap.inURL, index - start == 3, index < count,
        bytes[index] == 0x2E, bytes[start + 1] | 0x20 == 0x77, bytes[start + 2] | 0x20 == 0x77
      {
        gap.inURL = true  // "www."
      }
      tokens.append(
        Token(
          start: start, end: index, joinsPrevious: gap.joins,
          isCapitalized: first.contains(.uppercase), isNumeric: !seen.contains(.nonDigit),
          isASCII: !seen.contains(.nonASCII),
          isMixedScript: seen.isSuperset(of: [.latin, .cyrillic]), isInURL: gap.inURL))
      gap.restart()
    }
    return tokens
  }

  /// What the tokenizer needs to know about one character.
  private struct CharacterTraits: OptionSet {
    let rawValue: UInt16

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// A letter, combining mark or digit.
    static let word = Self(rawValue: 1 << 0)
    static let letter = Self(rawValue: 1 << 1)
    /// A word character other than a digit.
    static let nonDigit = Self(rawValue: 1 << 2)
    static let uppercase = Self(rawValue: 1 << 3)
    /// Not ASCII (encoded in more than one byte).
    static let nonASCII = Self(rawValue: 1 << 4)
    /// A word character that makes a word count as Latin for ``Token/isMixedScript``: an ASCII
    /// letter, or any word character of U+00C0…U+027F or U+1000…U+1FFF (UTF-8 lead bytes
    /// C3…C9, E1: Latin-1, Extended-A/B, Extended Additional).
    static let latin = Self(rawValue: 1 << 5)
    /// A word character of U+0400…U+053F (lead bytes D0…D4).
    static let cyrillic = Self(rawValue: 1 << 6)
    /// `'` or `’`, which may join two letters.
    static let apostrophe = Self(rawValue: 1 << 7)
    /// A space or line break, which ends a URL.
    static let endsURL = Self(rawValue: 1 << 8)
    /// Bits 9 and 10 hold a separator's ``gapWeight``.
    private static let gapWeightShift: UInt16 = 9
    private static let dash = Self(rawValue: 1 << gapWeightShift)
    private static let breaksPhrase = Self(rawValue: 2 << gapWeightShift)

    /// How much a separator takes from the gap between two words: 0 for a space that leaves a
    /// phrase running (space, tab, no-break and thin spaces), 1 for a hyphen or apostrophe (one
    /// of them leaves it running), 2 for anything else. A gap joins while its sum is ≤ 1.
    var gapWeight: Int { Int(rawValue >> Self.gapWeightShift & 3) }

    /// The traits of `scalar`: Unicode's general categories decide words and case (letters,
    /// marks and decimal digits make words; upper and title case letters capitalize).
    init(of scalar: Unicode.Scalar) {
      self = scalar.isASCII ? [] : .nonASCII
      let category = scalar.properties.generalCategory
      switch category {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
        formUnion([.word, .letter, .nonDigit])
        if category == .uppercaseLetter || category == .titlecaseLetter { insert(.uppercase) }
      case .nonspacingMark, .spacingMark, .enclosingMark:
        formUnion([.word, .nonDigit])
      case .decimalNumber:
        insert(.word)
      default:
        formUnion(Self.separatorTraits(scalar.value))
        return
      }
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A, 0xC0...0x27F, 0x1000...0x1FFF: insert(.latin)
      case 0x400...0x53F: insert(.cyrillic)
      default: break
      }
    }

    private static func separatorTraits(_ value: UInt32) -> Self {
      switch value {
      case 0x20, 0x09, 0xA0, 0x202F, 0x2009, 0x200A: .endsURL
      case 0x0A, 0x0D, 0x2000...0x2008, 0x205F, 0x3000, 0x2028, 0x2029: [.breaksPhrase, .endsURL]
      case 0x27, 0x2019: [.apostrophe, .dash]
      case 0x2D, 0x2010, 0x2011: .dash
      default: .breaksPhrase
      }
    }

    /// Scalars below U+0800 (ASCII and every two-byte scalar), then ``extendedBlock``.
    static let table: [Self] =
      (0..<0x800).map { Self(of: Unicode.Scalar(UInt32($0))!) }
      + extendedBlock.map { Self(of: Unicode.Scalar(UInt32($0))!) }
    /// The three-byte scalars in ``table``: Vietnamese letters (Latin Extended Additional), then
    /// Greek Extended and the punctuation, quotes and spaces of U+2000…U+20FF.
    static let extendedBlock = 0x1E00..<0x2100
  }

  /// Reads the ``CharacterTraits`` of the characters of UTF-8 text.
  private struct TraitReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let table: UnsafeBufferPointer<CharacterTraits>

    /// The traits and byte width of the character starting at `index`.
    @inline(__always)
    func traits(at index: Int) -> (CharacterTraits, Int) {
      let lead = bytes[index]
      if lead < 0x80 { return (table[Int(lead)], 1) }
      if lead >= 0xC2, lead < 0xE0, index + 1 < bytes.count {
        return (table[Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)], 2)
      }
      if lead >= 0xE0, lead < 0xF0, index + 2 < bytes.count {
        let value =
          Int(lead & 0x0F) << 12 | Int(bytes[index + 1] & 0x3F) << 6 | Int(bytes[index + 2] & 0x3F)
        let offset = value - CharacterTraits.extendedBlock.lowerBound
        if offset >= 0, offset < CharacterTraits.extendedBlock.count {
          return (table[0x800 + offset], 3)
        }
      }
      return Tokenizer.traits(of: bytes, at: index)
    }

    /// The length (0…8) of the run of ASCII letters and digits at `index`, and whether it holds
    /// a letter; `nil` within 8 bytes of the end. Reads 8 bytes at once.
    @inline(__always)
    func asciiWordRun(at index: Int) -> (length: Int, hasLetter: Bool)? {
      guard let chunk = chunk(at: index) else { return nil }
      // Each byte's top bit answers for that byte; no sum carries into the next byte.
      let high: UInt64 = 0x8080_8080_8080_8080
      let ascii = ~chunk & high
      let low = chunk & ~high
      let folded = low | 0x2020_2020_2020_2020  // A…Z to a…z
      let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & ascii
      let digits = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646) & ascii
      let stops = ~(letters | digits) & high
      // All bits below the first stop (every bit when there is none).
      let run = (stops & (0 &- stops)) &- 1
      return (stops.trailingZeroBitCount >> 3, letters & run != 0)
    }

    /// The length (0, 2, 4, 6 or 8) of the run of Cyrillic letters U+0400…U+047F (lead byte D0
    /// or D1, all letters) at `index`; `nil` within 8 bytes of the end. Reads 8 bytes at once.
    @inline(__always)
    func cyrillicRun(at index: Int) -> Int? {
      guard let chunk = chunk(at: index) else { return nil }
      // Each 16-bit lane holds a lead byte, then its continuation byte: masked, they are D0
      // and 80 exactly for D0 or D1, then 80…BF.
      let mismatches = chunk & 0xC0FE_C0FE_C0FE_C0FE ^ 0x80D0_80D0_80D0_80D0
      return mismatches.trailingZeroBitCount / 16 * 2
    }

    /// The 8 bytes at `index`, the first one lowest; `nil` within 8 bytes of the end.
    @inline(__always)
    private func chunk(at index: Int) -> UInt64? {
      guard index + 8 <= bytes.count, let base = bytes.baseAddress else { return nil }
      return UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    }

    /// The traits and width of the letter at `index` if it continues a word after an
    /// apostrophe: a letter, but not a possessive `s` ending the word.
    @inline(__always)
    func letterContinuingWord(at index: Int) -> (CharacterTraits, Int)? {
      guard index < bytes.count else { return nil }
      let (letter, width) = traits(at: index)
      guard letter.contains(.letter) else { return nil }
      let next = index + 1
      if bytes[index] | 0x20 == 0x73, next == bytes.count || !traits(at: next).0.contains(.word) {
        return nil
      }
      return (letter, width)
    }
  }

  /// The traits of a character outside ``CharacterTraits/table``.
  @inline(never)
  private static func traits(of bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> (CharacterTraits, Int)
  {
    let (value, width) = UTF8Scalars.decode(bytes, at: index)
    return (CharacterTraits(of: Unicode.Scalar(value) ?? "\u{FFFD}"), width)
  }

  /// Tracks the gap between two words: whether it only holds spaces and at most one hyphen or
  /// apostrophe (`Thai-Binh`, `People's` = `People` + `s`), and whether it leaves a URL.
  private struct Gap {
    /// The sum of the ``CharacterTraits/gapWeight``s, starting above 1 before the first word.
    private var weight = 2
    /// Whether the text is inside a URL (after `://` or `www.`, up to the next space).
    var inURL = false

    /// Whether a phrase may run on across the gap to the next word.
    var joins: Bool { weight <= 1 }

    /// Starts the gap after a word.
    mutating func restart() { weight = 0 }

    /// Takes in the separator at `index`.
    @inline(__always)
    mutating func note(
      _ traits: CharacterTraits, in bytes: UnsafeBufferPointer<UInt8>, at index: Int
    ) {
      weight += traits.gapWeight
      if bytes[index] == 0x3A, index + 2 < bytes.count, bytes[index + 1] == 0x2F,
        bytes[index + 2] == 0x2F
      {
        inURL = true  // "://"
      }
      // Spaces and punctuation alternate unpredictably: no branch.
      inURL = inURL && !traits.contains(.endsURL)
    }
  }

  /// Whether the first letter of a token is upper case.
  static func startsUppercase(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    guard !token.isEmpty else { return false }
    return CharacterTraits.table.withUnsafeBufferPointer { table in
      TraitReader(bytes: UnsafeBufferPointer(rebasing: token), table: table).traits(at: 0).0
        .contains(.uppercase)
    }
  }
}
