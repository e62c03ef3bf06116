/// Reverse of the Vietnamese→Russian practical transcription for one syllable, tolerant of the
/// naive spellings of Russian media (research notes §2): Cyrillic in, matching keys out.
///
/// Every Russian spelling is mapped to all Vietnamese spellings it can stand for (ч → tr or ch,
/// з → d or gi, ж → r, gi or d, с → x or s, ай → ai or ay …), most likely first, so that the
/// keys stay as fine as Vietnamese orthography while Russian input still reaches them.
enum RussianSpelling {
  /// Keys of the Vietnamese syllables that `word` (lower-case Cyrillic, one syllable) may
  /// transcribe, best first; empty when it has no Vietnamese syllable structure.
  static func keys(ofSyllable word: String) -> [String] {
    keys(ofSyllable: Array(word.unicodeScalars))
  }

  /// ``keys(ofSyllable:)-(String)`` of a word given as its scalars.
  static func keys(ofSyllable letters: [Unicode.Scalar]) -> [String] {
    guard !letters.isEmpty, letters.count <= 9 else { return [] }
    var onsetLength = 0
    var onsets = [""]
    for (spelling, readings) in onsetTable where startsWith(letters, spelling) {
      onsetLength = spelling.count
      onsets = readings
      break
    }
    var finalLength = 0
    var final = ""
    for (spelling, reading) in finalTable
    where letters.count - onsetLength > spelling.count && endsWith(letters, spelling) {
      finalLength = spelling.count
      final = reading
      break
    }
    var vowelLetters = letters[onsetLength..<(letters.count - finalLength)]
    guard let first = vowelLetters.first else { return [] }
    // Most words end here: the vowel groups of the tables are at most three letters (four
    // with a leading ь) of a few vowels. The tables compare canonically, so й and ё may also
    // come decomposed.
    guard vowelLetters.lazy.filter({ !isCombiningMark($0) }).count <= 4,
      vowelLetters.allSatisfy({ isVowelGroupLetter($0) || isCombiningMark($0) })
    else { return [] }
    let onset = letters[0..<onsetLength]
    let softOnsets = softOnset.first { onset.elementsEqual($0.spelling) }?.readings
    // Softened vowels (я ё ю, ьы) after т, н, з spell the onsets ch, nh, gi (rules §1.1).
    if let hard = hardVowel(first) {
      vowelLetters = [hard] + vowelLetters.dropFirst()
      if let softOnsets { onsets = softOnsets }
    } else if first == "ь", vowelLetters.dropFirst().first == "ы" {
      vowelLetters.removeFirst()
      if let softOnsets { onsets = softOnsets }
    } else if first == "ь", vowelLetters.count > 1, vowelLetters.dropFirst().first == "и",
      let softOnsets
    {
      // Media write ch, nh before i as ть, нь (`Тьинь` for Chính): the sign softens the onset.
      vowelLetters.removeFirst()
      onsets = softOnsets
    } else if first == "и" || first == "е" || first == "ь", let softOnsets {
      onsets += softOnsets.filter { !onsets.contains($0) }
    }
    let (initial, nuclei) = readings(ofVowels: vowelLetters)
    if onsetLength == 0, let initial {
      return initial.map { VietnameseSyllable.key(onset: "", nucleus: $0, final: final) }
    }
    guard let nuclei else { return [] }
    var keys: [String] = []
    for nucleus in nuclei {
      guard VietnameseSyllable.allows(nucleus: nucleus, final: final) else { continue }
      for onset in onsets {
        let key = VietnameseSyllable.key(onset: onset, nucleus: nucleus, final: final)
        if !keys.contains(key) { keys.append(key) }
      }
    }
    let traditional = traditionalKeys.first { letters.elementsEqual($0.word) }?.keys ?? []
    for key in traditional where !keys.contains(key) { keys.append(key) }
    return keys
  }

  /// The readings of a vowel group at the start of a syllable (``initialNuclei``) and after an
  /// onset (``nucleusTable``).
  static func readings(ofVowels letters: ArraySlice<Unicode.Scalar>) -> (
    initial: [String]?, nuclei: [String]?
  ) {
    if let code = vowelGroupCode(letters) {
      return (initialNucleusCodes[code], nucleusCodes[code])
    }
    // With a combining mark: string keys, which compare canonically (и + U+0306 is й).
    return readingsByString(ofVowels: letters)
  }

  /// ``readings(ofVowels:)`` through the string-keyed tables.
  static func readingsByString(ofVowels letters: ArraySlice<Unicode.Scalar>) -> (
    initial: [String]?, nuclei: [String]?
  ) {
    let vowels = String(String.UnicodeScalarView(letters))
    return (initialNuclei[vowels], nucleusTable[vowels])
  }

  /// A vowel group without combining marks as an integer, four bits a letter (its position
  /// in ``vowelGroupAlphabet`` plus one); `nil` for other groups. The letters are NFC with no
  /// composition possible, so two groups are canonically equal exactly when their codes are.
  private static func vowelGroupCode(_ letters: some Collection<Unicode.Scalar>) -> UInt32? {
    guard letters.count <= 4 else { return nil }
    var code: UInt32 = 0
    for letter in letters {
      guard let position = vowelGroupAlphabet.firstIndex(of: letter) else { return nil }
      code = code << 4 | UInt32(position + 1)
    }
    return code
  }

