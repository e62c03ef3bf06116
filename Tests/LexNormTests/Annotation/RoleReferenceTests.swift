import LexNorm
import Testing

/// Bare titles resolved to the person the document names with them (`role-in-document`), and
/// the words after a title that make it another country's office (made-up sentences and names).
@Suite("Role references: the document's own holder, other countries' offices")
struct RoleReferenceTests {
  static let annotator = Annotator(
    lexicon: Lexicon(entities: [
      Entity(
        id: "person:pham-minh-chinh", kind: .person, labels: [.vi: "Phạm Minh Chính"],
        roles: [Role(title: "title:prime-minister", from: CalendarDate(iso8601: "2021-04-05"))]),
      Entity(
        id: "person:nguyen-xuan-phuc", kind: .person, labels: [.vi: "Nguyễn Xuân Phúc"],
        roles: [
          Role(
            title: "title:prime-minister", from: CalendarDate(iso8601: "2016-04-07"),
            until: CalendarDate(iso8601: "2021-04-05"))
        ]),
      Entity(
        id: "person:luong-cuong", kind: .person, labels: [.vi: "Lương Cường"],
        roles: [Role(title: "title:president", from: CalendarDate(iso8601: "2024-10-21"))]),
      Entity(
        id: "title:president", kind: .title,
        labels: [.vi: "Chủ tịch nước", .en: "President", .de: "Präsident", .ru: "Президент"]),
      Entity(
        id: "title:prime-minister", kind: .title,
        labels: [.vi: "Thủ tướng", .en: "Prime Minister", .de: "Premierminister"]),
      Entity(id: "title:general-secretary", kind: .title, labels: [.vi: "Tổng Bí thư"]),
    ]))

  /// Titles as (span, ID, refers_to, method chain).
  static func titles(_ text: String, on date: String? = nil) -> [String] {
    let options = AnnotationOptions(date: date.flatMap { CalendarDate(iso8601: $0) })
    return annotator.annotate(text, options: options).filter { $0.kind == .title }.map {
      "\($0.start)..<\($0.end) \($0.id) \($0.refersTo ?? "-") \($0.methods.map(\.rawValue))"
    }
  }

  @Test(
    arguments: [
      // No date: the one person the document names with the title.
      (
        "Premierminister Pham Minh Chinh reiste ab. Der Premierminister sagte nichts.", nil,
        [
          "0..<15 title:prime-minister - [\"exact\"]",
          "47..<62 title:prime-minister person:pham-minh-chinh [\"exact\", \"role-in-document\"]",
        ]
      ),
      // Before the name too: the document is read whole.
      (
        "Der Premierminister sagte nichts. Premierminister Pham Minh Chinh reiste ab.", nil,
        [
          "4..<19 title:prime-minister person:pham-minh-chinh [\"exact\", \"role-in-document\"]",
          "34..<49 title:prime-minister - [\"exact\"]",
        ]
      ),
      // The date's holder agrees: both reasons in the chain.
      (
        "Prime Minister Pham Minh Chinh left. The Prime Minister said.", "2024-05-01",
        [
          "0..<14 title:prime-minister - [\"exact\"]",
          "41..<55 title:prime-minister person:pham-minh-chinh [\"exact\", \"role\", \"role-in-document\"]",
        ]
      ),
      // The document names another holder than the date's: abstain.
      (
        "Prime Minister Nguyen Xuan Phuc left. The Prime Minister said.", "2024-05-01",
        [
          "0..<14 title:prime-minister - [\"exact\"]",
          "42..<56 title:prime-minister - [\"exact\"]",
        ]
      ),
      // Two persons named with the title: abstain.
      (
        "Prime Minister Nguyen Xuan Phuc and Prime Minister Pham Minh Chinh met. The Prime Minister said.",
        nil,
        [
          "0..<14 title:prime-minister - [\"exact\"]",
          "36..<50 title:prime-minister - [\"exact\"]",
          "76..<90 title:prime-minister - [\"exact\"]",
        ]
      ),
      // The document names another holder of the office (a predecessor): abstain.
      (
        "Prime Minister Pham Minh Chinh met Nguyen Xuan Phuc. The Prime Minister said.", nil,
        [
          "0..<14 title:prime-minister - [\"exact\"]",
          "57..<71 title:prime-minister - [\"exact\"]",
        ]
      ),
      // Five years written: a history or career summary, the office through time.
      (
        "Premierminister Pham Minh Chinh war 1990, 1995, 2000, 2005 und 2010 dort. Der Premierminister sagte nichts.",
        nil,
        [
          "0..<15 title:prime-minister - [\"exact\"]",
          "78..<93 title:prime-minister - [\"exact\"]",
        ]
      ),
      // An indefinite article: one of the office's holders, not the date's holder.
      (
        "Police arrested a Prime Minister once. Ein Premierminister fehlte. The Prime Minister said.",
        "2024-05-01",
        [
          "18..<32 title:prime-minister - [\"exact\"]",
          "43..<58 title:prime-minister - [\"exact\"]",
          "71..<85 title:prime-minister person:pham-minh-chinh [\"exact\", \"role\"]",
        ]
      ),
      // A modified title does not make its name the document's holder.
      (
        "Former Prime Minister Nguyen Xuan Phuc spoke. The Prime Minister said.", nil,
        [
          "7..<21 title:prime-minister - [\"exact\"]",
          "50..<64 title:prime-minister - [\"exact\"]",
        ]
      ),
    ] as [(String, String?, [String])])
  func documentHolder(text: String, date: String?, expected: [String]) {
    #expect(Self.titles(text, on: date) == expected)
  }

