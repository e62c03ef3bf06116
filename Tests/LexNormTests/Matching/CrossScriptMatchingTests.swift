import Testing

@testable import LexNorm

/// The core promise: with persons that hold ONLY a `vi` label, every written form reaches the
/// right ID as the top candidate.
@Suite("Cross-script matching")
struct CrossScriptMatchingTests {
  static let persons: [(id: String, vi: String)] = [
    ("person:to-lam", "Tô Lâm"),
    ("person:luong-cuong", "Lương Cường"),
    ("person:truong-thi-mai", "Trương Thị Mai"),
    ("person:tran-cam-tu", "Trần Cẩm Tú"),
    ("person:le-hoai-trung", "Lê Hoài Trung"),
    ("person:tran-van-ron", "Trần Văn Rón"),
    ("person:nguyen-phu-trong", "Nguyễn Phú Trọng"),
  ]

  static let annotator = Annotator(
    lexicon: Lexicon(
      entities: persons.map { Entity(id: $0.id, kind: .person, labels: [.vi: $0.vi]) } + [
        Entity(
          id: "title:general-secretary", kind: .title,
          labels: [
            .vi: "Tổng Bí thư", .en: "General Secretary", .de: "Generalsekretär",
            .ru: "Генеральный секретарь",
          ]),
        Entity(
          id: "organization:politburo", kind: .organization,
          labels: [.vi: "Bộ Chính trị", .en: "Politburo", .de: "Politbüro", .ru: "Политбюро"]),
      ]))

  static let forms: [(form: String, id: String, method: [MatchMethod])] = [
    ("Tô Lâm", "person:to-lam", [.exact]),
    ("TÔ LÂM", "person:to-lam", [.exact]),
    ("To\u{0302} La\u{0302}m", "person:to-lam", [.exact]),
    ("To Lam", "person:to-lam", [.folded]),
    ("То Лам", "person:to-lam", [.transcribedRussian]),
    ("Тô Лам", "person:to-lam", [.homoglyph, .transcribedRussian]),
    ("То Лама", "person:to-lam", [.transcribedRussian, .inflected]),
    ("То Ламом", "person:to-lam", [.transcribedRussian, .inflected]),
    ("To Lams", "person:to-lam", [.inflected]),
    ("Luong Cuong", "person:luong-cuong", [.folded]),
    ("Лыонг Кыонг", "person:luong-cuong", [.transcribedRussian]),
    ("Lyong Kyong", "person:luong-cuong", [.romanisedRussian]),
    ("Луонг Куонг", "person:luong-cuong", [.transcribedRussian]),
    ("Лыонгу Кыонгу", "person:luong-cuong", [.transcribedRussian, .inflected]),
    ("Лыонг Кыонгом", "person:luong-cuong", [.transcribedRussian, .inflected]),
    ("Truong Thi Mai", "person:truong-thi-mai", [.folded]),
    ("Чыонг Тхи Май", "person:truong-thi-mai", [.transcribedRussian]),
    ("Труонг Тхи Май", "person:truong-thi-mai", [.transcribedRussian]),
    ("Truong Thi Mais", "person:truong-thi-mai", [.inflected]),
    ("Tran Cam Tu", "person:tran-cam-tu", [.folded]),
    ("Чан Кам Ту", "person:tran-cam-tu", [.transcribedRussian]),
    ("Тран Кам Ту", "person:tran-cam-tu", [.transcribedRussian]),
    ("Chan Kam Tu", "person:tran-cam-tu", [.romanisedRussian]),
    ("Le Hoai Trung", "person:le-hoai-trung", [.folded]),
    ("Ле Хоай Чунг", "person:le-hoai-trung", [.transcribedRussian]),
    ("Le Khoay Chung", "person:le-hoai-trung", [.romanisedRussian]),
    ("Ле Хоай Чунга", "person:le-hoai-trung", [.transcribedRussian, .inflected]),
    ("Tran Van Ron", "person:tran-van-ron", [.folded]),
    ("Тран Ван Рон", "person:tran-van-ron", [.transcribedRussian]),
    ("Чан Ван Жон", "person:tran-van-ron", [.transcribedRussian]),
    ("Nguyen Phu Trong", "person:nguyen-phu-trong", [.folded]),
    ("Нгуен Фу Чонг", "person:nguyen-phu-trong", [.transcribedRussian]),
    ("Нгуена Фу Чонга", "person:nguyen-phu-trong", [.transcribedRussian, .inflected]),
  ]

