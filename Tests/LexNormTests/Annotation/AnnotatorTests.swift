import Testing

@testable import LexNorm

@Suite("Annotator basics")
struct AnnotatorBasicsTests {
  static let lexicon = Lexicon(entities: [
    Entity(id: "person:to-lam", kind: .person, labels: [.vi: "Tô Lâm"]),
    Entity(id: "person:luong-cuong", kind: .person, labels: [.vi: "Lương Cường"]),
    Entity(
      id: "title:general-secretary", kind: .title,
      labels: [
        .vi: "Tổng Bí thư", .en: "General Secretary", .de: "Generalsekretär",
        .ru: "Генеральный секретарь",
      ]),
    Entity(
      id: "organization:politburo", kind: .organization,
      labels: [.vi: "Bộ Chính trị", .en: "Politburo", .de: "Politbüro", .ru: "Политбюро"]),
  ])

  @Test func findsNamesAndTitlesWithExactOffsets() {
    let marked = MarkedText(
      "[General Secretary|title:general-secretary] [To Lam|person:to-lam] met "
        + "[Luong Cuong|person:luong-cuong]; to lam is not a name. [Tô Lâm|person:to-lam] spoke.")
    let mentions = Annotator(lexicon: Self.lexicon).annotate(marked.text)
    let bytes = Array(marked.text.utf8)
    #expect(mentions.map(MarkedText.Mark.init) == marked.marks)
    for mention in mentions {
      #expect(String(decoding: bytes[mention.start..<mention.end], as: UTF8.self) == mention.text)
    }
    #expect(mentions.map(\.methods) == [[.exact], [.folded], [.folded], [.exact]])
  }

  @Test func lookupNeedsAWholeNameOrAGivenName() {
    let annotator = Annotator(lexicon: Self.lexicon)
    #expect(annotator.lookup("Lam").map(\.methods) == [[.shortForm]])
    #expect(annotator.lookup("to").isEmpty)
    #expect(annotator.lookup("Tô").isEmpty)
    #expect(annotator.lookup("to lam").map(\.id) == ["person:to-lam"])
    #expect(annotator.lookup("TÔ LÂM").first?.methods == [.exact])
  }
}

@Suite("Short forms, roles and dates")
struct ResolutionTests {
  static let lexicon = Lexicon(entities: [
    Entity(
      id: "person:to-lam", kind: .person, labels: [.vi: "Tô Lâm"],
      roles: [
        Role(title: "title:general-secretary", from: CalendarDate(iso8601: "2024-08-03")),
        Role(
          title: "title:president", from: CalendarDate(iso8601: "2024-05-22"),
          until: CalendarDate(iso8601: "2024-10-21")),
      ]),
    Entity(
      id: "person:luong-cuong", kind: .person, labels: [.vi: "Lương Cường"],
      roles: [Role(title: "title:president", from: CalendarDate(iso8601: "2024-10-21"))]),
    Entity(id: "person:truong-thi-mai", kind: .person, labels: [.vi: "Trương Thị Mai"]),
    Entity(id: "person:nguyen-van-mai", kind: .person, labels: [.vi: "Nguyễn Văn Mai"]),
    Entity(
      id: "title:general-secretary", kind: .title,
      labels: [.en: "General Secretary", .ru: "Генеральный секретарь"]),
    Entity(id: "title:president", kind: .title, labels: [.en: "President", .ru: "Президент"]),
  ])

  /// A short form may come before the full name (a headline): the document is read twice.
  @Test func givenNameBeforeAndAfterTheFullName() {
    let marked = MarkedText(
      "[Cuong|person:luong-cuong] arrived. [Luong Cuong|person:luong-cuong] spoke; "
        + "later [Cuong|person:luong-cuong] and Truong Mai left.")
    let mentions = Annotator(lexicon: Self.lexicon).annotate(marked.text)
    #expect(mentions.map(MarkedText.Mark.init) == marked.marks)
    #expect(mentions.map(\.methods) == [[.shortForm], [.folded], [.shortForm]])
  }

  @Test func familyAndGivenName() {
    let text = "Truong Thi Mai and Nguyen Van Mai met. Truong Mai spoke, then Mai left."
    let mentions = Annotator(lexicon: Self.lexicon).annotate(text)
    // "Mai" alone is ambiguous in this document: two persons named Mai were mentioned.
    #expect(mentions.map(\.text) == ["Truong Thi Mai", "Nguyen Van Mai", "Truong Mai"])
    #expect(mentions.last?.id == "person:truong-thi-mai")
  }

