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
    let letters = Array(word.unicodeScalars)
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
    let onsetSpelling = String(String.UnicodeScalarView(letters[0..<onsetLength]))
    // Softened vowels (я ё ю, ьы) after т, н, з spell the onsets ch, nh, gi (rules §1.1).
    if let hard = hardVowel[first] {
      vowelLetters = [hard] + vowelLetters.dropFirst()
      if let soft = softOnset[onsetSpelling] { onsets = soft }
    } else if first == "ь", vowelLetters.dropFirst().first == "ы" {
      vowelLetters.removeFirst()
      if let soft = softOnset[onsetSpelling] { onsets = soft }
    } else if "иеь".unicodeScalars.contains(first), let soft = softOnset[onsetSpelling] {
      onsets += soft.filter { !onsets.contains($0) }
    }
    let vowels = String(String.UnicodeScalarView(vowelLetters))
    if onsetLength == 0, let initial = initialNuclei[vowels] {
      return initial.map { VietnameseSyllable.key(onset: "", nucleus: $0, final: final) }
    }
    guard let nuclei = nucleusTable[vowels] else { return [] }
    var keys: [String] = []
    for nucleus in nuclei {
      guard VietnameseSyllable.allows(nucleus: nucleus, final: final) else { continue }
      for onset in onsets {
        let key = VietnameseSyllable.key(onset: onset, nucleus: nucleus, final: final)
        if !keys.contains(key) { keys.append(key) }
      }
    }
    for key in traditionalKeys[word] ?? [] where !keys.contains(key) { keys.append(key) }
    return keys
  }

  /// Traditional spellings that override the rules (research §1.4: Hồ Chí Minh — Хо Ши Мин).
  private static let traditionalKeys: [String: [String]] = ["ши": ["chi"], "мин": ["minh"]]

  private static func startsWith(_ letters: [Unicode.Scalar], _ prefix: [Unicode.Scalar]) -> Bool {
    letters.count > prefix.count && letters.starts(with: prefix)
  }

  private static func endsWith(_ letters: [Unicode.Scalar], _ suffix: [Unicode.Scalar]) -> Bool {
    letters.count >= suffix.count && letters.suffix(suffix.count).elementsEqual(suffix)
  }

  private static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

  /// Onsets, longest first, with their Vietnamese readings (rule reading first, then the
  /// deviations of research §2).
  private static let onsetTable: [([Unicode.Scalar], [String])] = [
    ("нг", ["ng"]), ("кх", ["kh"]), ("тх", ["th"]), ("тр", ["tr"]), ("дж", ["gi", "d"]),
    ("ч", ["tr", "ch"]), ("ш", ["s"]), ("с", ["x", "s"]), ("ж", ["r", "gi", "d"]),
    ("з", ["d", "gi"]), ("д", ["đ", "d"]), ("р", ["r"]), ("х", ["h", "kh"]), ("к", ["k"]),
    ("г", ["g"]), ("б", ["b"]), ("в", ["v"]), ("л", ["l"]), ("м", ["m"]), ("н", ["n"]),
    ("п", ["p"]), ("ф", ["ph"]), ("т", ["t"]),
  ].map { (scalars($0.0), $0.1) }

  /// Onsets that a following soft vowel reveals (тя = cha, ня = nha, зя = gia).
  private static let softOnset: [String: [String]] = [
    "т": ["ch"], "н": ["nh"], "з": ["gi"], "ж": ["gi", "r"], "дж": ["gi"],
  ]
  private static let hardVowel: [Unicode.Scalar: Unicode.Scalar] = ["я": "а", "ё": "о", "ю": "у"]

  /// Finals, longest first (§1.3).
  private static let finalTable: [([Unicode.Scalar], String)] = [
    ("нг", "ng"), ("нь", "nh"), ("ть", "ch"), ("н", "n"), ("т", "t"), ("к", "k"), ("п", "p"),
    ("м", "m"),
  ].map { (scalars($0.0), $0.1) }

  /// Vowel groups (§1.2, hard spelling) and the Vietnamese nuclei (key spelling) they stand for.
  private static let nucleusTable: [String: [String]] = [
    "а": ["a"], "о": ["o"], "е": ["e"], "э": ["e"], "и": ["i"], "у": ["u"], "ы": ["u"],
    "ай": ["ai", "ay"], "эй": ["ay"], "ей": ["ay"], "ао": ["ao"], "ау": ["au"], "эо": ["eo"],
    "ео": ["eo"], "еу": ["eu"], "иу": ["iu"], "ой": ["oi"], "уй": ["ui", "uy"], "ый": ["ui"],
    "уи": ["uy", "ui"], "оа": ["oa"], "оай": ["oai", "oay"], "оэ": ["oe"], "уа": ["ua"],
    "уай": ["uay"], "уэ": ["ue"], "уе": ["uie", "ue"], "уо": ["uo"], "ыо": ["uo"],
    "уой": ["uoi"], "ыой": ["uoi"], "ыоу": ["uou"], "ыа": ["ua"], "ыу": ["uu"], "уя": ["uya"],
    "уиу": ["uyu"], "ье": ["ie"], "ие": ["ie"], "ья": ["ia"], "ия": ["ia"], "иа": ["ia"], "ьеу": ["ieu"],
    "иеу": ["ieu"],
  ]

  /// Vowel groups at the start of a syllable without onset (§1.1: э, йе).
  private static let initialNuclei: [String: [String]] = [
    "э": ["e"], "йе": ["ie"], "е": ["ie", "e"], "йеу": ["ieu"], "и": ["i"],
  ]
}
