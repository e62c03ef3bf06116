import Testing

@testable import LexNorm

/// The table-driven and byte-level fast paths of token analysis against the slow paths they
/// shortcut: each must answer exactly the same for every input.
@Suite("Fast paths of token analysis")
struct FastPathTests {
  /// The scalars the tables cover, and some beyond them on either side.
  static let scalars: [Unicode.Scalar] =
    (Array(0..<0x2100) + Array(0x2C60..<0x2C80)
    + Array(0xA720..<0xA730) + Array(0xFF21..<0xFF5B) + [0x1F600, 0x10400]).compactMap(
      Unicode.Scalar.init)

  static let words = [
    "", "a", "Lương", "Lu\u{031B}o\u{031B}ng", "ĐẶNG", "Straße", "STRAẞE", "Ærø", "Œuvre", "ŉ",
    "Кыонгом", "ЁЛКА", "Ѐ", "Тô", "Thоng", "Ωmega", "ΐ", "İstanbul", "ǅemal", "日本", "a\u{0301}",
    "\u{0301}", "Ⱥ", "Ａｂｃ", "ꜳ", "x\u{1F600}", "𐐀", "1907", "Min'", "Tkhan’",
  ]

  @Test func foldingKeyAgreesWithFoldingScalarByScalar() {
    for scalar in Self.scalars {
      let text = String(scalar)
      #expect(Folding.key(text) == Folding.fold(text).key, "U+\(String(scalar.value, radix: 16))")
    }
    for word in Self.words { #expect(Folding.key(word) == Folding.fold(word).key, "\(word)") }
  }

  @Test func scriptCountsAgreeWithScriptOfEachScalar() {
    func counted(_ text: String) -> [Int] {
      var counts = [0, 0, 0]
      for scalar in text.unicodeScalars {
        switch Script(of: scalar) {
        case .latin: counts[0] += 1
        case .cyrillic: counts[1] += 1
        case .other: counts[2] += 1
        case nil: break
        }
      }
      return counts
    }
    for text in Self.scalars.map({ String($0) }) + Self.words {
      let counts = ScriptCounts(text)
      #expect([counts.latin, counts.cyrillic, counts.other] == counted(text), "\(text)")
      let substring = ScriptCounts(text[...])
      #expect([substring.latin, substring.cyrillic, substring.other] == counted(text))
    }
  }

  @Test func latinFoldAgreesWithFoldingScalarByScalar() {
    for text in Self.scalars.map({ String($0) }) + Self.words {
      let fast = VietnameseSyllable.fold(latin: text)
      let slow = VietnameseSyllable.foldScalarByScalar(latin: text)
      #expect(fast?.folded == slow?.folded && fast?.hasMarks == slow?.hasMarks, "\(text)")
    }
  }

  @Test func cyrillicLowercasingAgreesWithTheStandardLibrary() {
    let cyrillic = (0x400..<0x530).compactMap(Unicode.Scalar.init).map { String($0) }
    for word in cyrillic + Self.words + ["ЛЫОНГ", "Ѐѐ", "Лam", "Ӂ", "л\u{0306}"] {
      #expect(NameKey.lowercased(word) == word.lowercased(), "\(word)")
    }
  }

  @Test(arguments: [
    ("лыонгу", true), ("ѐѓҳ", true), ("ла\u{0301}м", false), ("лам1", false), ("\u{0483}", false),
    ("лam", false), ("", true),
  ])
  func plainCyrillic(word: String, plain: Bool) {
    #expect(NameInflection.isPlainCyrillic(word) == plain)
  }

  @Test(arguments: ["лыонгу", "кыонгом", "тханя", "мая", "ая", "ем", "у", "ламе", "лиеу", "ҳоя"])
  func russianStemsBytewiseAgreeWithCharacterwise(word: String) {
    #expect(
      NameInflection.russianStems(of: word, bytewise: true)
        == NameInflection.russianStems(of: word, bytewise: false))
  }

  @Test func vowelGroupCodesAgreeWithStringKeys() {
    let alphabet = RussianSpelling.vowelGroupAlphabet
    var groups: [[Unicode.Scalar]] = alphabet.map { [$0] }
    for _ in 0..<2 { groups += groups.flatMap { group in alphabet.map { group + [$0] } } }
    let tableKeys =
      RussianSpelling.nucleusTable.keys.map { Array($0.unicodeScalars) }
      + RussianSpelling.initialNuclei.keys.map { Array($0.unicodeScalars) }
    for group in Set(groups).union(tableKeys) {
      let fast = RussianSpelling.readings(ofVowels: group[...])
      let slow = RussianSpelling.readingsByString(ofVowels: group[...])
      #expect(fast.initial == slow.initial && fast.nuclei == slow.nuclei, "\(group)")
    }
  }