  @Test(arguments: [
    // A foreign name of non-Vietnamese shape after the title.
    ("The President Kowalczyk spoke with the envoy.", [String]()),
    ("Er traf Präsident Oberhauser in Wien.", []),
    // After an initial.
    ("Президент К. Смирнов встретился с делегацией.", []),
    // A foreign country, after link words.
    ("Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào đến Hà Nội.", []),
    ("She met the Prime Minister of Singapore on Monday.", []),
    // Chained by a comma to a foreign office, and the foreign name seen again.
    (
      "Ông gặp Tổng Bí thư, Chủ tịch nước Trung Quốc Vương Hạo Nhiên. Chủ tịch nước Vương Hạo Nhiên nói.",
      []
    ),
    // A foreign name ending a chain of further office words after the title.
    ("She was invited by Prime Minister and Minister for Finance Karel Oberhauser.", []),
    ("Er traf den Präsident des Gastgeberlandes Karel Oberhauser.", []),
    // An office of the legislature, not the title alone.
    ("The President of the National Assembly spoke.", []),
    ("Der Präsident der Nationalversammlung sprach.", []),
  ])
  func foreignOffice(text: String, expected: [String]) {
    #expect(Self.titles(text, on: "2025-07-19") == expected)
  }

  @Test(arguments: [
    // A headline capitalises every word: `Visits` is no foreign name.
    (
      "Prime Minister Visits Hanoi Again",
      ["0..<14 title:prime-minister person:pham-minh-chinh [\"exact\", \"role\"]"]
    ),
    // `Vietnams` names the country whose office it is.
    (
      "Der Präsident Vietnams sagte zu.",
      ["4..<14 title:president person:luong-cuong [\"exact\", \"role\"]"]
    ),
    // A Roman numeral after the title is a term, not a foreign name.
    (
      "Chủ tịch nước Khóa XII phát biểu.",
      ["0..<20 title:president person:luong-cuong [\"exact\", \"role\"]"]
    ),
    // A Vietnamese name the lexicon lacks is no foreign name.
    ("Präsident Tran Van Binh sprach.", ["0..<10 title:president - [\"exact\"]"]),
    // A chain of office words ending in a person the lexicon knows.
    (
      "Prime Minister and Minister for Finance Pham Minh Chinh spoke.",
      ["0..<14 title:prime-minister - [\"exact\"]"]
    ),
    // One capitalised noun after link words is no name.
    (
      "Der Präsident des Landes sagte zu.",
      ["4..<14 title:president person:luong-cuong [\"exact\", \"role\"]"]
    ),
  ])
  func notForeign(text: String, expected: [String]) {
    #expect(Self.titles(text, on: "2025-07-19") == expected)
  }
}
