import LexNorm
import Testing

/// The error classes a measurement on unseen real text found (issue 12, items 4 and 8), each
/// with made-up sentences: what is linked (ID, byte offsets, method chain) and, for every
/// guard, a sentence it must reject.
@Suite("Unseen-text precision")
struct UnseenTextPrecisionTests {
  static let president = "title:president"
  static let lexicon = Lexicon(entities: [
    Entity(id: "person:tran-van-phat", kind: .person, labels: [.vi: "Trần Văn Phát"]),
    Entity(id: "person:nguyen-viet-tien", kind: .person, labels: [.vi: "Nguyễn Viết Tiến"]),
    Entity(id: "person:nguyen-thi-hoa", kind: .person, labels: [.vi: "Nguyễn Thị Hòa"]),
    Entity(
      id: "person:tran-van-nam", kind: .person, labels: [.vi: "Trần Văn Nam"],
      roles: [
        Role(
          title: president, from: CalendarDate(iso8601: "1992-09-23"),
          until: CalendarDate(iso8601: "1997-09-24"))
      ], isAmbiguous: true),
    Entity(
      id: "person:tran-van-nam-cc", kind: .person, labels: [.vi: "Trần Văn Nam"],
      roles: [
        Role(title: "title:central-committee-member", from: CalendarDate(iso8601: "2021-01-30"))
      ], isAmbiguous: true),
    Entity(
      id: "person:luong-cuong", kind: .person, labels: [.vi: "Lương Cường"],
      roles: [Role(title: president, from: CalendarDate(iso8601: "2024-10-21"))]),
    Entity(
      id: "person:to-lam", kind: .person, labels: [.vi: "Tô Lâm"],
      roles: [
        Role(title: "title:general-secretary", from: CalendarDate(iso8601: "2024-08-03"))
      ]),
    Entity(
      id: "person:dao-hong-lan", kind: .person, labels: [.vi: "Đào Hồng Lan"],
      roles: [Role(title: "title:minister-of-health", from: CalendarDate(iso8601: "2022-06-09"))]
    ),
    Entity(
      id: president, kind: .title,
      labels: [.vi: "Chủ tịch nước", .en: "President", .de: "Präsident", .ru: "Президент"],
      hasSingleHolder: true),
    Entity(
      id: "title:general-secretary", kind: .title,
      labels: [.vi: "Tổng Bí thư", .en: "General Secretary", .de: "Generalsekretär"],
      aliases: [.en: ["Party chief"], .de: ["Parteichef"]], hasSingleHolder: true),
    Entity(
      id: "title:minister-of-health", kind: .title,
      labels: [.en: "Minister of Health"], aliases: [.en: ["health minister"]],
      hasSingleHolder: true),
    Entity(
      id: "title:minister-of-foreign-affairs", kind: .title,
      labels: [.en: "Foreign Minister", .de: "Außenminister", .ru: "министр иностранных дел"],
      hasSingleHolder: true),
    Entity(id: "place:hanoi", kind: .place, labels: [.vi: "Hà Nội", .en: "Hanoi"]),
  ])
  static let annotator = Annotator(lexicon: lexicon)
  static let onDate = AnnotationOptions(date: CalendarDate(iso8601: "2025-07-19"))

  /// Persons as `start..<end id [methods]`.
  static func persons(_ text: String, options: AnnotationOptions = AnnotationOptions()) -> [String]
  {
    annotator.annotate(text, options: options).filter { $0.kind == .person }.map {
      "\($0.start)..<\($0.end) \($0.id) \($0.methods.map(\.rawValue))"
    }
  }

  /// Titles as `start..<end id refers_to [methods]` on 2025-07-19.
  static func titles(_ text: String) -> [String] {
    annotator.annotate(text, options: onDate).filter { $0.kind == .title }.map {
      "\($0.start)..<\($0.end) \($0.id) \($0.refersTo ?? "-") \($0.methods.map(\.rawValue))"
    }
  }

  /// Class 1: in Vietnamese text, a sentence's first word that starts a compound is no short
  /// form; after a word such as `ông` the syllable still is one.
  @Test(arguments: [
    (
      "Ông Trần Văn Phát phát biểu. Phát triển kinh tế là ưu tiên.",
      ["5..<22 person:tran-van-phat [\"exact\"]"]
    ),
    (
      "Trần Văn Phát phát biểu. Sau đó ông Phát nói thêm.",
      [
        "0..<17 person:tran-van-phat [\"exact\"]",
        "46..<51 person:tran-van-phat [\"short-form\"]",
      ]
    ),
    // Followed by punctuation, not a lower-case syllable: still the short form.
    (
      "Trần Văn Phát phát biểu. Phát: tôi đồng ý.",
      [
        "0..<17 person:tran-van-phat [\"exact\"]",
        "32..<37 person:tran-van-phat [\"short-form\"]",
      ]
    ),
  ])
  func sentenceInitialCompound(text: String, expected: [String]) {
    #expect(Self.persons(text) == expected)
  }

  /// Class 2: after an initial and its dot, a name word is someone else's abbreviated name.
  @Test(arguments: [
    (
      "Ông Trần Văn Phát đến. Ảnh: T.Phát. Tin: N. Phát.",
      ["5..<22 person:tran-van-phat [\"exact\"]"]
    ),
    // Without the initial the short form stands.
    (
      "Ông Trần Văn Phát đến. Tin: ông Phát.",
      [
        "5..<22 person:tran-van-phat [\"exact\"]",
        "41..<46 person:tran-van-phat [\"short-form\"]",
      ]
    ),
  ])
  func initialBeforeName(text: String, expected: [String]) {
    #expect(Self.persons(text) == expected)
  }