  @Test(arguments: [
    // Stored keys, probed prefix, layer.
    (["e:com", "g:pol", "r:ген"], "com", KeyLayer.englishStem),
    (["e:com", "g:pol", "r:ген"], "com", .germanStem),
    (["e:com", "g:pol", "r:ген"], "ген", .russianStem),
    (["e:com", "g:pol", "r:ген"], "гeн", .russianStem),
    (["e:ωme", "r:йод"], "ωme", .englishStem),
    (["e:ωme", "r:йод"], "йод", .russianStem),
    // A decomposed stored prefix meets the composed probe (strings compare canonically).
    (["r:и\u{0306}од"], "йод", .russianStem),
    (["r:йод"], "и\u{0306}о", .russianStem),
    // Longer than a packed prefix.
    (["e:日本語"], "日本語", .englishStem),
    (["e:ṩṩṩ"], "ṩṩṩ", .englishStem),
  ])
  func stemPrefixesAgreeWithStringKeys(stored: [String], prefix: String, layer: KeyLayer) {
    var prefix = prefix
    let found = prefix.withUTF8 { StemPrefixes(keys: Set(stored)).contains($0[...], layer: layer) }
    #expect(found == Set(stored).contains(layer.key(prefix)))
  }

  @Test func vocabularyFilterKeepsEveryKeyTheDictionaryFinds() {
    let vocabulary = [
      "f:luong", "n:đang", "r:кыонг", "f:и\u{0306}од", "e:committe", "f:日本", "f:a\u{0301}", "f:",
      "g:straß", "f:ωmega",
    ]
    let filter = VocabularyFilter(vocabulary)
    let stored = Set(vocabulary)
    let probes = [
      "luong", "đang", "đa\u{0306}ng", "кыонг", "йод", "и\u{0306}од", "committe", "日本", "a\u{0301}",
      "á",
      "", "straß", "ωmega", "luongs", "dang", "кыон",
    ]
    for layer in KeyLayer.allCases {
      for probe in probes where stored.contains(layer.key(probe)) {
        #expect(filter.mayContain(probe, layer: layer), "\(layer.key(probe))")
      }
    }
    // Keys of other layers and other letters are ruled out (no hash of these collides).
    #expect(!filter.mayContain("luong", layer: .nameSyllable))
    #expect(!filter.mayContain("luongs", layer: .folded))
    #expect(!filter.mayContain("кыон", layer: .russianStem))
  }

  @Test(arguments: ["", "abc", "йод", "a\u{0301}", "日本"])
  func layerKeysAreWrittenInOneGo(text: String) {
    for layer in KeyLayer.allCases {
      #expect(layer.key(text) == String(layer.prefix) + ":" + text)
      #expect(layer.key(text[...]) == String(layer.prefix) + ":" + text)
    }
  }

  @Test(arguments: [
    ("politbüros", "politbüro"), ("fotos", "foto"), ("hobbys", "hobby"), ("maßos", "maßo"),
    ("glases", "glases"), ("ergebnis", "ergebnis"), ("chaos", "chaos"), ("müos", "müos"),
    ("xos", "xos"), ("ßos", "ßos"), ("", ""),
  ])
  func germanVowelS(word: String, expected: String) {
    #expect(Stemmer.withoutGermanVowelS(word) == expected)
  }
}

/// ``ICU/isInertStarter(_:)`` against ICU itself: a string of such scalars must be NFC.
@Suite("NFC quick check")
struct NFCQuickCheckTests {
  /// Every scalar found after the first position of some canonical decomposition: only these
  /// can be the second half of a canonical composition.
  static let secondHalves: Set<UInt32> = {
    var halves: Set<UInt32> = []
    for value in UInt32(0)..<0x30000 {
      guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned
      else { continue }
      let decomposed = ICU.normalizeThroughICU(String(scalar), form: NormalizationForm.nfd.icuForm)
      for part in decomposed.unicodeScalars.dropFirst() { halves.insert(part.value) }
    }
    return halves
  }()

  /// No inert scalar decomposes to a different first scalar that composes with what stands
  /// before it, carries a combining class, or changes under NFC.
  @Test func inertScalarsAreLeftAloneByNormalization() {
    #expect(Self.secondHalves.isSuperset(of: [0x301, 0x306, 0x31B, 0x1161, 0x11A8]))
    for value in UInt32(0)..<0x3000 where ICU.isInertStarter(value) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = String(scalar)
      let composed = ICU.normalizeThroughICU(text, form: NormalizationForm.nfc.icuForm)
      let decomposed = ICU.normalizeThroughICU(text, form: NormalizationForm.nfd.icuForm)
      let first = decomposed.unicodeScalars.first ?? scalar
      #expect(composed.unicodeScalars.elementsEqual([scalar]), "U+\(String(value, radix: 16))")
      #expect(scalar.properties.canonicalCombiningClass == .notReordered)
      #expect(first.properties.canonicalCombiningClass == .notReordered)
      #expect(!Self.secondHalves.contains(first.value), "U+\(String(value, radix: 16))")
      #expect(!Self.secondHalves.contains(value), "U+\(String(value, radix: 16))")
    }
    #expect(!ICU.isInertStarter(0x300) && !ICU.isInertStarter(0x374) && !ICU.isInertStarter(0x1F71))
  }

  @Test(arguments: [
    "Lương", "Кыонгом", "Straße", "Tkhan’", "Minʹ", "To\u{0302}", "и\u{0306}", "\u{0374}",
    "\u{2126}", "\u{212B}", "a\u{0301}\u{0301}", "\u{1F71}", "ᄀ\u{1161}", "",
  ])
  func quickCheckAgreesWithICU(text: String) {
    let quick = text.normalized(.nfc)
    let icu = ICU.normalizeThroughICU(text, form: NormalizationForm.nfc.icuForm)
    #expect(quick.unicodeScalars.elementsEqual(icu.unicodeScalars))
  }
}
