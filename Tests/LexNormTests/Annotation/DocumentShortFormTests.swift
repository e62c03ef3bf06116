import LexNorm
import Testing

/// A document given as segments (lines) is read as a whole: a short form anywhere links to a
/// person named in full anywhere in it.
@Suite("Short forms across the lines of one document")
struct DocumentShortFormTests {
  struct Expected: CustomTestStringConvertible, Sendable {
    var line: Int
    var start: Int
    var end: Int
    var id: String
    var method: [MatchMethod]
    var testDescription: String { "line \(line) \(start)..<\(end) \(id)" }
  }

  static let cases: [(lines: [String], expected: [Expected])] = [
    // A headline's given name, the full name two lines later.
    (
      ["Cuong arrives", "", "President Luong Cuong met the press."],
      [
        Expected(line: 0, start: 0, end: 5, id: "person:luong-cuong", method: [.shortForm]),
        Expected(line: 2, start: 0, end: 9, id: "title:president", method: [.exact]),
        Expected(line: 2, start: 10, end: 21, id: "person:luong-cuong", method: [.folded]),
      ]
    ),
    // Family and given name before the full name; Russian case ending on the short form.
    (
      ["Truong Mai steps down", "Кыонга встретили.", "Trương Thị Mai and Лыонг Кыонг spoke."],
      [
        Expected(line: 0, start: 0, end: 10, id: "person:truong-thi-mai", method: [.shortForm]),
        Expected(
          line: 1, start: 0, end: 12, id: "person:luong-cuong",
          method: [.shortForm, .transcribedRussian, .inflected]),
        Expected(line: 2, start: 0, end: 18, id: "person:truong-thi-mai", method: [.exact]),
        Expected(
          line: 2, start: 23, end: 44, id: "person:luong-cuong", method: [.transcribedRussian]),
      ]
    ),
    // `Mai` names two persons of the document: no short form, before or after.
    (
      ["Mai resigns", "Truong Thi Mai and Nguyen Van Mai met."],
      [
        Expected(line: 1, start: 0, end: 14, id: "person:truong-thi-mai", method: [.folded]),
        Expected(line: 1, start: 19, end: 33, id: "person:nguyen-van-mai", method: [.folded]),
      ]
    ),
  ]

  @Test(arguments: cases)
  func shortFormBeforeTheFullNameOnAnotherLine(lines: [String], expected: [Expected]) {
    let session = Annotator(lexicon: ResolutionTests.lexicon).makeSession()
    var offset = 0
    let segments = lines.map { line in
      defer { offset += line.utf8.count + 1 }
      return TextSegment(text: line, byteOffset: offset, endsLine: true)
    }
    let found = session.annotate(document: segments).enumerated().flatMap { line, mentions in
      mentions.map { mention in
        Expected(
          line: line, start: mention.start - segments[line].byteOffset,
          end: mention.end - segments[line].byteOffset, id: mention.id, method: mention.methods)
      }
    }
    #expect(found.map(\.testDescription) == expected.map(\.testDescription))
    #expect(found.map(\.method) == expected.map(\.method))
  }

  /// Streamed segment by segment, the same headline is no mention: the name comes later.
  @Test func streamedSegmentsLinkOnlyAfterTheFullName() {
    let session = Annotator(lexicon: ResolutionTests.lexicon).makeSession()
    let lines = ["Cuong arrives", "Luong Cuong spoke.", "Cuong left."]
    var offset = 0
    let ids = lines.map { line in
      defer { offset += line.utf8.count + 1 }
      return session.annotate(TextSegment(text: line, byteOffset: offset, endsLine: true))
        .map(\.id)
    }
    #expect(ids == [[], ["person:luong-cuong"], ["person:luong-cuong"]])
  }

  /// Without a date in the options, the first date anywhere in the document is its date.
  @Test func bareTitleBeforeTheDateLineUsesTheDocumentDate() throws {
    let session = Annotator(lexicon: ResolutionTests.lexicon).makeSession()
    let segments = [
      TextSegment(text: "The President arrives", byteOffset: 0, endsLine: true),
      TextSegment(text: "Hanoi, 19 July 2024.", byteOffset: 22, endsLine: true),
    ]
    let title = try #require(session.annotate(document: segments).first?.first)
    #expect([title.id, title.refersTo] == ["title:president", "person:to-lam"])
    #expect(session.date == CalendarDate(iso8601: "2024-07-19"))
  }
}
