import LexNorm
import Testing

/// Lookup answers for part of a name (`partial`) and near misses (`fuzzy`), and names with one
/// damaged syllable in running text (`repaired`).
@Suite("Partial, fuzzy and repaired names")
struct NearMatchTests {
  static let lexicon = Lexicon(entities: [
    Entity(id: "person:nguyen-tan-dung", kind: .person, labels: [.vi: "Nguyễn Tấn Dũng"]),
    Entity(id: "person:pham-minh-chinh", kind: .person, labels: [.vi: "Phạm Minh Chính"]),
    Entity(id: "person:tran-van-ron", kind: .person, labels: [.vi: "Trần Văn Rón"]),
    Entity(id: "person:to-lam", kind: .person, labels: [.vi: "Tô Lâm"]),
    Entity(id: "person:truong-chinh", kind: .person, labels: [.vi: "Trường Chinh"]),
    Entity(id: "person:ho-chi-minh", kind: .person, labels: [.vi: "Hồ Chí Minh"]),
    Entity(id: "person:phung-quoc-hien", kind: .person, labels: [.vi: "Phùng Quốc Hiển"]),
    Entity(id: "place:hue", kind: .place, labels: [.vi: "Huế", .en: "Hue"]),
  ])
  static let annotator = Annotator(lexicon: lexicon)

  /// (query, first ID, its method chain, its score)
  static let lookups: [(query: String, id: String, method: [MatchMethod], score: Double)] = [
    ("Tấn Dũng", "person:nguyen-tan-dung", [.partial], 0.8),
    ("Tan Dung", "person:nguyen-tan-dung", [.partial], 0.8),
    ("Тан Зунг", "person:nguyen-tan-dung", [.partial, .transcribedRussian], 0.75),
    ("Nguyễn Dũng", "person:nguyen-tan-dung", [.partial], 0.8),
    ("Minh Chính", "person:pham-minh-chinh", [.partial], 0.8),
    ("Nguyne Tan Dung", "person:nguyen-tan-dung", [.fuzzy], 0.77),
    ("Pham Mihn Chinh", "person:pham-minh-chinh", [.fuzzy], 0.77),
    ("Pham Minh Chin", "person:pham-minh-chinh", [.fuzzy], 0.77),
    ("Pham Minh Chinhh", "person:pham-minh-chinh", [.fuzzy], 0.77),
    ("Tran Vann Ron", "person:tran-van-ron", [.fuzzy], 0.77),
    ("Nguy n Tấn Dũng", "person:nguyen-tan-dung", [.repaired], 0.72),
    // Damage marks are not punctuation inside a query; inflection and partial names still apply.
    ("Tr?n Văn Rón", "person:tran-van-ron", [.repaired], 0.72),
    ("Tr | ng Chinhs", "person:truong-chinh", [.inflected, .repaired], 0.66),
    ("T?n Dũng", "person:nguyen-tan-dung", [.partial, .repaired], 0.55),
    ("Tr?n Rón", "person:tran-van-ron", [.partial, .repaired], 0.55),
    // Whole forms still come first, with their own methods.
    ("Nguyễn Tấn Dũng", "person:nguyen-tan-dung", [.exact], 1),
    ("Pham Minh Chinh", "person:pham-minh-chinh", [.folded], 0.97),
  ]

  @Test(arguments: lookups)
  func lookupRanksTheIntendedPersonFirst(
    query: String, id: String, method: [MatchMethod], score: Double
  ) throws {
    let first = try #require(Self.annotator.lookup(query).first)
    #expect([first.id, "\(first.methods)", "\(first.score)"] == [id, "\(method)", "\(score)"])
  }

  /// Queries that must stay unanswered: a one-word given name with other diacritics, a lone
  /// damaged syllable, no intact syllable, sentence punctuation, two letters off in a syllable,
  /// an unrelated pair of syllables.
  @Test(arguments: [
    "Dùng", "Tr?n", "T?n D?ng", "Tô. Lâm", "Ngyne Tan Dung", "Pxxm Minh Chinh", "Văn Tấn",
    "Minh Lâm",
  ])
  func lookupAnswersNothing(query: String) {
    #expect(Self.annotator.lookup(query).map(\.id) == [])
  }

