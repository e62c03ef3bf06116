/// Matching keys that bring every written form of a Vietnamese name syllable together: the
/// Vietnamese original with or without diacritics, its Russian transcription (by the rules or
/// the naive media spellings), Russian romanised back into Latin, mixed-script slips and
/// inflected forms.
///
/// A key is one syllable in a reduced Vietnamese spelling: lower case, no tone or vowel marks,
/// `đ` kept apart from `d`, and only the spellings that carry no difference merged (c/k/q → k,
/// gh → g, ngh → ng, i/y after a consonant → i, yê → iê, final c → k). A lexicon indexes each
/// syllable of a `vi` label by ``vietnameseSyllableKey(_:)``; a matcher looks up every
/// ``candidates(forToken:)`` key of a text token.
///
/// ```swift
/// NameKey.vietnameseSyllableKey("Cường")                 // "kuong"
/// NameKey.candidates(forToken: "Кыонгом").map(\.key)     // ["kuong"], ending "ом"
/// NameKey.candidates(forToken: "Lyong").map(\.key)       // ["luong", "long"] (romanised)
/// NameKey.candidates(forToken: "Чан").map(\.key)         // ["tran", "chan"]
/// ```
///
/// All functions are pure and safe to call from any thread.
enum NameKey {
  /// How a candidate key was derived from a token.
  enum Method: String, Sendable, Hashable {
    /// Latin spelling folded (case, diacritics).
    case folded
    /// A token mixing Latin and Cyrillic look-alike letters, repaired first (`Тô`).
    case homoglyph
    /// Cyrillic read back through the Russian practical transcription (`Кыонг`, `Чан`, `Тран`).
    case transcribedRussian = "transcribed-ru"
    /// Latin that romanises a Russian transcription (`Lyong`, `Khoay`, `Chan`).
    case romanisedRussian = "romanised-ru"
  }

  /// One key under which a token may be a Vietnamese name syllable.
  struct Candidate: Sendable, Hashable {
    /// The syllable key to look up.
    let key: String
    /// How the key was derived.
    let method: Method
    /// The case ending removed to reach the key (`ом` in `Кыонгом`, `s` in `Lams`), or `nil`.
    let strippedEnding: String?
    /// How far the Russian spelling behind the key is from the rules (`.rule` for Latin).
    let cost: RenderingCost

    /// A candidate; `strippedEnding` is `nil` for an uninflected reading.
    init(
      key: String, method: Method, strippedEnding: String? = nil, cost: RenderingCost = .rule
    ) {
      self.key = key
      self.method = method
      self.strippedEnding = strippedEnding
      self.cost = cost
    }
  }

  /// The key of one Vietnamese syllable as written in a `vi` label (any case, NFC or NFD, with or
  /// without diacritics); `nil` when it is not a Vietnamese syllable.
  static func vietnameseSyllableKey(_ syllable: String) -> String? {
    guard let (folded, _) = VietnameseSyllable.fold(latin: syllable) else { return nil }
    return VietnameseSyllable(folded: folded)?.key
  }

  /// All keys under which a token of running text or a query may be a Vietnamese name syllable,
  /// best first (uninflected readings before de-inflected ones); empty when the token cannot be
  /// a syllable.
  ///
  /// The token may be Latin, Cyrillic, mixed-script, romanised Russian, and carry a Russian case
  /// ending or a German/English genitive -s.
  static func candidates(forToken token: String) -> [Candidate] {
    var collector = Collector()
    if let latin = VietnameseSyllable.fold(latin: token) {
      guard SyllableShape.mayBeLatinSyllable(latin.folded) else { return [] }
      addLatin(latin.folded, hasMarks: latin.hasMarks, method: .folded, to: &collector)
      return collector.candidates
    }
    if let ending = possessiveEnding(of: token) {
      if let latin = VietnameseSyllable.fold(latin: token.dropLast(ending.count)),
        SyllableShape.mayBeLatinSyllable(latin.folded)
      {
        addLatin(
          latin.folded, hasMarks: latin.hasMarks, method: .folded, ending: ending, to: &collector)
      }
      return collector.candidates
    }
    if let romanised = foldSoftSigns(token) {
      guard SyllableShape.mayBeLatinSyllable(romanised) else { return [] }
      addRomanised(romanised, to: &collector)
      return collector.candidates
    }
    let counts = ScriptCounts(token)
    if counts.mixesLatinAndCyrillic {
      guard let repair = Homoglyphs.repair(token) else { return [] }
      switch repair.script {
      case .latin:
        if let latin = VietnameseSyllable.fold(latin: repair.repaired),
          SyllableShape.mayBeLatinSyllable(latin.folded)
        {
          addLatin(latin.folded, hasMarks: latin.hasMarks, method: .homoglyph, to: &collector)
        }
      case .cyrillic:
        let word = lowercased(repair.repaired)
        if SyllableShape.mayBeCyrillicSyllable(word) {
          addCyrillic(word, method: .homoglyph, to: &collector)
        }
      case .other:
        break
      }
      return collector.candidates
    }
    if counts.cyrillic > 0, counts.latin == 0, counts.other == 0 {
      let word = lowercased(token)
      guard SyllableShape.mayBeCyrillicSyllable(word) else { return [] }
      addCyrillic(word, method: .transcribedRussian, to: &collector)
    }
    return collector.candidates
  }

  /// The possessive ending (`'s`, `’S`, …) of a token that has one.
  private static func possessiveEnding(of token: String) -> String? {
    // Most tokens do not end in s: the last byte settles them.
    guard let last = token.utf8.last, last | 0x20 == UInt8(ascii: "s") else { return nil }
    return NameInflection.possessiveEndings.first { token.hasSuffix($0) }
  }

