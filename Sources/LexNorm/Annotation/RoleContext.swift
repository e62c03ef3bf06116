/// What the words around a bare title say about whom it denotes: the cues that keep a title
/// from being resolved to the Vietnamese office holder (another country's office, a vice or
/// former holder, a sentence about another time).
///
/// The word lists hold closed-class modifiers and nationality adjectives, not names: whether a
/// capitalised neighbour is a foreign name is decided by its shape (no Vietnamese syllable).
enum RoleContext {
  /// How a modifier before a title changes it.
  enum Modifier {
    /// Another office (`Vice President`, `вице-президент`, `Phó Thủ tướng`): no link at all.
    case otherOffice
    /// Same office, but not the current holder (`former`, `бывший`, `nguyên`, `neuen`, `a`).
    case otherHolder
  }

  /// The modifier a lower-case word before a title is, if any.
  static func modifier(_ word: String) -> Modifier? {
    if otherOffice.contains(word) { return .otherOffice }
    if otherHolder.contains(word) { return .otherHolder }
    return nil
  }

  /// Whether a lower-case word before a title makes it a position rather than a person
  /// (`elected as President`, `zum Generalsekretär`, `на пост генсека`, `giữ chức Chủ tịch`).
  static func introducesPosition(_ word: String) -> Bool { positionWords.contains(word) }

  /// Whether a Russian title ends in an instrumental ending (`президентом`, `генсеком`).
  static func isInstrumental(_ title: String) -> Bool {
    // The first word without splitting the whole title (this runs for every title found).
    let word = title.drop { $0 == " " }.prefix { $0 != " " }
    guard !word.isEmpty else { return false }
    return ScriptCounts(String(word)).cyrillic > 0
      && (word.hasSuffix("ом") || word.hasSuffix("ем") || word.hasSuffix("ым"))
  }

  /// Whether a lower-case word before a title makes it another country's office
  /// (`indischen Premierminister`, `US President`, `Russian President`).
  static func isForeignAdjective(_ word: String) -> Bool {
    if word.hasPrefix("vietnam") || word.hasPrefix("вьетнам") { return false }
    if foreignAdjectives.contains(word) { return true }
    // German nationality adjectives: indischen, chinesischen, französischen, russischer.
    return word.count > 6
      && ["ischen", "ischer", "ische", "ischem"].contains { word.hasSuffix($0) }
  }

  /// Whether the sentence `range` of `bytes` names a year other than `present` (`in 2011`,
  /// `2016 года`): a career summary or history, not the document's present.
  static func namesYear(
    _ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, other present: Int?
  ) -> Bool {
    years(in: bytes, range: range).contains { $0 != present }
  }

