import Testing

@testable import LexNorm

/// Made-up provinces and ministries: two provinces merged into one that keeps the first's name,
/// and a ministry renamed.
private let lexicon = Lexicon(entities: [
  Entity(
    id: "place:xa-old", kind: .place, labels: [.vi: "Tỉnh Xa"], isAmbiguous: true,
    validity: Validity(until: CalendarDate(iso8601: "2025-06-30")), replacedBy: "place:xa"),
  Entity(
    id: "place:lam", kind: .place, labels: [.vi: "Tỉnh Lam"],
    validity: Validity(until: CalendarDate(iso8601: "2025-06-30")), replacedBy: "place:xa"),
  Entity(
    id: "place:xa", kind: .place, labels: [.vi: "Tỉnh Xa", .en: "Xa Province"], isAmbiguous: true,
    validity: Validity(from: CalendarDate(iso8601: "2025-07-01"))),
  Entity(
    id: "organization:zorbing", kind: .organization, labels: [.en: "Ministry of Zorbing"],
    validity: Validity(until: CalendarDate(iso8601: "2017-12-31")),
    replacedBy: "organization:zorbing-quells"),
  Entity(
    id: "organization:zorbing-quells", kind: .organization,
    labels: [.en: "Ministry of Zorbing and Quells"],
    validity: Validity(from: CalendarDate(iso8601: "2018-01-01"))),
])

@Suite("Organizations and places resolved by the document date")
struct SuccessionResolutionTests {
  let annotator = Annotator(lexicon: lexicon)

  @Test(
    arguments: [
      ("Tỉnh Lam", "2026-01-01", "place:xa", "Tỉnh Xa", ["exact", "succession"]),
      ("Tỉnh Lam", "2020-01-01", "place:lam", "Tỉnh Lam", ["exact"]),
      ("Tỉnh Xa", "2020-01-01", "place:xa-old", "Tỉnh Xa", ["exact"]),
      ("Tỉnh Xa", "2026-01-01", "place:xa", "Tỉnh Xa", ["exact", "succession"]),
      ("Tỉnh Xa", nil, "place:xa", "Tỉnh Xa", ["exact", "succession"]),
      ("Tỉnh Lam", nil, "place:lam", "Tỉnh Lam", ["exact"]),
      (
        "Ministry of Zorbing and Quells", "2010-05-01", "organization:zorbing",
        "Ministry of Zorbing", ["exact", "succession"]
      ),
      (
        "Ministry of Zorbing", "2019-05-01", "organization:zorbing-quells",
        "Ministry of Zorbing and Quells", ["exact", "succession"]
      ),
      (
        "Ministry of Zorbing", "2017-12-31", "organization:zorbing", "Ministry of Zorbing",
        ["exact"]
      ),
    ] as [(String, String?, String, String, [String])])
  func referenceResolvesToTheEntityOfTheDate(
    text: String, date: String?, id: String, label: String, method: [String]
  ) throws {
    let options = AnnotationOptions(date: date.flatMap { CalendarDate(iso8601: $0) })
    let mentions = annotator.annotate("Về \(text) hôm nay.", options: options)
    #expect(mentions.map(\.id) == [id])
    #expect(mentions.map(\.label) == [label])
    #expect(mentions.first?.methods.map(\.rawValue) == method)
    #expect(mentions.first?.alternatives == [])
    #expect(mentions.first?.text == text)
  }

  @Test func normalizeWritesTheNameOfTheDocumentDate() {
    let text = "Ngày 5/3/2010, Ministry of Zorbing and Quells và Tỉnh Lam."
    #expect(
      annotator.normalize(text, to: .en)
        == "Ngày 5/3/2010, Ministry of Zorbing và Tinh Lam.")
    let later = "Ngày 5/3/2026, Ministry of Zorbing và Tỉnh Lam."
    #expect(
      annotator.normalize(later, to: .en)
        == "Ngày 5/3/2026, Ministry of Zorbing and Quells và Xa Province.")
  }

  @Test func successionOfAnEntity() throws {
    #expect(
      lexicon.succession(of: "place:lam").map(\.id) == ["place:lam", "place:xa", "place:xa-old"])
    #expect(lexicon.succession(of: "place:nowhere").isEmpty)
    let date = try #require(CalendarDate(iso8601: "2020-01-01"))
    #expect(lexicon.entity("place:xa", validOn: date)?.id == nil)
    #expect(
      lexicon.entity("place:xa", validOn: date, preferring: ["place:xa-old"])?.id == "place:xa-old")
  }
}