  @Test(arguments: [
    ("On 2025-07-19 the President said.", "person:luong-cuong"),
    ("On 19 July 2024 the President said.", "person:to-lam"),
    ("Am 19. Juli 2025 sagte der President.", "person:luong-cuong"),
    ("19 июля 2024 года Президент сказал.", "person:to-lam"),
    ("Ngày 12/3/2025, President.", "person:luong-cuong"),
  ])
  func bareTitleRefersToTheHolderOnTheDocumentDate(text: String, holder: String) throws {
    let mentions = Annotator(lexicon: Self.lexicon).annotate(text)
    let title = try #require(mentions.first { $0.kind == .title })
    #expect(title.refersTo == holder)
    #expect(title.methods.last == .role)
  }

  @Test func titleNextToANameIsNoRoleReference() {
    let mentions = Annotator(lexicon: Self.lexicon).annotate(
      "President Luong Cuong met General Secretary To Lam.",
      options: AnnotationOptions(date: CalendarDate(iso8601: "2025-01-01")))
    #expect(
      mentions.map(\.id) == [
        "title:president", "person:luong-cuong", "title:general-secretary", "person:to-lam",
      ])
    #expect(mentions.allSatisfy { $0.refersTo == nil })
  }

  @Test func explicitDateWinsOverTheText() {
    let mentions = Annotator(lexicon: Self.lexicon).annotate(
      "On 2025-07-19 the President said.",
      options: AnnotationOptions(date: CalendarDate(iso8601: "2024-06-01")))
    #expect(mentions.first?.refersTo == "person:to-lam")
  }

  @Test func normalizeRewritesOnlyTheMentions() {
    let annotator = Annotator(lexicon: Self.lexicon)
    #expect(
      annotator.normalize("Luong Cuong, the President, met TO LAM.", to: .vi)
        == "Lương Cường, the President, met Tô Lâm.")
    #expect(annotator.normalize("Nothing here.", to: .en) == "Nothing here.")
  }
}

@Suite("Document references in running text")
struct DocumentMentionTests {
  static let lexicon = Lexicon(entities: [
    Entity(
      id: "document:173-kh-tu-quang-binh", kind: .document,
      labels: [.vi: "Kế hoạch số 173-KH/TU", .en: "Plan No. 173-KH/TU"]),
    Entity(id: "organization:politburo", kind: .organization, labels: [.ru: "Политбюро"]),
  ])

  @Test func referencesLinkToTheLexiconOrGetANormalizedID() {
    let text = "Plan No. 173-KH/TU and Resolution No. 18-NQ/TW; решением Политбюро № 242-QD/TW."
    let mentions = Annotator(lexicon: Self.lexicon).annotate(
      text, options: .init(labelLanguage: .en))
    #expect(
      mentions.map(\.id) == [
        "document:173-kh-tu-quang-binh", "document:18-nq-tw", "document:242-qd-tw",
      ])
    #expect(mentions.map(\.label) == ["Plan No. 173-KH/TU", "18-NQ/TW", "242-QD/TW"])
    #expect(
      mentions.map(\.text) == [
        "Plan No. 173-KH/TU", "Resolution No. 18-NQ/TW", "решением Политбюро № 242-QD/TW",
      ])
    #expect(mentions.map(\.score) == [1, 0.9, 0.9])
  }

  @Test func anIDThatRefinesTheCodeLinksWithoutACodeInTheLabels() {
    let annotator = Annotator(
      lexicon: Lexicon(entities: [
        Entity(
          id: "document:02-hd-tu-quang-binh", kind: .document,
          labels: [.en: "Quang Binh instruction on cadre work"])
      ]))
    let mentions = annotator.annotate("Under Instruction No. 02-HD/TU and 03-HD/TU.")
    #expect(mentions.map(\.id) == ["document:02-hd-tu-quang-binh", "document:03-hd-tu"])
    #expect(mentions.map(\.score) == [1, 0.9])
  }
}