  /// The years (1900–2099) written in `range` of `bytes`, outside numeric dates unless
  /// `includingDates` (`6/2006` in a term of office).
  static func years(
    in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, includingDates: Bool = false
  ) -> Set<Int> {
    // A year inside a numeric date (`2025-07-19`, `12/3/2025`) dates the text itself.
    func isDatePart(_ index: Int) -> Bool {
      !includingDates && range.contains(index)
        && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "/"))
    }
    var found: Set<Int> = []
    var run = 0
    var value = 0
    for index in range.lowerBound...range.upperBound {
      let digit = index < range.upperBound ? bytes[index] &- 0x30 : 10
      if digit < 10 {
        // Only four-digit runs are years: a longer run (a phone number, 30 digits of noise)
        // stops adding up, rather than overflowing `value`.
        run += 1
        if run <= 4 { value = value * 10 + Int(digit) }
      } else {
        if run == 4, (1900...2099).contains(value), !isDatePart(index), !isDatePart(index - 5) {
          found.insert(value)
        }
        (run, value) = (0, 0)
      }
    }
    return found
  }

  /// Whether a sentence ends inside `range` of `bytes`.
  static func endsSentence(in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    range.contains { ends(at: $0, in: bytes) }
  }

  private static func ends(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    switch bytes[index] {
    case UInt8(ascii: "\n"), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
    case UInt8(ascii: "."):
      // A full stop ends a sentence when a space follows (`No. 18`, `3.5` do not count as
      // well as they could, but stay inside one sentence at worst).
      return index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: " ")
    default: return false
    }
  }

  /// The sentence around `range`: from after the previous sentence end to the next one.
  static func sentence(around range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>
  {
    func ends(_ index: Int) -> Bool { Self.ends(at: index, in: bytes) }
    var start = range.lowerBound
    while start > 0, !ends(start - 1) { start -= 1 }
    var end = range.upperBound
    while end < bytes.count, !ends(end) { end += 1 }
    return start..<end
  }

  /// The years of `range` of `bytes` that begin or end a span of years (`1975–2025`, `2006 -
  /// 2011`): an anniversary or a term, not the time a paragraph is about.
  static func spannedYears(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Set<Int> {
    func year(at index: Int) -> Int? {
      guard index >= range.lowerBound, index + 4 <= range.upperBound,
        bytes[index..<index + 4].allSatisfy({ (0x30...0x39).contains($0) })
      else { return nil }
      return bytes[index..<index + 4].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
    var found: Set<Int> = []
    for index in range {
      guard let first = year(at: index) else { continue }
      var next = index + 4
      while next < range.upperBound, bytes[next] == UInt8(ascii: " ") { next += 1 }
      // `-`, or `–` / `—` (E2 80 93 / 94).
      if next < range.upperBound, bytes[next] == UInt8(ascii: "-") {
        next += 1
      } else if next + 2 < range.upperBound, bytes[next] == 0xE2, bytes[next + 1] == 0x80,
        bytes[next + 2] == 0x93 || bytes[next + 2] == 0x94
      {
        next += 3
      } else {
        continue
      }
      while next < range.upperBound, bytes[next] == UInt8(ascii: " ") { next += 1 }
      if let second = year(at: next) { found.formUnion([first, second]) }
    }
    return found
  }

  /// The line (paragraph) around `range`: from after the previous line break to the next one.
  static func line(around range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    let newline = UInt8(ascii: "\n")
    var start = range.lowerBound
    while start > 0, bytes[start - 1] != newline { start -= 1 }
    var end = range.upperBound
    while end < bytes.count, bytes[end] != newline { end += 1 }
    return start..<end
  }

  /// Whether a word may stand between a title and the country it belongs to (`President of`,
  /// `Präsident der`, `Chủ tịch nước Cộng hòa Dân chủ Nhân dân`).
  static func linksCountry(_ word: String) -> Bool { countryLinks.contains(word) }

  /// Whether a word joins a title to a further office of the same person (`Prime Minister and
  /// Minister for Finance`).
  static func joinsOffices(_ word: String) -> Bool { officeJoins.contains(word) }

  private static let officeJoins: Set<String> = ["and", "und", "for", "für", "&"]

  /// Whether `words` (lower-cased, from a title's next word on) begin with the legislature: the
  /// title is then an office of it (`General Secretary of the National Assembly`, `Генеральный
  /// секретарь Национальной ассамблеи`), not the office the title alone names.
  static func namesLegislature(_ words: [String]) -> Bool {
    legislatures.contains { words.starts(with: $0) }
  }

  /// Whether a word may begin ``namesLegislature(_:)``'s words.
  static func mayStartLegislature(_ word: String) -> Bool {
    legislatures.contains { $0.first == word }
  }

  private static let legislatures: [[String]] = [
    ["of", "the", "national", "assembly"], ["of", "national", "assembly"],
    ["der", "nationalversammlung"], ["национальной", "ассамблеи"], ["национального", "собрания"],
    ["quốc", "hội"],
  ]

  /// How many of `words` (lower-cased, from a title's next word on) name a country other than
  /// Vietnam: 0 when they do not. Only names written as Vietnamese syllables or common words
  /// are listed (`Trung Quốc`, `Lào`, `Russia`): other foreign names are told by their shape.
  static func foreignCountryLength(_ words: [String]) -> Int {
    // Only the countries whose first word it is, in list order (this runs at every title).
    guard let first = words.first, let countries = foreignCountriesByFirstWord[first] else {
      return 0
    }
    for country in countries where words.starts(with: country) { return country.count }
    return 0
  }

  /// Whether the sentence `range` of `bytes` capitalises every longer word, as English headlines
  /// do (`Prime Minister Visits Japan`): there a capitalised word is no sign of a name.
  static func isTitleCase(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Bool {
    var words = 0
    var lowercase = 0
    var length = 0
    var first: UInt8 = 0
    for index in range.lowerBound...range.upperBound {
      let byte = index < range.upperBound ? bytes[index] : UInt8(ascii: " ")
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") {
        // Words of four letters or more: `of`, `the`, `and` stay lower case in headlines.
        if length >= 4 {
          words += 1
          if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) { lowercase += 1 }
        }
        length = 0
      } else {
        if length == 0 { first = byte }
        length += 1
      }
    }
    return words >= 3 && lowercase == 0
  }

  private static let otherOffice: Set<String> = [
    "vice", "deputy", "vize", "stellvertretende", "stellvertretender", "stellvertretenden",
    "вице", "заместитель", "заместителя", "заместителю", "заместителем", "phó",
  ]

  private static let otherHolder: Set<String> = [
    "acting", "former", "late", "new", "outgoing", "interim", "ex",
    "bisherige", "bisherigen", "bisheriger", "ehemalige", "ehemaligen", "ehemaliger",
    "frühere", "früheren", "früherer", "verstorbene", "verstorbenen", "neue", "neuen", "neuer",
    "amtierende", "amtierenden", "kommissarische", "kommissarischen",
    "бывший", "бывшего", "бывшему", "бывшим", "покойный", "покойного", "новый", "нового",
    "новым", "новому", "обязанности", "временно",
    "nguyên", "cố", "tân", "quyền",
    // An indefinite article: one of the office's holders, not the holder (`the arrest of a
    // health minister`).
    "a", "an", "another", "ein", "eine", "einen", "einem", "einer", "eines", "một",
  ]

  private static let positionWords: Set<String> = [
    "as", "als", "zum", "zur", "пост", "посту", "поста", "должность", "должности", "làm", "chức",
    "cử",
    "vụ", "vị", "trí",
    // A copula or a verb of appointment: the title is a predicate of someone (`X was
    // President`, `X ist Präsident`, `X là Thủ tướng`), not a reference of its own.
    "is", "was", "were", "be", "been", "become", "became", "becomes", "remains", "remained",
    "elected", "appointed", "named", "ist", "war", "wird", "wurde", "bleibt", "blieb", "là",
    "был", "была", "является", "являлся", "являлась", "избран", "избрана", "назначен",
    "назначена",
  ]

  private static let foreignAdjectives: Set<String> = [
    "us", "u.s", "american", "russian", "chinese", "french", "japanese", "indian", "german",
    "british", "korean", "thai", "lao", "cambodian", "indonesian", "philippine", "foreign",
    "российского", "российский", "американского", "американский", "китайского", "китайский",
    "mỹ", "nga",
    // Multilateral bodies: their offices are not Vietnam's (`ASEAN Foreign Ministers`).
    "asean", "асеан", "un", "оон", "eu", "ес", "apec", "атэс", "g7", "g20", "brics", "брикс",
    "nato", "нато", "wto", "вто",
  ]

  private static let countryLinks: Set<String> = [
    "of", "the", "der", "des", "von", "nước", "của", "cộng", "hòa", "hoà", "dân", "chủ", "nhân",
    "xã", "hội", "nghĩa", "liên", "bang", "vương", "quốc", "chính", "phủ", "стран", "countries",
    "các",
  ]

  private static let foreignCountries: [[String]] = [
    ["trung", "quốc"], ["lào"], ["mỹ"], ["hoa", "kỳ"], ["nga"], ["nhật", "bản"], ["hàn", "quốc"],
    ["triều", "tiên"], ["pháp"], ["ấn", "độ"], ["thái", "lan"], ["úc"], ["ba", "lan"], ["séc"],
    ["mông", "cổ"], ["ai", "cập"], ["nam", "phi"], ["tây", "ban", "nha"], ["bồ", "đào", "nha"],
    ["thụy", "điển"], ["phần", "lan"], ["hà", "lan"], ["thụy", "sĩ"], ["campuchia"], ["cuba"],
    ["russia"], ["china"], ["japan"], ["laos"], ["cambodia"], ["thailand"], ["india"],
    ["france"], ["germany"], ["korea"], ["malaysia"], ["indonesia"], ["philippines"],
    ["singapore"], ["australia"], ["united", "states"], ["us"], ["usa"], ["u.s"],
    ["russland"], ["russlands"], ["chinas"], ["japans"], ["frankreichs"], ["deutschlands"],
    ["asean"], ["асеан"], ["un"], ["оон"], ["eu"], ["ес"], ["apec"], ["атэс"], ["g20"],
    ["brics"], ["брикс"], ["united", "nations"], ["vereinten", "nationen"],
    ["liên", "hợp", "quốc"],
    ["europäischen", "union"], ["european", "union"], ["евросоюза"],
  ]

  private static let foreignCountriesByFirstWord: [String: [[String]]] = Dictionary(
    grouping: foreignCountries, by: { $0[0] })
}