  /// (text, mention text, start byte, ID, method chain)
  static let repaired:
    [(text: String, surface: String, start: Int, id: String, method: [MatchMethod])] = [
      (
        "Ông Nguy n Tấn Dũng phát biểu.", "Nguy n Tấn Dũng", 5, "person:nguyen-tan-dung",
        [.repaired]
      ),
      (
        "Thủ tướng Ph m Minh Chính nói.", "Ph m Minh Chính", 15, "person:pham-minh-chinh",
        [.repaired]
      ),
      ("Ông Tr?n Văn Rón đến.", "Tr?n Văn Rón", 5, "person:tran-van-ron", [.repaired]),
      ("Ông Tr|n Văn Rón đến.", "Tr|n Văn Rón", 5, "person:tran-van-ron", [.repaired]),
      (
        "Ông Tr\u{FFFD}n Văn Rón đến.", "Tr\u{FFFD}n Văn Rón", 5, "person:tran-van-ron", [.repaired]
      ),
      ("Ông Tr\u{300}n Văn Rón đến.", "Tr\u{300}n Văn Rón", 5, "person:tran-van-ron", [.repaired]),
      ("Ông Phŕm Minh Chính nói.", "Phŕm Minh Chính", 5, "person:pham-minh-chinh", [.repaired]),
      ("Der Tr ng Chinh sprach.", "Tr ng Chinh", 4, "person:truong-chinh", [.repaired]),
      ("Der Tr | ng Chinh sprach.", "Tr | ng Chinh", 4, "person:truong-chinh", [.repaired]),
      ("Onkel H Chí Minh sprach.", "H Chí Minh", 6, "person:ho-chi-minh", [.repaired]),
    ]

  @Test(arguments: repaired)
  func damagedSyllableInAName(
    text: String, surface: String, start: Int, id: String, method: [MatchMethod]
  ) throws {
    let mention = try #require(Self.annotator.annotate(text).first)
    #expect(mention.text == surface)
    #expect([mention.start, mention.end] == [start, start + surface.utf8.count])
    #expect([mention.id, "\(mention.methods)"] == [id, "\(method)"])
    #expect(mention.score < 0.8)
  }

  /// Russian spellings attested in the press beyond the rules: `пх` for `ph`.
  @Test(arguments: [
    ("Посол Пхунг Куок Хиен прибыл.", "Пхунг Куок Хиен", 11, "person:phung-quoc-hien"),
    ("С Пхам Минь Тинем говорили.", "Пхам Минь Тинем", 3, "person:pham-minh-chinh"),
  ])
  func attestedRussianSpellings(text: String, surface: String, start: Int, id: String) throws {
    let mention = try #require(Self.annotator.annotate(text).first)
    #expect([mention.text, mention.id] == [surface, id])
    #expect([mention.start, mention.end] == [start, start + surface.utf8.count])
    #expect(mention.methods.contains(.transcribedRussian))
  }

  /// Damaged text never yields a one-syllable name, nor a name without an intact syllable.
  @Test(arguments: [
    "Ông T? L?m đến.", "Tr?n said: what?", "Ông L m nói.", "Ph m M nh Ch nh", "Is it Tô?",
    "Ông Tr?n nói.",
  ])
  func damagedTextWithoutAnIntactNameIsNoMention(text: String) {
    #expect(Self.annotator.annotate(text).filter { $0.kind == .person }.map(\.text) == [])
  }

  /// `Hue` of a document that names Vuong Dinh Hue is him, except where a place stands.
  @Test(arguments: [
    (
      "Vuong Dinh Hue resigned. Hue was chairman.",
      ["person:vuong-dinh-hue", "person:vuong-dinh-hue"]
    ),
    ("Vuong Dinh Hue flew to Hue.", ["person:vuong-dinh-hue", "place:hue"]),
    ("Vuong Dinh Hue visited Hue city.", ["person:vuong-dinh-hue", "place:hue"]),
    ("Hue is a city. Vuong Dinh Hue was born in Nghe An.", ["place:hue", "person:vuong-dinh-hue"]),
  ])
  func givenNameOverAOneWordPlace(text: String, ids: [String]) {
    let lexicon = Lexicon(
      entities: Self.lexicon.entities + [
        Entity(id: "person:vuong-dinh-hue", kind: .person, labels: [.vi: "Vương Đình Huệ"])
      ])
    #expect(Annotator(lexicon: lexicon).annotate(text).map(\.id) == ids)
  }
}
