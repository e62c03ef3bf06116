/// Latin text that was romanised from Russian ("Lyong Kyong" from Лыонг Кыонг, "Khoay" from
/// Хоай) turned back into the Cyrillic it most likely came from.
///
/// Covers the patterns of ICU/BGN/GOST/passport romanisations (research notes §2): ы → y,
/// й → y/j/i, х → kh/h, ч → ch, ш → sh, ж → zh, ю/я/ё → yu/ya/yo (ju/ja/jo), ь dropped.
enum RomanisedRussian {
  /// At most this many Cyrillic spellings per token: each ambiguous "y" doubles them.
  private static let maximumSpellings = 4

  /// Cyrillic spellings of a lower-case ASCII token, most likely first; empty when it holds a
  /// letter that Russian romanisation never produces (q, w, x).
  static func cyrillicSpellings(of token: String) -> [String] {
    let letters = Array(token.utf8)
    var spellings = [""]
    var index = 0
    while index < letters.count {
      let rest = letters[index...]
      var options: [String]
      var length = 1
      if let (spelling, cyrillic) = digraphs.first(where: { rest.starts(with: $0.0) }) {
        options = cyrillic
        length = spelling.count
      } else {
        let letter = letters[index]
        let previous: UInt8? = index > 0 ? letters[index - 1] : nil
        switch letter {
        case UInt8(ascii: "y"):
          // After a vowel y is й (Khoay); elsewhere ы (Lyong).
          options = previous.map(isVowel) == true ? ["й"] : ["ы"]
        case UInt8(ascii: "e"):
          options = previous == nil || previous.map(isVowel) == true ? ["э", "е"] : ["е"]
        default:
          guard let single = singles[letter] else { return [] }
          options = [single]
        }
      }
      var next: [String] = []
      for spelling in spellings {
        for option in options where next.count < maximumSpellings { next.append(spelling + option) }
      }
      spellings = next
      index += length
    }
    return spellings
  }

  private static func isVowel(_ letter: UInt8) -> Bool { "aeiouy".utf8.contains(letter) }

  /// Letter groups, longest first, with their Cyrillic readings (best first).
  private static let digraphs: [([UInt8], [String])] = [
    ("shch", ["щ"]), ("dzh", ["дж"]), ("tch", ["ч"]), ("sh", ["ш"]), ("ch", ["ч"]), ("zh", ["ж"]),
    ("kh", ["х"]), ("ts", ["ц"]), ("dj", ["дж"]), ("yu", ["ю", "ыу"]), ("ju", ["ю"]),
    ("ya", ["я", "ыа"]), ("ja", ["я"]), ("yo", ["ыо", "ё"]), ("jo", ["ё"]), ("ye", ["е"]),
    ("je", ["е"]), ("'", ["ь"]),
  ].map { (Array($0.0.utf8), $0.1) }

  private static let singles: [UInt8: String] = {
    let pairs: [(Character, String)] = [
      ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("f", "ф"), ("g", "г"), ("h", "х"),
      ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
      ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("z", "з"),
    ]
    var table: [UInt8: String] = [:]
    for (latin, cyrillic) in pairs { table[latin.asciiValue ?? 0] = cyrillic }
    return table
  }()
}