  /// A Latin token with romanised soft signs (`Min'`, `Tkhan’`) folded, the signs as `'`; `nil`
  /// when the token has no apostrophe or holds anything but ASCII letters besides.
  private static func foldSoftSigns(_ token: String) -> String? {
    var token = token
    return token.withUTF8 { bytes in
      var hasSign = false
      var index = 0
      while index < bytes.count {
        if isASCIILetter(bytes[index]) {
          index += 1
        } else if let width = softSignWidth(bytes, at: index) {
          hasSign = true
          index += width
        } else {
          return nil
        }
      }
      guard hasSign else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { output in
        var count = 0
        var index = 0
        while index < bytes.count {
          if isASCIILetter(bytes[index]) {
            output[count] = bytes[index] | 0x20
            index += 1
          } else {
            output[count] = UInt8(ascii: "'")
            index += softSignWidth(bytes, at: index) ?? 1
          }
          count += 1
        }
        return count
      }
    }
  }

  @inline(__always)
  private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  /// The UTF-8 length of the romanised soft sign at `index`: `'`, `’`, `ʹ`, `ʼ`, or the Greek
  /// numeral sign that is canonically the same as `ʹ`.
  private static func softSignWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    switch bytes[index] {
    case 0x27: return 1
    case 0xE2 where bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99: return 3  // U+2019
    case 0xCA where bytes[index + 1] == 0xB9 || bytes[index + 1] == 0xBC: return 2  // ʹ ʼ
    case 0xCD where bytes[index + 1] == 0xB4: return 2  // U+0374
    default: return nil
    }
  }

  /// `word.lowercased()`, with a shortcut for the basic Russian alphabet (U+0400–U+045F), whose
  /// capitals lie at fixed distances from their small letters.
  static func lowercased(_ word: String) -> String {
    var word = word
    let basic = word.withUTF8 { bytes -> String? in
      var index = 0
      while index < bytes.count {
        guard index + 1 < bytes.count, bytes[index] == 0xD0 || bytes[index] == 0xD1,
          bytes[index + 1] & 0xC0 == 0x80, bytes[index] == 0xD0 || bytes[index + 1] < 0xA0
        else { return nil }
        index += 2
      }
      return String(unsafeUninitializedCapacity: bytes.count) { output in
        for index in stride(from: 0, to: bytes.count, by: 2) {
          var (lead, trail) = (bytes[index], bytes[index + 1])
          switch (lead, trail) {
          case (0xD0, 0x80...0x8F): (lead, trail) = (0xD1, trail + 0x10)  // Ѐ–Џ → ѐ–џ
          case (0xD0, 0x90...0x9F): trail += 0x20  // А–П → а–п
          case (0xD0, 0xA0...0xAF): (lead, trail) = (0xD1, trail - 0x20)  // Р–Я → р–я
          default: break  // а–я, ѐ–џ
          }
          output[index] = lead
          output[index + 1] = trail
        }
        return bytes.count
      }
    }
    return basic ?? word.lowercased()
  }

  /// Candidates of a folded Latin token: as Vietnamese, then as romanised Russian; each also
  /// without a genitive -s.
  private static func addLatin(
    _ folded: String, hasMarks: Bool, method: Method, ending: String? = nil,
    to collector: inout Collector
  ) {
    addVietnamese(folded, hasMarks: hasMarks, method: method, ending: ending, to: &collector)
    if !hasMarks { addRomanised(folded, ending: ending, to: &collector) }
    guard ending == nil, let stem = NameInflection.latinStem(ofFolded: folded) else { return }
    addVietnamese(
      stem.stem, hasMarks: hasMarks, method: method, ending: stem.ending, to: &collector)
  }

  private static func addVietnamese(
    _ folded: String, hasMarks: Bool, method: Method, ending: String?,
    to collector: inout Collector
  ) {
    guard let syllable = VietnameseSyllable(folded: folded) else { return }
    let key = syllable.key
    collector.add(key, method, ending)
    // ASCII spelling loses đ: "Dang" may be Đặng.
    if !hasMarks, syllable.onset == "d" {
      collector.add("đ" + key.dropFirst(), method, ending)
    }
  }

  /// Candidates of a lower-case Cyrillic syllable, uninflected first.
  private static func addCyrillic(
    _ word: String, method: Method, to collector: inout Collector
  ) {
    for reading in RussianSpelling.readings(ofSyllable: word) {
      collector.add(reading.key, method, nil, reading.cost)
    }
    for stem in NameInflection.russianStems(of: word) {
      for reading in RussianSpelling.readings(ofSyllable: stem.stem) {
        collector.add(reading.key, method, stem.ending, reading.cost)
      }
    }
  }

  /// Candidates of an ASCII token read as romanised Russian. Romanised slugs are rarely
  /// declined: leaving Russian endings on keeps "die" and "Hoa" from reading as declined "ди",
  /// "хо".
  private static func addRomanised(
    _ folded: String, ending: String? = nil, to collector: inout Collector
  ) {
    for spelling in RomanisedRussian.cyrillicSpellings(of: folded) {
      for reading in RussianSpelling.readings(ofSyllable: spelling, romanised: true) {
        collector.add(reading.key, .romanisedRussian, ending, reading.cost)
      }
    }
  }

  /// Ordered candidates without repeated keys (the first, best derivation of a key wins).
  private struct Collector {
    var candidates: [Candidate] = []

    mutating func add(
      _ key: String, _ method: Method, _ ending: String?, _ cost: RenderingCost = .rule
    ) {
      if candidates.contains(where: { $0.key == key }) { return }
      candidates.append(Candidate(key: key, method: method, strippedEnding: ending, cost: cost))
    }
  }
}
