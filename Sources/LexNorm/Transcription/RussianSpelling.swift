/// Reverse of the Vietnamese→Russian practical transcription for one syllable, tolerant of the
/// spellings of the Russian press: Cyrillic in, matching keys with costs out.
///
/// Every Russian spelling is mapped to all Vietnamese spellings it can stand for (ч → tr or ch,
/// з → d or gi, ж → r, gi or d, с → x or s, ай → ai or ay …) by the costed table of
/// ``RussianRenderings``, so that the keys stay as fine as Vietnamese orthography while Russian
/// input still reaches them. A key costs what its dearest part costs.
enum RussianSpelling {
  /// A key with the cost of the spelling that led to it.
  struct Reading: Sendable, Hashable {
    let key: String
    let cost: RenderingCost
  }

  /// A part of a key (onset, nucleus or final) with the cost of its spelling.
  struct Part: Sendable, Hashable {
    let vietnamese: String
    let cost: RenderingCost
  }

  /// Keys of the Vietnamese syllables that `word` (lower-case Cyrillic, one syllable) may
  /// transcribe, cheapest first (rule, attested, naive; in table order within a cost); empty
  /// when it has no Vietnamese syllable structure.
  ///
  /// `romanised` words (Cyrillic spelled back from Latin) read finals by the rule only: Latin
  /// `Chin` is a near miss of Chinh, not the press's `Чин`.
  static func readings(ofSyllable word: String, romanised: Bool = false) -> [Reading] {
    readings(ofSyllable: Array(word.unicodeScalars), romanised: romanised)
  }

