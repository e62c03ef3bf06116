import Testing

@testable import LexNorm

/// Inputs the fuzz targets (Fuzz/) once crashed on; each is also a seed in `Fuzz/Seeds`.
@Suite("Fuzz findings")
struct FuzzFindingTests {
  /// A run of digits longer than a year in a bare title's sentence overflowed the year
  /// reading of `RoleContext.namesYear` (`Fuzz/Seeds/annotate/long-digit-run.txt`).
  @Test(
    arguments: [
      ("in 11111111111111111111111111111111", nil, false),
      ("in 99999999999999999999 and 2011", nil, true),
      ("in 2011 and 99999999999999999999", nil, true),
      ("in 99999999999999999999992011", nil, false),
      ("in 2011", 2011, false),
      ("on 2025-07-19, 20111", nil, false),
    ] as [(String, Int?, Bool)])
  func longDigitRunIsNoYear(sentence: String, present: Int?, namesYear: Bool) {
    var text = sentence
    let result = text.withUTF8 { bytes in
      RoleContext.namesYear(bytes, in: 0..<bytes.count, other: present)
    }
    #expect(result == namesYear)
  }

  /// The same through annotation: the bare title still resolves beside the long number, and
  /// not beside a year; offsets are exact.
  @Test(arguments: [
    (
      "On 2025-07-19 the President called 123456789012345678901234567890.",
      [["title:president", "18", "27", "person:luong-cuong"]]
    ),
    (
      "On 2025-07-19 the President, in office since 2011, called 123456789012345678901234567890.",
      [["title:president", "18", "27", ""]]
    ),
  ])
  func bareTitleBesideLongDigitRun(text: String, expected: [[String]]) {
    let mentions = Annotator(lexicon: ResolutionTests.lexicon).annotate(text)
    #expect(mentions.map { [$0.id, "\($0.start)", "\($0.end)", $0.refersTo ?? ""] } == expected)
  }
}
