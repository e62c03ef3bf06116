import Testing

@testable import LexNorm

@Suite("Document date")
struct DateFinderTests {
  /// Each row: text, the first date in it (ISO) or nil. Years whose neighbours rule out every
  /// pattern are skipped before any regular expression runs; these rows pin that nothing else
  /// changes.
  @Test(arguments: [
    ("Hà Nội, 2025-07-19", "2025-07-19" as String?),
    ("am 19.7.2025 in Berlin", "2025-07-19"),
    ("ngày 19/07/2025", "2025-07-19"),
    ("Hà Nội, ngày 19 tháng 7 năm 2025", "2025-07-19"),
    ("nga\u{0300}y 19 tha\u{0301}ng 7 na\u{0306}m 2025", "2025-07-19"),
    ("Washington, July 19, 2025", "2025-07-19"),
    ("Berlin, den 19. Juli 2025", "2025-07-19"),
    ("Москва, 19 июля 2025 г.", "2025-07-19"),
    ("on Dec. 5 2024", "2024-12-05"),
    ("in 2025 and 1999", nil),
    ("năm 2025", nil),
    ("Plan 2025-2030", nil),
    ("2025-02-30", nil),
    ("19.7.2025-13-01, then 1.2.2024", "2024-02-01"),
    ("12025 20251 19.7.20250", nil),
    ("ngày 19 tháng 7 năm\u{00A0}2025", nil),
    ("19 июля, 2025", nil),
    ("(2025) 5 Mai 2025", "2025-05-05"),
    ("", nil),
  ])
  func firstDate(text: String, expected: String?) {
    #expect(DateFinder.firstDate(in: text) == expected.flatMap { CalendarDate(iso8601: $0) })
  }
}
