import LexNorm
import Testing

/// Bare titles that name the office, not its holder on the document date, get no `refers_to`.
@Suite("Role references: office, not holder")
struct RolePrecisionTests {
  static let lexicon = Lexicon(entities: [
    Entity(
      id: "person:to-lam", kind: .person, labels: [.vi: "Tô Lâm"],
      roles: [Role(title: "title:general-secretary", from: CalendarDate(iso8601: "2024-08-03"))]),
    Entity(
      id: "person:luong-cuong", kind: .person, labels: [.vi: "Lương Cường"],
      roles: [Role(title: "title:president", from: CalendarDate(iso8601: "2024-10-21"))]),
    Entity(id: "title:general-secretary", kind: .title, labels: [.vi: "Tổng Bí thư"]),
    Entity(id: "title:president", kind: .title, labels: [.vi: "Chủ tịch nước"]),
    Entity(id: "title:prime-minister", kind: .title, labels: [.vi: "Thủ tướng"]),
  ])

  /// (text, the title's refers_to; nil: unresolved)
  @Test(
    arguments: [
      ("Ngày 1/3/2025, Tổng Bí thư phát biểu.", "person:to-lam"),
      // The position itself: `vị trí` (position).
      ("Ngày 1/3/2025, với vị trí Tổng Bí thư thì không có thay đổi.", nil),
      // `kiêm`: one person holding two offices at once, as in a list of offices.
      ("Ngày 1/3/2025, Chủ tịch nước kiêm Tổng Bí thư.", nil),
    ] as [(String, String?)])
  func generalSecretaryReference(text: String, holder: String?) throws {
    let title = try #require(
      Annotator(lexicon: Self.lexicon).annotate(text).first { $0.id == "title:general-secretary" })
    #expect(title.refersTo == holder)
  }
}
