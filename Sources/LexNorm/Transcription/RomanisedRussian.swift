/// Latin text that was romanised from Russian ("Lyong Kyong" from Лыонг Кыонг, "Khoay" from
/// Хоай) turned back into the Cyrillic it most likely came from.
///
/// Covers the patterns of ICU/BGN/GOST/passport romanisations (research notes §2): ы → y,
/// й → y/j/i, х → kh/h, ч → ch, ш → sh, ж → zh, ю/я/ё → yu/ya/yo (ju/ja/jo), ь dropped.
enum RomanisedRussian {
  /// At most this many Cyrillic spellings per token: each ambiguous "y" doubles them.
  private static let maximumSpellings = 4

  /// Cyrillic spellings of a lower-case ASCII token (as scalars), most likely first; empty when
  /// it holds a letter that Russian romanisation never produces (q, w, x).
  static func cyrillicSpellings(of token: String) -> [[Unicode.Scalar]] {
    let letters = Array(token.utf8)
    var spellings: [[Unicode.Scalar]] = [[]]
    spellings[0].reserveCapacity(letters.count + 2)
    var index = 0
    while index < letters.count {
      let rest = letters[index...]
      var options: [[Unicode.Scalar]]
      var length = 1
      if let (spelling, cyrillic) = digraph(startingAt: rest) {
        options = cyrillic
        length = spelling.count
      } else {
        let letter = letters[index]
        let previous: UInt8? = index > 0 ? letters[index - 1] : nil
        let afterVowel = previous.map(isVowel) == true
        switch letter {
        case UInt8(ascii: "y"):
          // After a vowel y is й (Khoay); elsewhere ы (Lyong).
          options = afterVowel ? Self.yAfterVowel : Self.y
        case UInt8(ascii: "e"):
          options = previous == nil || afterVowel ? Self.eStartingSyllable : Self.e
        default:
          guard letter < 0x80, let single = singles[Int(letter)] else { return [] }
          options = single
        }
      }
      if options.count == 1 {
        for position in spellings.indices { spellings[position].append(contentsOf: options[0]) }
      } else {
        var next: [[Unicode.Scalar]] = []
        for spelling in spellings {
          for option in options where next.count < maximumSpellings {
            next.append(spelling + option)
          }
        }
        spellings = next
      }
      index += length
    }
    return spellings
  }

  private static func isVowel(_ letter: UInt8) -> Bool {
    switch letter {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
      UInt8(ascii: "u"), UInt8(ascii: "y"):
      true
    default: false
    }
  }

  /// The first digraph (longest first) that `rest` starts with.
  private static func digraph(startingAt rest: ArraySlice<UInt8>) -> (
    [UInt8], [[Unicode.Scalar]]
  )? {
    // Most letters start no digraph: settle them without scanning the list.
    guard let first = rest.first, digraphStarts[Int(first)] else { return nil }
    return digraphs.first { rest.starts(with: $0.0) }
  }

  /// Letter groups, longest first, with their Cyrillic readings (best first).
  private static let digraphs: [([UInt8], [[Unicode.Scalar]])] = [
    ("shch", ["щ"]), ("dzh", ["дж"]), ("tch", ["ч"]), ("sh", ["ш"]), ("ch", ["ч"]), ("zh", ["ж"]),
    ("kh", ["х"]), ("ts", ["ц"]), ("dj", ["дж"]), ("yu", ["ю", "ыу"]), ("ju", ["ю"]),
    ("ya", ["я", "ыа"]), ("ja", ["я"]), ("yo", ["ыо", "ё"]), ("jo", ["ё"]), ("ye", ["е"]),
    ("je", ["е"]), ("'", ["ь"]),
  ].map { (Array($0.0.utf8), $0.1.map { Array($0.unicodeScalars) }) }

  /// Whether a digraph starts with the byte.
  private static let digraphStarts: [Bool] = {
    var starts = [Bool](repeating: false, count: 256)
    for (spelling, _) in digraphs { if let first = spelling.first { starts[Int(first)] = true } }
    return starts
  }()

  private static let yAfterVowel: [[Unicode.Scalar]] = [["й"]]
  private static let y: [[Unicode.Scalar]] = [["ы"]]
  private static let eStartingSyllable: [[Unicode.Scalar]] = [["э"], ["е"]]
  private static let e: [[Unicode.Scalar]] = [["е"]]

  /// The Cyrillic letter of each other Latin letter, by ASCII code (as a one-option list).
  private static let singles: [[[Unicode.Scalar]]?] = {
    let pairs: [(Character, Unicode.Scalar)] = [
      ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("f", "ф"), ("g", "г"), ("h", "х"),
      ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
      ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("z", "з"),
    ]
    var table = [[[Unicode.Scalar]]?](repeating: nil, count: 128)
    for (latin, cyrillic) in pairs { table[Int(latin.asciiValue ?? 0)] = [[cyrillic]] }
    return table
  }()
}
