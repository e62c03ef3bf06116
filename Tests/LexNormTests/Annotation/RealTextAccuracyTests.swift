import Testing

@testable import LexNorm

/// The mechanisms that real news needs (issue 12), each with made-up sentences: short forms
/// anywhere in the document and their precision guards, role references that abstain when the
/// context points elsewhere, and the Russian media's `ть`/`нь` before `и`.
@Suite("Real-text accuracy")
struct RealTextAccuracyTests {
  static let annotator = Annotator(
    lexicon: Lexicon(entities: [
      Entity(id: "person:vuong-dinh-hue", kind: .person, labels: [.vi: "Vương Đình Huệ"]),
      Entity(
        id: "person:luong-cuong", kind: .person, labels: [.vi: "Lương Cường"],
        roles: [Role(title: "title:president", from: CalendarDate(iso8601: "2024-10-21"))]),
      Entity(id: "person:to-lam", kind: .person, labels: [.vi: "Tô Lâm"]),
      Entity(id: "person:pham-minh-chinh", kind: .person, labels: [.vi: "Phạm Minh Chính"]),
      Entity(id: "person:pham-binh-minh", kind: .person, labels: [.vi: "Phạm Bình Minh"]),
      Entity(id: "person:le-van-hai", kind: .person, labels: [.vi: "Lê Văn Hải"]),
      Entity(id: "person:nguyen-van-minh", kind: .person, labels: [.vi: "Nguyễn Văn Minh"]),
      Entity(
        id: "title:president", kind: .title,
        labels: [.vi: "Chủ tịch nước", .en: "President", .de: "Präsident", .ru: "Президент"]),
      Entity(
        id: "title:prime-minister", kind: .title,
        labels: [.vi: "Thủ tướng", .en: "Prime Minister", .ru: "Премьер-министр"]),
    ]))

  /// A mention as (start, end, ID, method chain), for exact comparison.
  struct Expected: Equatable, CustomStringConvertible {
    var start: Int
    var end: Int
    var id: String
    var method: [MatchMethod]
    var description: String { "\(start)..<\(end) \(id) \(method.map(\.rawValue))" }
  }

  static func persons(_ text: String) -> [Expected] {
    annotator.annotate(text).filter { $0.kind == .person }.map {
      Expected(start: $0.start, end: $0.end, id: $0.id, method: $0.methods)
    }
  }

  @Test(arguments: [
    // The headline's short form comes before the full name.
    (
      "Top legislator Hue steps down. Vuong Dinh Hue resigned.",
      [
        Expected(start: 15, end: 18, id: "person:vuong-dinh-hue", method: [.shortForm]),
        Expected(start: 31, end: 45, id: "person:vuong-dinh-hue", method: [.folded]),
      ]
    ),
    // German genitive, also after a sentence's first word.
    (
      "Vuong Dinh Hue trat zurück. Nach Hues Rücktritt sprach Hues Nachfolger.",
      [
        Expected(start: 0, end: 14, id: "person:vuong-dinh-hue", method: [.folded]),
        Expected(
          start: 34, end: 38, id: "person:vuong-dinh-hue", method: [.shortForm, .inflected]),
        Expected(
          start: 57, end: 61, id: "person:vuong-dinh-hue", method: [.shortForm, .inflected]),
      ]
    ),
    // English possessive.
    (
      "Vuong Dinh Hue resigned. Hue's term ended.",
      [
        Expected(start: 0, end: 14, id: "person:vuong-dinh-hue", method: [.folded]),
        Expected(start: 25, end: 28, id: "person:vuong-dinh-hue", method: [.shortForm]),
      ]
    ),
    // Russian case endings on the given name.
    (
      "Лыонг Кыонг прибыл. Кыонгу вручили орден, Кыонга встретили.",
      [
        Expected(start: 0, end: 21, id: "person:luong-cuong", method: [.transcribedRussian]),
        Expected(
          start: 36, end: 48, id: "person:luong-cuong",
          method: [.shortForm, .transcribedRussian, .inflected]),
        Expected(
          start: 76, end: 88, id: "person:luong-cuong",
          method: [.shortForm, .transcribedRussian, .inflected]),
      ]
    ),
    // Family name alone, when one person of the document has it.
    (
      "Pham Minh Chinh arrived. Pham told reporters.",
      [
        Expected(start: 0, end: 15, id: "person:pham-minh-chinh", method: [.folded]),
        Expected(start: 25, end: 29, id: "person:pham-minh-chinh", method: [.shortForm]),
      ]
    ),
    // With diacritics in a text that writes them.
    (
      "Ông Lê Văn Hải phát biểu. Sau đó ông Hải nghỉ.",
      [
        Expected(start: 5, end: 19, id: "person:le-van-hai", method: [.exact]),
        Expected(start: 48, end: 53, id: "person:le-van-hai", method: [.shortForm]),
      ]
    ),
  ])
  func shortForms(text: String, expected: [Expected]) {
    #expect(Self.persons(text) == expected)
  }

