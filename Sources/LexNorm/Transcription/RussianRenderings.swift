/// How far a Russian spelling of part of a Vietnamese syllable is from the 1973 rules: the one
/// table of costs that ranks the readings of a Cyrillic name (README.md has the evidence).
enum RenderingCost: UInt8, Sendable, Comparable {
  /// The TsNIIGAiK 1973 practical transcription, or an established traditional form (`Ши`).
  case rule = 0
  /// Not the rule, but counted on real Russian pages about Vietnam (`Тьинь`, `Зуй`, `Куонг`).
  case attested = 1
  /// A letter-by-letter reading of the Latin spelling (`Тран`, `Дунг`), found at most in
  /// machine-translated pages.
  case naive = 2

  static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One Russian spelling of a Vietnamese onset, vowel group or final, and its cost.
struct Rendering: Sendable {
  /// The Cyrillic letters (lower case, hard vowels: я ё ю are resolved before the look-up).
  let russian: String
  /// The part of a syllable key it stands for (`đ`, `gi`, `uo`, `nh`).
  let vietnamese: String
  let cost: RenderingCost

  init(_ russian: String, _ vietnamese: String, _ cost: RenderingCost) {
    self.russian = russian
    self.vietnamese = vietnamese
    self.cost = cost
  }
}

/// Every Russian rendering of a Vietnamese syllable part that the reader accepts, with its cost.
/// ``RussianSpelling`` builds its look-up tables from these lists and nothing else: a new
/// attested variant is one row here (and its evidence in README.md).
enum RussianRenderings {
  /// Onsets. Onsets written the same (ч for tr and ch) list each reading.
  static let onsets: [Rendering] = [
    .init("нг", "ng", .rule), .init("кх", "kh", .rule), .init("тх", "th", .rule),
    .init("ч", "tr", .rule), .init("ш", "s", .rule), .init("с", "x", .rule),
    .init("ж", "r", .rule), .init("з", "d", .rule), .init("з", "gi", .rule),
    .init("д", "đ", .rule), .init("х", "h", .rule), .init("к", "k", .rule),
    .init("г", "g", .rule), .init("б", "b", .rule), .init("в", "v", .rule),
    .init("л", "l", .rule), .init("м", "m", .rule), .init("н", "n", .rule),
    .init("п", "p", .rule), .init("ф", "ph", .rule), .init("т", "t", .rule),
    // ch as ч (Чинь, Чау), s as с (Сон), gi as ж (Жанг), th as т (Туй), r as р, ph as пх.
    .init("ч", "ch", .attested), .init("с", "s", .attested), .init("ж", "gi", .attested),
    .init("т", "th", .attested), .init("р", "r", .attested), .init("пх", "ph", .attested),
    // The Latin letters read as Russian ones (Тран, Дунг, Хан for Khánh, Джианг).
    .init("тр", "tr", .naive), .init("д", "d", .naive), .init("х", "kh", .naive),
    .init("ж", "d", .naive), .init("дж", "gi", .naive), .init("дж", "d", .naive),
  ]

  /// Onsets that a following soft vowel reveals (тя = cha, ня = nha, зя = gia): they replace
  /// the onset readings before я ё ю, ьы and ьи, and join them before и е ь.
  static let softOnsets: [Rendering] = [
    .init("т", "ch", .rule), .init("н", "nh", .rule), .init("з", "gi", .rule),
    .init("ж", "r", .rule), .init("ж", "gi", .attested), .init("дж", "gi", .naive),
  ]

  /// Vowel groups after an onset (hard spelling), with the nuclei (key spelling) they stand for.
  static let vowelGroups: [Rendering] = [
    .init("а", "a", .rule), .init("о", "o", .rule), .init("е", "e", .rule),
    .init("э", "e", .rule), .init("и", "i", .rule), .init("у", "u", .rule),
    .init("ы", "u", .rule), .init("ай", "ai", .rule), .init("ай", "ay", .rule),
    .init("эй", "ay", .rule), .init("ей", "ay", .rule), .init("ао", "ao", .rule),
    .init("ау", "au", .rule), .init("эо", "eo", .rule), .init("ео", "eo", .rule),
    .init("еу", "eu", .rule), .init("иу", "iu", .rule), .init("ой", "oi", .rule),
    .init("уй", "ui", .rule), .init("ый", "ui", .rule), .init("уи", "uy", .rule),
    .init("оа", "oa", .rule), .init("оай", "oai", .rule), .init("оай", "oay", .rule),
    .init("оэ", "oe", .rule), .init("уа", "ua", .rule), .init("уай", "uay", .rule),
    .init("уэ", "ue", .rule), .init("уе", "uie", .rule), .init("уе", "ue", .rule),
    .init("уо", "uo", .rule), .init("ыо", "uo", .rule), .init("уой", "uoi", .rule),
    .init("ыой", "uoi", .rule), .init("ыоу", "uou", .rule), .init("ыа", "ua", .rule),
    .init("ыу", "uu", .rule), .init("уя", "uya", .rule), .init("уиу", "uyu", .rule),
    .init("ье", "ie", .rule), .init("ья", "ia", .rule), .init("ьеу", "ieu", .rule),
    // uy as уй (Зуй, Дуй), iê as ие (Хиеу, Чиен), ia as иа (Нгиа), oai as ой (Хой).
    .init("уй", "uy", .attested), .init("ие", "ie", .attested), .init("иеу", "ieu", .attested),
    .init("иа", "ia", .attested), .init("ой", "oai", .attested),
    .init("уи", "ui", .naive), .init("ия", "ia", .naive),
  ]

  /// Vowel groups that open a syllable without onset (§1.1: э, йе).
  static let initialVowelGroups: [Rendering] = [
    .init("э", "e", .rule), .init("йе", "ie", .rule), .init("йеу", "ieu", .rule),
    .init("и", "i", .rule), .init("е", "ie", .attested), .init("е", "e", .naive),
  ]

  /// Finals (§1.3); final -nh as н (Данг Мин Кхой, Чинем) is attested.
  static let finals: [Rendering] = [
    .init("нг", "ng", .rule), .init("нь", "nh", .rule), .init("ть", "ch", .rule),
    .init("н", "n", .rule), .init("т", "t", .rule), .init("к", "k", .rule),
    .init("п", "p", .rule), .init("м", "m", .rule),
    .init("н", "nh", .attested),
  ]

  /// Whole syllables whose traditional spelling overrides the rules (research §1.4:
  /// Hồ Chí Minh — Хо Ши Мин), as keys.
  static let traditionalSyllables: [Rendering] = [
    .init("ши", "chi", .rule), .init("мин", "minh", .rule),
  ]
}
