import Testing

@testable import LexNorm

/// How lookup orders candidates that answer a query equally well (one-word given names,
/// namesakes) and folded forms whose diacritics contradict the query's. Made-up persons and
/// offices.
@Suite("Lookup ranking: given names, prominence, diacritics")
struct LookupRankingTests {
  static func role(_ title: String, _ from: String?, _ until: String? = nil) -> Role {
    Role(
      title: title, from: from.flatMap { CalendarDate(iso8601: $0) },
      until: until.flatMap { CalendarDate(iso8601: $0) })
  }

  static func person(_ id: String, _ name: String, _ roles: [Role] = []) -> Entity {
    Entity(id: "person:" + id, kind: .person, labels: [.vi: name], roles: roles)
  }

  /// Careers that make the head of state the latest office (1.0), the river minister a middle
  /// one (0.5) and the deputy minister an early one (0.0).
  static let lexicon = Lexicon(entities: [
    Entity(
      id: "title:head-of-state", kind: .title, labels: [.en: "Head of State"],
      hasSingleHolder: true),
    Entity(
      id: "title:river-minister", kind: .title, labels: [.en: "River Minister"],
      hasSingleHolder: true),
    Entity(id: "title:deputy-minister", kind: .title, labels: [.en: "Deputy Minister"]),
    person("vu-khang", "Vũ Khang"),
    person(
      "dao-van-khang", "Đào Văn Khang",
      [
        role("title:deputy-minister", "2001-01-01", "2005-01-01"),
        role("title:head-of-state", "2010-01-01", "2015-01-01"),
      ]),
    person("dao-van-khang-2", "Đào Văn Khang"),
    person("ha-thi-khang", "Hà Thị Khang", [role("title:deputy-minister", "2018-01-01")]),
    person(
      "le-minh-khang", "Lê Minh Khang",
      [
        role("title:deputy-minister", "2012-01-01", "2016-01-01"),
        role("title:river-minister", "2020-01-01"),
      ]),
    person(
      "to-quang-khang", "Tô Quang Khang",
      [
        role("title:deputy-minister", "2005-01-01", "2009-01-01"),
        role("title:head-of-state", "2019-01-01"),
      ]),
    person(
      "phan-thanh-khai", "Phan Thanh Khải",
      [
        role("title:river-minister", "2000-01-01", "2004-01-01"),
        role("title:head-of-state", "2006-01-01", "2010-01-01"),
      ]),
    person("bui-van-khai", "Bùi Văn Khai"),
    Entity(id: "place:hoa", kind: .place, labels: [.vi: "Hóa", .en: "Hoa"]),
    Entity(id: "place:song-hoa", kind: .place, labels: [.vi: "Sông Hóa", .en: "Song Hoa"]),
    person("ngo-van-hoa", "Ngô Văn Hòa"),
  ])
  static let annotator = Annotator(lexicon: lexicon)

  @Test func seniorityIsTheShareOfOtherOfficesBegunBefore() {
    let careers = Self.lexicon.entities.filter { $0.kind == .person }.map(\.roles)
    #expect(
      PersonProminence.seniority(of: careers)
        == ["title:head-of-state": 1, "title:river-minister": 0.5, "title:deputy-minister": 0])
  }

  /// (query, IDs best first, their scores, the first one's method chain)
  static let ties: [(query: String, ids: [String], scores: [Double], methods: [MatchMethod])] = [
    // Held single-holder office, most senior first; then one held no longer; then another
    // office; then no role (lexicon order among equals).
    (
      "Khang",
      [
        "person:to-quang-khang", "person:le-minh-khang", "person:dao-van-khang",
        "person:ha-thi-khang", "person:vu-khang", "person:dao-van-khang-2",
      ], [0.7, 0.69, 0.69, 0.69, 0.69, 0.69], [.shortForm]
    ),
    // German genitive and Russian transcription keep their steps after the short form.
    (
      "Khangs",
      [
        "person:to-quang-khang", "person:le-minh-khang", "person:dao-van-khang",
        "person:ha-thi-khang", "person:vu-khang", "person:dao-van-khang-2",
      ], [0.66, 0.65, 0.65, 0.65, 0.65, 0.65], [.shortForm, .inflected]
    ),
    // Namesakes: the one who held an office first, both exact.
    (
      "Đào Văn Khang", ["person:dao-van-khang", "person:dao-van-khang-2"], [1, 0.99], [.exact]
    ),
    // A word with diacritics names only the syllable with the same ones.
    ("Khải", ["person:phan-thanh-khai"], [0.7], [.shortForm]),
    ("Khai", ["person:phan-thanh-khai", "person:bui-van-khai"], [0.7, 0.69], [.shortForm]),
    // A single answer keeps its score: no tie, nothing to break.
    ("Lê Minh Khang", ["person:le-minh-khang"], [1], [.exact]),
  ]

  @Test(arguments: ties)
  func tiesGoToTheMoreProminentPerson(
    query: String, ids: [String], scores: [Double], methods: [MatchMethod]
  ) throws {
    let found = Self.annotator.lookup(query)
    #expect(found.map(\.id) == ids)
    #expect(found.map(\.score) == scores)
    #expect(found.first?.methods == methods)
  }

  /// (query, IDs best first, scores): a folded form whose diacritics contradict the query's
  /// (`Hòa` for `Hóa`) falls below a given name spelt as written; a word without diacritics
  /// contradicts nothing.
  static let marks: [(query: String, ids: [String], scores: [Double])] = [
    ("Hòa", ["person:ngo-van-hoa", "place:hoa"], [0.7, 0.67]),
    ("Hóa", ["place:hoa"], [1]),
    ("Hoa", ["place:hoa", "person:ngo-van-hoa"], [1, 0.7]),
    ("Sông Hòa", ["place:song-hoa"], [0.67]),
    ("Sông Hóa", ["place:song-hoa"], [1]),
    ("Sông Hoa", ["place:song-hoa"], [0.97]),
  ]

  @Test(arguments: marks)
  func contradictingDiacriticsRankLower(query: String, ids: [String], scores: [Double]) {
    let found = Self.annotator.lookup(query)
    #expect(found.map(\.id) == ids)
    #expect(found.map(\.score) == scores)
  }
}