  /// Every precision guard of short forms, each with a sentence it must reject.
  @Test(arguments: [
    // Two persons of the document share the family name.
    (
      "Pham Minh Chinh and Pham Binh Minh met. Pham told reporters.",
      ["person:pham-minh-chinh", "person:pham-binh-minh"]
    ),
    // No diacritics where the document writes them: `Hai ngày` is "two days", not Hải.
    ("Ông Lê Văn Hải phát biểu. Hai ngày sau ông nghỉ.", ["person:le-van-hai"]),
    // A capitalised word of a longer name is no short form.
    ("To Lam visited Lam Dong province.", ["person:to-lam"]),
    ("Nguyen Van Minh visited Ho Chi Minh City.", ["person:nguyen-van-minh"]),
    // A Latin word with a glued -s that is not a genitive before a noun.
    ("Hans and Hues met Vuong Dinh Hue.", ["person:vuong-dinh-hue"]),
    // Nothing carries over between documents: no full name here.
    ("Pham told reporters that Hue resigned.", []),
  ])
  func shortFormGuards(text: String, ids: [String]) {
    #expect(Self.persons(text).map(\.id) == ids)
  }

  /// Russian media write ch and nh before i as ть, нь (`Тьинь` for Chính), with case endings.
  @Test(arguments: [
    (
      "Фам Минь Тьинь прибыл.",
      Expected(start: 0, end: 26, id: "person:pham-minh-chinh", method: [.transcribedRussian])
    ),
    (
      "Визит Фам Минь Тьиня.",
      Expected(
        start: 11, end: 37, id: "person:pham-minh-chinh", method: [.transcribedRussian, .inflected])
    ),
  ])
  func softenedOnsetBeforeI(text: String, expected: Expected) {
    #expect(Self.persons(text) == [expected])
  }

  static let onDate = AnnotationOptions(date: CalendarDate(iso8601: "2025-07-19"))

  /// Titles as (text, ID, refers_to, method chain) on 2025-07-19.
  static func titles(_ text: String) -> [String] {
    annotator.annotate(text, options: onDate).filter { $0.kind == .title }.map {
      "\($0.start)..<\($0.end) \($0.id) \($0.refersTo ?? "-") \($0.methods.map(\.rawValue))"
    }
  }

  @Test(arguments: [
    // Resolved: a bare title on the document's date.
    ("The President said.", ["4..<13 title:president person:luong-cuong [\"exact\", \"role\"]"]),
    (
      "Chủ tịch nước phát biểu.",
      ["0..<20 title:president person:luong-cuong [\"exact\", \"role\"]"]
    ),
    // Another country's office is no mention of the Vietnamese one.
    ("The US President said.", []),
    ("Он встретился с Президентом РФ.", []),
    // A vice office is another office.
    ("The Vice President said.", []),
    // Modified, in a sentence about another year, or as the position taken: kept, not resolved.
    ("The former President said.", ["11..<20 title:president - [\"exact\"]"]),
    ("In 2011 the President was elected.", ["12..<21 title:president - [\"exact\"]"]),
    ("Он стал президентом.", ["14..<36 title:president - [\"inflected\"]"]),
    // A list of offices names institutions.
    (
      "Chủ tịch nước, Thủ tướng đã họp.",
      [
        "0..<20 title:president - [\"exact\"]", "22..<36 title:prime-minister - [\"exact\"]",
      ]
    ),
    // A name in the sentence is the referent.
    ("Luong Cuong said the President agreed.", ["21..<30 title:president - [\"exact\"]"]),
  ])
  func roleReferences(text: String, expected: [String]) {
    #expect(Self.titles(text) == expected)
  }
}