  @Test(arguments: forms)
  func lookupFindsThePersonFirst(form: String, id: String, method: [MatchMethod]) throws {
    let candidates = Self.annotator.lookup(form)
    let top = try #require(candidates.first, "no candidate for \(form)")
    #expect(top.id == id)
    #expect(top.methods == method)
    #expect(top.score > 0 && top.score <= 1)
  }

  @Test(arguments: forms)
  func annotateFindsTheWholeNameInRunningText(form: String, id: String, method: [MatchMethod]) {
    let marked = MarkedText("Yesterday [\(form)|\(id)] said: ([\(form)|\(id)]).")
    let mentions = Self.annotator.annotate(marked.text)
    #expect(mentions.map(MarkedText.Mark.init) == marked.marks)
  }

  @Test(arguments: ["to", "mai", "lam", "Van", "Văn", "Tô", "Лыонг"])
  func commonWordsAndFragmentsAreNotNames(query: String) {
    #expect(Self.annotator.lookup(query).isEmpty)
  }

  /// A capitalised given name alone answers its persons, method `short-form`.
  @Test(arguments: [
    ("Lam", "person:to-lam", [MatchMethod.shortForm]),
    ("Лам", "person:to-lam", [.shortForm, .transcribedRussian]),
    ("Cuong", "person:luong-cuong", [.shortForm]),
    ("Кыонга", "person:luong-cuong", [.shortForm, .transcribedRussian, .inflected]),
  ])
  func givenNameAloneIsAShortForm(query: String, id: String, methods: [MatchMethod]) throws {
    let first = try #require(Self.annotator.lookup(query).first)
    #expect([first.id, "\(first.methods)"] == [id, "\(methods)"])
    #expect(first.score < 0.8)
  }

  @Test(arguments: ["to lam", "luong cuong said", "tran van"])
  func lowerCaseRunningTextIsNoName(text: String) {
    #expect(Self.annotator.annotate("Then \(text) went home.").isEmpty)
  }

  @Test(arguments: [
    ("Генерального секретаря", "title:general-secretary", [MatchMethod.inflected]),
    ("des Politbüros", "organization:politburo", [.inflected]),
    ("Политбюро", "organization:politburo", [.exact]),
    ("Generalsekretärs", "title:general-secretary", [.inflected]),
  ])
  func inflectedTitlesAndOrganizations(text: String, id: String, method: [MatchMethod]) throws {
    let mention = try #require(Self.annotator.annotate(text).last)
    #expect(mention.id == id)
    #expect(mention.methods == method)
  }

  @Test func anAmbiguousKeyReturnsEveryCandidateRanked() {
    let annotator = Annotator(
      lexicon: Lexicon(entities: [
        Entity(id: "person:nguyen-van-ha-1", kind: .person, labels: [.vi: "Nguyễn Văn Hà"]),
        Entity(id: "person:nguyen-van-ha-2", kind: .person, labels: [.vi: "Nguyễn Văn Hạ"]),
      ]))
    #expect(
      annotator.lookup("Nguyễn Văn Hạ").map(\.id) == [
        "person:nguyen-van-ha-2", "person:nguyen-van-ha-1",
      ])
    #expect(
      annotator.lookup("Nguyen Van Ha").map(\.id) == [
        "person:nguyen-van-ha-1", "person:nguyen-van-ha-2",
      ])
    let mention = annotator.annotate("Nguyen Van Ha spoke.").first
    #expect(mention?.id == "person:nguyen-van-ha-1")
    #expect(mention?.alternatives == ["person:nguyen-van-ha-2"])
  }
}