  /// ``readings(ofSyllable:romanised:)-(String,_)`` of a word given as its scalars.
  static func readings(ofSyllable letters: [Unicode.Scalar], romanised: Bool = false)
    -> [Reading]
  {
    guard !letters.isEmpty, letters.count <= 9 else { return [] }
    var onsetLength = 0
    var onsets = [Part(vietnamese: "", cost: .rule)]
    for (spelling, parts) in onsetTable where startsWith(letters, spelling) {
      onsetLength = spelling.count
      onsets = parts
      break
    }
    var finalLength = 0
    var finals = [Part(vietnamese: "", cost: .rule)]
    for (spelling, parts) in finalTable
    where letters.count - onsetLength > spelling.count && endsWith(letters, spelling) {
      finalLength = spelling.count
      finals = romanised ? parts.filter { $0.cost == .rule } : parts
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
    let softOnsets = softOnsetTable.first { onset.elementsEqual($0.spelling) }?.parts
    // Softened vowels (я ё ю, ьы) after т, н, з spell the onsets ch, nh, gi (rules §1.1).
    if let hard = hardVowel(first) {
      vowelLetters = [hard] + vowelLetters.dropFirst()
      if let softOnsets { onsets = softOnsets }
    } else if first == "ь", vowelLetters.dropFirst().first == "ы" {
      vowelLetters.removeFirst()
      if let softOnsets { onsets = softOnsets }
    } else if first == "ь", let second = vowelLetters.dropFirst().first,
      second == "и" || hardVowel(second) != nil, let softOnsets
    {
      // Media write ch, nh before i as ть, нь (`Тьинь` for Chính), and as ть before я (`Тьяу`
      // for Châu): the sign softens the onset a second time.
      vowelLetters.removeFirst()
      if let hard = hardVowel(second) { vowelLetters = [hard] + vowelLetters.dropFirst() }
      onsets = softOnsets.map { Part(vietnamese: $0.vietnamese, cost: max($0.cost, .attested)) }
    } else if first == "и" || first == "е" || first == "ь", let softOnsets {
      onsets += softOnsets.filter { soft in !onsets.contains { $0.vietnamese == soft.vietnamese } }
    }
    // gi written зи before a vowel (`Зиап` for Giáp): read as the softened vowel (`Зяп`) too.
    var iotatedReadings: [Reading] = []
    if first == "и", softOnsets != nil, let second = vowelLetters.dropFirst().first,
      let soft = softVowel(second)
    {
      let rest = vowelLetters.dropFirst(2) + letters[(letters.count - finalLength)...]
      iotatedReadings = Self.readings(
        ofSyllable: Array(onset) + [soft] + rest, romanised: romanised)
    }
    let (initial, nuclei) = readings(ofVowels: vowelLetters)
    var readings: [Reading] = []
    func add(_ key: String, _ cost: RenderingCost) {
      if let index = readings.firstIndex(where: { $0.key == key }) {
        if readings[index].cost > cost { readings[index] = Reading(key: key, cost: cost) }
      } else {
        readings.append(Reading(key: key, cost: cost))
      }
    }
    if onsetLength == 0, let initial {
      for nucleus in initial {
        for final in finals
        where VietnameseSyllable.allows(nucleus: nucleus.vietnamese, final: final.vietnamese) {
          add(
            VietnameseSyllable.key(onset: "", nucleus: nucleus.vietnamese, final: final.vietnamese),
            max(nucleus.cost, final.cost))
        }
      }
      return sorted(readings)
    }
    for nucleus in nuclei ?? [] {
      for final in finals
      where VietnameseSyllable.allows(nucleus: nucleus.vietnamese, final: final.vietnamese) {
        for onset in onsets {
          let key = VietnameseSyllable.key(
            onset: onset.vietnamese, nucleus: nucleus.vietnamese, final: final.vietnamese)
          add(key, max(onset.cost, nucleus.cost, final.cost))
        }
      }
    }
    for traditional in traditionalTable where letters.elementsEqual(traditional.word) {
      add(traditional.part.vietnamese, traditional.part.cost)
    }
    for reading in iotatedReadings { add(reading.key, max(reading.cost, .attested)) }
    return sorted(readings)
  }

  /// `readings` cheapest first, in their order within a cost (a stable sort).
  private static func sorted(_ readings: [Reading]) -> [Reading] {
    // Few readings, mostly one cost: insertion keeps the order within a cost.
    var result = readings
    for index in result.indices.dropFirst() {
      var position = index
      while position > 0, result[position - 1].cost > result[position].cost {
        result.swapAt(position - 1, position)
        position -= 1
      }
    }
    return result
  }

  /// The readings of a vowel group at the start of a syllable (``initialNuclei``) and after an
  /// onset (``nucleusTable``).
  static func readings(ofVowels letters: ArraySlice<Unicode.Scalar>) -> (
    initial: [Part]?, nuclei: [Part]?
  ) {
    if let code = vowelGroupCode(letters) {
      return (initialNucleusCodes[code], nucleusCodes[code])
    }
    // With a combining mark: string keys, which compare canonically (и + U+0306 is й).
    return readingsByString(ofVowels: letters)
  }

  /// ``readings(ofVowels:)`` through the string-keyed tables.
  static func readingsByString(ofVowels letters: ArraySlice<Unicode.Scalar>) -> (
    initial: [Part]?, nuclei: [Part]?
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

  /// а о у as я ё ю (the vowel that an и before it softens).
  private static func softVowel(_ letter: Unicode.Scalar) -> Unicode.Scalar? {
    switch letter {
    case "а": "я"
    case "о": "ё"
    case "у": "ю"
    default: nil
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

  private static func startsWith(_ letters: [Unicode.Scalar], _ prefix: [Unicode.Scalar]) -> Bool {
    letters.count > prefix.count && letters.starts(with: prefix)
  }

  private static func endsWith(_ letters: [Unicode.Scalar], _ suffix: [Unicode.Scalar]) -> Bool {
    letters.count >= suffix.count && letters.suffix(suffix.count).elementsEqual(suffix)
  }

  private static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

  /// Onsets, longest first, with their readings in ``RussianRenderings`` order.
  private static let onsetTable = grouped(RussianRenderings.onsets)

  /// Onsets that a following soft vowel reveals (тя = cha, ня = nha, зя = gia).
  private static let softOnsetTable = grouped(RussianRenderings.softOnsets).map {
    (spelling: $0.0, parts: $0.1)
  }

  /// Finals, longest first (§1.3).
  private static let finalTable = grouped(RussianRenderings.finals)

  /// Whole syllables with a traditional spelling.
  private static let traditionalTable = RussianRenderings.traditionalSyllables.map {
    (word: scalars($0.russian), part: Part(vietnamese: $0.vietnamese, cost: $0.cost))
  }

  /// Vowel groups (§1.2, hard spelling) and the nuclei (key spelling) they stand for.
  static let nucleusTable = keyed(RussianRenderings.vowelGroups)

  /// Vowel groups at the start of a syllable without onset (§1.1: э, йе).
  static let initialNuclei = keyed(RussianRenderings.initialVowelGroups)

  /// Renderings grouped by spelling, longest spelling first, readings in table order.
  private static func grouped(_ renderings: [Rendering]) -> [([Unicode.Scalar], [Part])] {
    var groups: [([Unicode.Scalar], [Part])] = []
    for rendering in renderings {
      let spelling = scalars(rendering.russian)
      let part = Part(vietnamese: rendering.vietnamese, cost: rendering.cost)
      if let index = groups.firstIndex(where: { $0.0 == spelling }) {
        groups[index].1.append(part)
      } else {
        groups.append((spelling, [part]))
      }
    }
    // Longest first, so that нг is tried before н; stable within a length.
    return groups.enumerated().sorted {
      ($0.element.0.count, -$0.offset) > ($1.element.0.count, -$1.offset)
    }.map(\.element)
  }

  /// Renderings keyed by spelling, readings in table order.
  private static func keyed(_ renderings: [Rendering]) -> [String: [Part]] {
    var table: [String: [Part]] = [:]
    for rendering in renderings {
      table[rendering.russian, default: []].append(
        Part(vietnamese: rendering.vietnamese, cost: rendering.cost))
    }
    return table
  }

  private static let nucleusCodes = coded(nucleusTable)
  private static let initialNucleusCodes = coded(initialNuclei)

  private static func coded(_ table: [String: [Part]]) -> [UInt32: [Part]] {
    var coded: [UInt32: [Part]] = [:]
    for (group, readings) in table {
      if let code = vowelGroupCode(group.unicodeScalars) { coded[code] = readings }
    }
    return coded
  }
}
