import Foundation
import Testing

@testable import LexNorm

/// Made-up entities (no real facts) in the lexicon format, one YAML item each.
private func item(_ id: String, _ lines: String...) -> String {
  let kind = id.prefix { $0 != ":" }
  return "  - id: \(id)\n    kind: \(kind)\n" + lines.map { "    \($0)\n" }.joined()
}

private func report(_ items: String..., against base: Lexicon? = nil) -> [String] {
  LexiconValidator().validate(
    [LexiconSource(path: "x.yaml", text: "entities:\n" + items.joined())], against: base
  ).diagnostics.map(\.description)
}

private let source = "sources: [https://example.org/x]"

@Suite("Sources, succession and acknowledgements")
struct LexiconSuccessionRuleTests {
  @Test func missingSourcesIsSilencedOnlyWhereAcknowledged() {
    #expect(
      report(
        item("place:a", "labels: {en: Alpha Town}"),
        item("place:b", "labels: {en: Beta Town}", "acknowledge: [missing-sources]"),
        item("place:c", "labels: {en: Gamma Town}", source)
      ) == [
        "x.yaml:2:9: warning: `place:a` has no `sources`; list the pages that document it "
          + "[missing-sources]"
      ])
  }

  @Test func eitherEntityOfAPairMayAcknowledge() {
    let old = { (acknowledge: String) in
      item(
        "organization:old", "labels: {en: Old Board}", source, "until: 2020-06-30",
        "replaced-by: organization:new", acknowledge)
    }
    let new = { (acknowledge: String) in
      item("organization:new", "labels: {en: New Board}", source, "from: 2020-06-01", acknowledge)
    }
    let finding =
      "x.yaml:7:18: warning: `organization:old` (until 2020-06-30) is replaced by "
      + "`organization:new` (from 2020-06-01, x.yaml:9:9), but their dates overlap; end one the "
      + "day before the other begins [overlapping-validity]"
    #expect(report(old(""), new("")) == [finding])
    #expect(report(old("acknowledge: [overlapping-validity]"), new("")) == [])
    #expect(report(old(""), new("acknowledge: [overlapping-validity]")) == [])
    #expect(report(old("acknowledge: [missing-sources]"), new("")) == [finding])
  }

  @Test func handoverOnTheSameDayIsNoOverlap() {
    #expect(
      report(
        item(
          "place:old", "labels: {en: Old Province}", source, "until: 2025-07-01",
          "replaced-by: place:new"),
        item("place:new", "labels: {en: New Province}", source, "from: 2025-07-01")
      ) == [])
  }

  @Test func successiveEntitiesMayShareFormsOthersMayNot() {
    #expect(
      report(
        item(
          "place:old", "labels: {vi: Tỉnh Xa}", source, "until: 2025-06-30",
          "replaced-by: place:new"),
        item("place:new", "labels: {vi: Tỉnh Xa}", source, "from: 2025-07-01"),
        item("place:other", "labels: {vi: Tỉnh Xá}", source)
      ) == [
        "x.yaml:15:18: error: `Tỉnh Xá` folds to the same key as `Tỉnh Xa` of `place:old` "
          + "(x.yaml:4:18); text without diacritics cannot tell them apart; set `ambiguous: true` "
          + "on both if intended [folded-collision]"
      ])
  }

  @Test(arguments: [
    ("place:nowhere", "`replaced-by` names `place:nowhere`, which no lexicon file defines"),
    (
      "organization:board",
      "`replaced-by` names `organization:board`, which is a organization, not another place"
    ),
    (
      "place:town",
      "`replaced-by` names `place:town`, which is the entity itself, not another place"
    ),
  ])
  func replacedByMustNameAnotherEntityOfTheKind(target: String, message: String) {
    #expect(
      report(
        item("place:town", "labels: {en: Town}", source, "replaced-by: \(target)"),
        item("organization:board", "labels: {en: Board}", source)
      ) == ["x.yaml:6:18: error: \(message) [unknown-replacement]"])
  }

  @Test func foldedCollisionIsAnErrorUnlessBothAreAmbiguous() {
    let pair = { (first: Bool, second: Bool) in
      report(
        item("person:ha", "labels: {vi: Lê Văn Hà}", source, "ambiguous: \(first)"),
        item("person:ha-2", "labels: {vi: Lê Văn Hạ}", source, "ambiguous: \(second)"))
    }
    #expect(pair(true, true) == [])
    #expect(pair(true, false).count == 1)
    #expect(pair(false, true).first?.contains(": error: `Lê Văn Hạ` folds") == true)
  }
}