@Suite("Precision guards")
struct PrecisionGuardTests {
  static let annotator = Annotator(
    lexicon: Lexicon(entities: [
      Entity(id: "person:to-lam", kind: .person, labels: [.vi: "Tô Lâm"]),
      Entity(id: "person:truong-thi-mai", kind: .person, labels: [.vi: "Trương Thị Mai"]),
      Entity(id: "person:huynh-viet-han", kind: .person, labels: [.vi: "Huỳnh Việt Hàn"]),
      Entity(id: "organization:government", kind: .organization, labels: [.en: "Government"]),
      Entity(
        id: "title:president", kind: .title,
        labels: [.vi: "Chủ tịch nước", .en: "President", .ru: "Президент"]),
      Entity(
        id: "organization:provincial-peoples-council", kind: .organization,
        labels: [.en: "Provincial People's Council"]),
    ]))

  @Test(arguments: [
    ("To Lam's speech", [("To Lam", "person:to-lam")]),
    (
      "the Provincial People's Council met",
      [("Provincial People's Council", "organization:provincial-peoples-council")]
    ),
    ("see https://vpctn.gov.vn/tin-tuc/chu-tich-nuoc-chu-tri and www.to-lam.vn", []),
    (
      "governing and governance are not the Government", [("Government", "organization:government")]
    ),
    ("the Governments met", [("Governments", "organization:government")]),
    (
      "Президента и президенту",
      [("Президента", "title:president"), ("президенту", "title:president")]
    ),
    (
      "Truong Thi Mai came in May; Mai spoke.",
      [("Truong Thi Mai", "person:truong-thi-mai"), ("Mai", "person:truong-thi-mai")]
    ),
    (
      "Huynh Viet Han visited. Hans and Hàng stayed; Hàn left.",
      [("Huynh Viet Han", "person:huynh-viet-han"), ("Hàn", "person:huynh-viet-han")]
    ),
  ])
  func spans(text: String, expected: [(String, String)]) {
    let mentions = Self.annotator.annotate(text)
    #expect(mentions.map(\.text) == expected.map(\.0))
    #expect(mentions.map(\.id) == expected.map(\.1))
  }
}

@Suite("Lower-case word filter")
struct LowercaseWordFilterTests {
  static let filter = LowercaseWordFilter(
    vocabulary: ["f:standiger", "g:standig", "f:секретарь", "r:секретар", "f:nhung", "n:kuong"])

  @Test(arguments: [
    ("ständiger", true), ("standiger", true), ("stand", true), ("secretary", false),
    ("секретаря", true), ("сектор", true), ("политбюро", false), ("những", true),
    ("nhà", false), ("ёлка", false), ("и\u{0306}", true),
  ])
  func mayMatch(word: String, expected: Bool) {
    var word = word
    let isASCII = word.utf8.allSatisfy { $0 < 0x80 }
    #expect(word.withUTF8 { Self.filter.mayMatch($0[...], isASCII: isASCII) } == expected)
  }
}

@Suite("Nested mentions")
struct NestedMentionTests {
  static let annotator = Annotator(
    lexicon: Lexicon(entities: [
      Entity(id: "organization:politburo", kind: .organization, labels: [.en: "Politburo"]),
      Entity(
        id: "title:politburo-member", kind: .title,
        labels: [.en: "Politburo member"], aliases: [.en: ["member of the Politburo"]]),
      Entity(id: "person:ho-chi-minh", kind: .person, labels: [.vi: "Hồ Chí Minh"]),
      Entity(id: "place:ho-chi-minh-city", kind: .place, labels: [.en: "Ho Chi Minh City"]),
    ]))

  @Test func entitiesInsideLongerOnesOnlyWhenAskedFor() {
    let flat = MarkedText(
      "A [member of the Politburo|title:politburo-member] visited "
        + "[Ho Chi Minh City|place:ho-chi-minh-city].")
    #expect(Self.annotator.annotate(flat.text).map(MarkedText.Mark.init) == flat.marks)
    // The organization nests in the title; the person's name stays part of the city.
    let nested = MarkedText(
      "A [member of the [Politburo|organization:politburo]|title:politburo-member] visited "
        + "[Ho Chi Minh City|place:ho-chi-minh-city].")
    let found = Self.annotator.annotate(
      nested.text, options: AnnotationOptions(includesNested: true))
    #expect(found.map(MarkedText.Mark.init) == nested.marks)
  }
}
