/// The words that name a document type in Vietnamese, English, German and Russian, with their
/// inflected forms, keyed by their folded form (`Folding.key`).
enum DocumentTypeWords {
  /// What a type word says about the document.
  struct Entry: Sendable {
    /// The type code the word implies, or nil when the word is a reference only together with a
    /// written code (`Decree No. 28-NQ/TW` is a machine-translation error for a resolution, and a
    /// bare "Decree No. 28" is a government decree outside this recognizer's scope).
    /// A static string keeps entries free of reference counting when the scanner copies them.
    let typeCode: StaticString?
  }

  /// Single-word forms (English, German, Russian).
  static let singleWords: [String: Entry] = {
    var table: [String: Entry] = [:]
    func add(_ code: StaticString?, stem: String, endings: [String]) {
      for ending in endings { table[stem + ending] = Entry(typeCode: code) }
    }
    let english = ["", "s"]
    // Russian declension patterns, by the nominative ending.
    let feminineIya = ["я", "и", "ю", "ей", "ею", "й", "ям", "ями", "ях"]  // резолюция
    let feminineA = ["а", "ы", "е", "у", "ой", "ою", "", "ам", "ами", "ах"]  // директива
    let neuterIye = ["е", "я", "ю", "ем", "и", "й", "ям", "ями", "ях"]  // решение
    let masculine = ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"]  // план
    let neuterO = ["о", "а", "у", "ом", "е"]  // руководство

    add("NQ", stem: "resolution", endings: english + ["en"])
    add("NQ", stem: "резолюци", endings: feminineIya)
    add("NQ", stem: "постановлени", endings: neuterIye)

    add("CT", stem: "directive", endings: english)
    add("CT", stem: "direktive", endings: ["", "n"])
    add("CT", stem: "richtlinie", endings: ["", "n"])
    add("CT", stem: "директив", endings: feminineA)

    add("QD", stem: "decision", endings: english)
    add("QD", stem: "regulation", endings: english)
    add("QD", stem: "beschluss", endings: ["", "es", "e", "se", "sen"])  // also Beschlüsse, folded
    add("QD", stem: "entscheidung", endings: ["", "en"])
    add("QD", stem: "verordnung", endings: ["", "en"])
    add("QD", stem: "решени", endings: neuterIye)
    add("QD", stem: "положени", endings: neuterIye)

    add("KL", stem: "conclusion", endings: english)
    add("KL", stem: "schlussfolgerung", endings: ["", "en"])
    add("KL", stem: "заключени", endings: neuterIye)
    add("KL", stem: "вывод", endings: masculine)

    add("HD", stem: "instruction", endings: english)
    add("HD", stem: "guidance", endings: [""])
    add("HD", stem: "guideline", endings: english)
    add("HD", stem: "anleitung", endings: ["", "en"])
    add("HD", stem: "leitfaden", endings: ["", "s"])
    add("HD", stem: "инструкци", endings: feminineIya)
    add("HD", stem: "руководств", endings: neuterO)

    add("KH", stem: "plan", endings: ["", "s", "es", "e", "en"])  // also Pläne(n), folded
    add("KH", stem: "план", endings: masculine)

    add(nil, stem: "decree", endings: english)
    add(nil, stem: "dekret", endings: ["", "e", "s"])
    return table
  }()

  /// Two-syllable Vietnamese forms, folded and joined by one space.
  static let vietnameseWords: [String: Entry] = [
    "nghi quyet": Entry(typeCode: "NQ"),
    "chi thi": Entry(typeCode: "CT"),
    "quyet dinh": Entry(typeCode: "QD"),
    "quy dinh": Entry(typeCode: "QD"),
    "ket luan": Entry(typeCode: "KL"),
    "huong dan": Entry(typeCode: "HD"),
    "ke hoach": Entry(typeCode: "KH"),
    "nghi dinh": Entry(typeCode: nil),
  ]

  /// Folded words that may stand before the number: "No.", "Nr.", "số" (the dot is handled apart).
  static let numberMarkers: Set<String> = ["no", "nr", "so"]

  /// Folded issuer words that may stand between the type word and the number
  /// (`решением Политбюро № 242-QD/TW`, `Beschluss des Politbüros Nr. 242`).
  static let issuerNouns: Set<String> = [
    "политбюро", "секретариата", "цк", "politburos", "sekretariats", "zentralkomitees",
  ]

  /// Folded articles allowed before an issuer noun (`des Politbüros`).
  static let issuerArticles: Set<String> = ["des"]

  // MARK: Tables probed by the scanner

  /// What a folded word can be in front of a number.
  struct Role: Sendable {
    /// The entry of a single type word.
    var typeWord: Entry?
    /// Whether the word is the second syllable of a Vietnamese type word (`quyết`).
    var endsVietnameseWord = false
    var isIssuerNoun = false
    var isIssuerArticle = false
    var isNumberMarker = false
  }

  /// Every word of the tables above with its roles: one probe per word tells the scanner whether
  /// to look further (most words before a number have no role).
  static let roles: FoldedWordTable<Role> = {
    var roles: [String: Role] = [:]
    for (word, entry) in singleWords { roles[word, default: Role()].typeWord = entry }
    for pair in vietnameseWords.keys {
      guard let second = pair.split(separator: " ").last else { continue }
      roles[String(second), default: Role()].endsVietnameseWord = true
    }
    for word in issuerNouns { roles[word, default: Role()].isIssuerNoun = true }
    for word in issuerArticles { roles[word, default: Role()].isIssuerArticle = true }
    for word in numberMarkers { roles[word, default: Role()].isNumberMarker = true }
    return FoldedWordTable(roles)
  }()

  /// ``vietnameseWords`` probed by bytes.
  static let vietnamesePairs = FoldedWordTable(vietnameseWords)
}