@Suite("User lexicons on top of the bundled one")
struct LexiconCompositionTests {
  let bundled: Lexicon

  init() throws { bundled = try Lexicon.bundled() }

  private static let person = item(
    "person:khong-ten", "labels: {vi: Khổng Văn Tên}", source,
    "roles: [{title: title:president, from: 1900-01-01, until: 1900-12-31}]")

  @Test func rolesMayNameBundledTitles() throws {
    #expect(report(Self.person, against: bundled) == [])
    #expect(
      report(Self.person) == [
        "x.yaml:6:21: error: role names `title:president`, which no lexicon file defines "
          + "[unknown-title]"
      ])
    let merged = try bundled.merging([
      LexiconSource(path: "mine.yaml", text: "entities:\n" + Self.person)
    ])
    let date = try #require(CalendarDate(iso8601: "1900-06-01"))
    #expect(merged.holders(of: "title:president", on: date).map(\.id) == ["person:khong-ten"])
    #expect(merged.entities.count == bundled.entities.count + 1)
  }

  @Test func aBundledFormUnderAnotherIDNamesBothPlaces() throws {
    let original = try #require(bundled["person:luong-cuong"])
    let place = try #require(original.location)
    let copy = item("person:luong-cuong-copy", "labels: {vi: Lương Cường}", source)
    #expect(
      report(copy, against: bundled) == [
        "x.yaml:4:18: error: `Lương Cường` is also a form of `person:luong-cuong` (\(place)); "
          + "set `ambiguous: true` on both if intended [label-collision]"
      ])
    #expect(throws: LexiconLoadingError.self) {
      try bundled.merging([LexiconSource(path: "mine.yaml", text: "entities:\n" + copy)])
    }
  }

  @Test func mineWinsByIDInPlace() throws {
    let mine = item("person:luong-cuong", "labels: {vi: Lương Cường, en: L. Cuong}", source)
    #expect(report(mine, against: bundled) == [])
    let merged = try bundled.merging([LexiconSource(path: "mine.yaml", text: "entities:\n" + mine)])
    #expect(merged.entities.count == bundled.entities.count)
    #expect(merged["person:luong-cuong"]?.labels[.en] == "L. Cuong")
    #expect(merged["person:luong-cuong"]?.roles == [])
    #expect(merged.entities.map(\.id) == bundled.entities.map(\.id))
  }

  @Test func initializerAndMergingAgree() {
    let first = Entity(id: "place:a", kind: .place, labels: [.en: "A"])
    let second = Entity(id: "place:b", kind: .place, labels: [.en: "B"])
    let replacement = Entity(id: "place:a", kind: .place, labels: [.en: "A2"])
    let expected = [replacement, second]
    #expect(Lexicon(entities: [first, second, replacement]).entities == expected)
    #expect(
      Lexicon(entities: [first, second]).merging(Lexicon(entities: [replacement])).entities
        == expected)
    #expect(Lexicon(entities: [first, second, replacement])["place:a"] == replacement)
  }

  @Test func statisticsCountTheMergedLexicon() throws {
    let fixture = TestPaths.fixtures.appendingPathComponent("lexicons/valid.yaml")
    let mine = try Lexicon.load(from: [fixture])
    let merged = try bundled.merging(contentsOf: [fixture])
    let redefined = mine.entities.filter { bundled[$0.id] != nil }
    let statistics = merged.statistics
    #expect(statistics.total == bundled.entities.count + mine.entities.count - redefined.count)
    #expect(
      statistics.withSources
        == bundled.statistics.withSources + mine.entities.count
        - redefined.filter { bundled[$0.id]?.sources.isEmpty == false }.count)
    #expect(
      mine.statistics.byKind == [
        .person: 4, .title: 2, .organization: 2, .place: 2, .document: 1, .term: 1,
      ])
    #expect(EntityKind.allCases.map { statistics.byKind[$0] ?? 0 }.reduce(0, +) == statistics.total)
  }

  @Test func filesAloneStillRejectDuplicateIDs() {
    let text = "entities:\n" + item("place:a", "labels: {en: A}", source)
    #expect(throws: LexiconLoadingError.self) {
      try Lexicon.load([
        LexiconSource(path: "a.yaml", text: text), LexiconSource(path: "b.yaml", text: text),
      ])
    }
  }
}