  /// Class 3: a name written with diacritics other than the lexicon's is another person; the
  /// tone's position (`Hoà`, `Hòa`) and text without any diacritics still match.
  @Test(arguments: [
    (
      "Ông Nguyễn Viết Tiến và ông Nguyễn Việt Tiến.",
      ["5..<27 person:nguyen-viet-tien [\"exact\"]"]
    ),
    ("Bà Nguyễn Thị Hoà phát biểu.", ["4..<23 person:nguyen-thi-hoa [\"folded\"]"]),
    ("Nguyen Viet Tien said.", ["0..<16 person:nguyen-viet-tien [\"folded\"]"]),
    ("Ông Nguyễn Việt Tiến phát biểu.", []),
  ])
  func toneExactNames(text: String, expected: [String]) {
    #expect(Self.persons(text) == expected)
  }

  /// Class 4: a title beside one of two namesakes picks the one who held it, also when that
  /// was before the document's date (`former`, `nguyên`).
  @Test(arguments: [
    (
      "The former President Trần Văn Nam spoke.",
      ["21..<36 person:tran-van-nam [\"exact\", \"role\"]"]
    ),
    (
      "Nguyên Chủ tịch nước Trần Văn Nam phát biểu.",
      ["29..<44 person:tran-van-nam [\"exact\", \"role\"]"]
    ),
  ])
  func namesakeByFormerTitle(text: String, expected: [String]) {
    #expect(Self.persons(text, options: Self.onDate) == expected)
  }

  @Test func namesakeWithoutTitleStaysAmbiguous() throws {
    let mention = try #require(
      Self.annotator.annotate("Trần Văn Nam spoke.", options: Self.onDate).first)
    #expect(
      Set([mention.id] + mention.alternatives) == ["person:tran-van-nam", "person:tran-van-nam-cc"])
  }

  /// Class 5: a bare title resolves only when nothing places it in another time or beside a
  /// person: a past year of its paragraph outside the holder's term, a copula before it.
  @Test(arguments: [
    (
      "The health minister said the plan worked.",
      ["4..<19 title:minister-of-health person:dao-hong-lan [\"exact\", \"role\"]"]
    ),
    (
      "The plan began in 2020. The health minister said it worked.",
      ["28..<43 title:minister-of-health - [\"exact\"]"]
    ),
    // A later year is a goal, not the time of the text.
    (
      "The target is 2045. The health minister said it will work.",
      ["24..<39 title:minister-of-health person:dao-hong-lan [\"exact\", \"role\"]"]
    ),
    // A span of years is an anniversary or a term, not the paragraph's time.
    (
      "The health minister spoke. It marks 50 years (1975–2025).",
      ["4..<19 title:minister-of-health person:dao-hong-lan [\"exact\", \"role\"]"]
    ),
    ("He was President then.", ["7..<16 title:president - [\"exact\"]"]),
    ("Er ist Präsident.", ["7..<17 title:president - [\"exact\"]"]),
  ])
  func roleReferenceGuards(text: String, expected: [String]) {
    #expect(Self.titles(text) == expected)
  }

  /// Class 6: a national office narrowed to a province or city, another body's head, or a
  /// multilateral body's minister is not the Vietnamese office.
  @Test(arguments: [
    ("The party chief of Hanoi said.", []),
    ("Hanoi party chief Tô Lâm said.", []),
    ("Der Parteichef der Provinz sagte.", []),
    ("Der Präsident des Europäischen Rates sagte.", []),
    ("Президент Европейского совета заявил.", []),
    ("Der ASEAN-Außenminister sagte.", []),
    ("Встреча министра иностранных дел АСЕАН.", []),
    // Kept: the national office, a place before it after a preposition, the country.
    (
      "The party chief said.",
      ["4..<15 title:general-secretary person:to-lam [\"exact\", \"role\"]"]
    ),
    (
      "In Hanoi President Lương Cường said.",
      ["9..<18 title:president - [\"exact\"]"]
    ),
    ("The President of the council met.", []),
    (
      "Der Präsident sprach vor dem Rat.",
      ["4..<14 title:president person:luong-cuong [\"exact\", \"role\"]"]
    ),
  ])
  func narrowerOffices(text: String, expected: [String]) {
    #expect(Self.titles(text) == expected)
  }

  /// Class 7: press wordings of offices the bundled lexicon has (`Lexicons/titles*.yaml`).
  @Test(arguments: [
    ("Спикер парламента заявил.", "0..<33 title:chairman-of-national-assembly"),
    (
      "Der Parteisekretär der Provinz sagte.",
      "4..<31 title:secretary-of-provincial-party-committee"
    ),
    ("Chủ tịch UBND tỉnh phát biểu.", "0..<24 title:chairman-of-provincial-peoples-committee"),
    ("Chủ tịch HĐND tỉnh phát biểu.", "0..<25 title:chairman-of-provincial-peoples-council"),
    ("Ông là Ủy viên Trung ương.", "9..<32 title:central-committee-member"),
    (
      "Глава Организационного отдела ЦК КПВ заявил.",
      "0..<68 title:head-of-central-organizing-commission"
    ),
    ("Министр информации заявил.", "0..<35 title:minister-of-information-and-communications"),
  ])
  func pressWordingsOfOffices(text: String, expected: String) throws {
    let annotator = Annotator(lexicon: try Lexicon.bundled())
    let titles = annotator.annotate(text).filter { $0.kind == .title }
    #expect(titles.map { "\($0.start)..<\($0.end) \($0.id)" } == [expected])
  }
}