  static let vowelGroupAlphabet = Array("аеёийоуыэюяь".unicodeScalars)

  /// а е ё и й о у ы э ю я ь: the letters of the vowel groups, before the soft vowels are
  /// resolved.
  private static func isVowelGroupLetter(_ letter: Unicode.Scalar) -> Bool {
    switch letter {
    case "а", "е", "ё", "и", "й", "о", "у", "ы", "э", "ю", "я", "ь": true
    default: false
    }
  }

  /// The breve of й and the diaeresis of ё.
  private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\u{0306}" || scalar == "\u{0308}"
  }

  /// я ё ю read as а о у (their softness goes to the onset).
  private static func hardVowel(_ letter: Unicode.Scalar) -> Unicode.Scalar? {
    switch letter {
    case "я": "а"
    case "ё": "о"
    case "ю": "у"
    default: nil
    }
  }

  /// Traditional spellings that override the rules (research §1.4: Hồ Chí Minh — Хо Ши Мин).
  private static let traditionalKeys: [(word: [Unicode.Scalar], keys: [String])] = [
    (scalars("ши"), ["chi"]), (scalars("мин"), ["minh"]),
  ]

  private static func startsWith(_ letters: [Unicode.Scalar], _ prefix: [Unicode.Scalar]) -> Bool {
    letters.count > prefix.count && letters.starts(with: prefix)
  }

  private static func endsWith(_ letters: [Unicode.Scalar], _ suffix: [Unicode.Scalar]) -> Bool {
    letters.count >= suffix.count && letters.suffix(suffix.count).elementsEqual(suffix)
  }

  private static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

  /// Onsets, longest first, with their Vietnamese readings (rule reading first, then the
  /// deviations of research §2 and the attested spellings of README.md: `пх` for `ph`).
  private static let onsetTable: [([Unicode.Scalar], [String])] = [
    ("нг", ["ng"]), ("кх", ["kh"]), ("тх", ["th"]), ("тр", ["tr"]), ("дж", ["gi", "d"]),
    ("ч", ["tr", "ch"]), ("ш", ["s"]), ("с", ["x", "s"]), ("ж", ["r", "gi", "d"]),
    ("з", ["d", "gi"]), ("д", ["đ", "d"]), ("р", ["r"]), ("х", ["h", "kh"]), ("к", ["k"]),
    ("г", ["g"]), ("б", ["b"]), ("в", ["v"]), ("л", ["l"]), ("м", ["m"]), ("н", ["n"]),
    ("пх", ["ph"]), ("п", ["p"]), ("ф", ["ph"]), ("т", ["t"]),
  ].map { (scalars($0.0), $0.1) }

  /// Onsets that a following soft vowel reveals (тя = cha, ня = nha, зя = gia).
  private static let softOnset: [(spelling: [Unicode.Scalar], readings: [String])] = [
    ("т", ["ch"]), ("н", ["nh"]), ("з", ["gi"]), ("ж", ["gi", "r"]), ("дж", ["gi"]),
  ].map { (scalars($0.0), $0.1) }

  /// Finals, longest first (§1.3).
  private static let finalTable: [([Unicode.Scalar], String)] = [
    ("нг", "ng"), ("нь", "nh"), ("ть", "ch"), ("н", "n"), ("т", "t"), ("к", "k"), ("п", "p"),
    ("м", "m"),
  ].map { (scalars($0.0), $0.1) }

  /// Vowel groups (§1.2, hard spelling) and the Vietnamese nuclei (key spelling) they stand for.
  static let nucleusTable: [String: [String]] = [
    "а": ["a"], "о": ["o"], "е": ["e"], "э": ["e"], "и": ["i"], "у": ["u"], "ы": ["u"],
    "ай": ["ai", "ay"], "эй": ["ay"], "ей": ["ay"], "ао": ["ao"], "ау": ["au"], "эо": ["eo"],
    "ео": ["eo"], "еу": ["eu"], "иу": ["iu"], "ой": ["oi"], "уй": ["ui", "uy"], "ый": ["ui"],
    "уи": ["uy", "ui"], "оа": ["oa"], "оай": ["oai", "oay"], "оэ": ["oe"], "уа": ["ua"],
    "уай": ["uay"], "уэ": ["ue"], "уе": ["uie", "ue"], "уо": ["uo"], "ыо": ["uo"],
    "уой": ["uoi"], "ыой": ["uoi"], "ыоу": ["uou"], "ыа": ["ua"], "ыу": ["uu"], "уя": ["uya"],
    "уиу": ["uyu"], "ье": ["ie"], "ие": ["ie"], "ья": ["ia"], "ия": ["ia"], "иа": ["ia"],
    "ьеу": ["ieu"],
    "иеу": ["ieu"],
  ]

  /// Vowel groups at the start of a syllable without onset (§1.1: э, йе).
  static let initialNuclei: [String: [String]] = [
    "э": ["e"], "йе": ["ie"], "е": ["ie", "e"], "йеу": ["ieu"], "и": ["i"],
  ]

  private static let nucleusCodes = coded(nucleusTable)
  private static let initialNucleusCodes = coded(initialNuclei)

  private static func coded(_ table: [String: [String]]) -> [UInt32: [String]] {
    var coded: [UInt32: [String]] = [:]
    for (group, readings) in table {
      if let code = vowelGroupCode(group.unicodeScalars) { coded[code] = readings }
    }
    return coded
  }
}
