import Testing

@testable import LexNorm

@Suite("Document streams")
struct DocumentStreamTests {
  let annotator = Annotator(lexicon: ResolutionTests.lexicon)

  /// A short form resolves only to a person its own document named in full.
  static let shortFormDocuments = [
    Document(id: "d1", text: "Luong Cuong spoke."),
    Document(id: "d2", text: "Later Cuong left."),
    Document(id: "d3", text: "Luong Cuong came; Cuong spoke."),
  ]

  struct Found: Equatable {
    var document: String
    var start: Int
    var id: String
    var method: [MatchMethod]
  }

  static let shortFormMentions = [
    Found(document: "d1", start: 0, id: "person:luong-cuong", method: [.folded]),
    Found(document: "d3", start: 0, id: "person:luong-cuong", method: [.folded]),
    Found(document: "d3", start: 18, id: "person:luong-cuong", method: [.shortForm]),
  ]

  static func found(_ results: [AnnotatedDocument]) -> [Found] {
    results.flatMap { result in
      result.mentions.map {
        Found(document: result.id, start: $0.start, id: $0.id, method: $0.methods)
      }
    }
  }

  @Test func shortFormsStayInTheirDocument() {
    let results = Array(annotator.annotate(Self.shortFormDocuments))
    #expect(results.map(\.id) == ["d1", "d2", "d3"])
    #expect(results[1].mentions.isEmpty)
    #expect(Self.found(results) == Self.shortFormMentions)
  }

  @Test func rolesUseEachDocumentsOwnDate() {
    let text = "The President said."
    let documents = [
      Document(id: "a", text: text, date: CalendarDate(iso8601: "2024-06-01")),
      Document(id: "b", text: text, date: CalendarDate(iso8601: "2025-07-19")),
      Document(id: "c", text: text),
      Document(id: "d", text: "On 2024-06-01 the President said."),
      Document(id: "e", text: text),
      Document(
        id: "f", text: "On 2024-06-01 the President said.",
        date: CalendarDate(iso8601: "2025-07-19")),
    ]
    let results = Array(annotator.annotate(documents))
    #expect(
      results.map { $0.mentions.map(\.refersTo) } == [
        ["person:to-lam"], ["person:luong-cuong"], [nil], ["person:to-lam"], [nil],
        ["person:luong-cuong"],
      ])
    #expect(
      results.map { $0.date?.description } == [
        "2024-06-01", "2025-07-19", nil, "2024-06-01", nil, "2025-07-19",
      ])
  }

  @Test func optionsDateStandsInForDocumentsWithoutOne() {
    let results = Array(
      annotator.annotate(
        [
          Document(id: "a", text: "The President said."),
          Document(id: "b", text: "The President said.", date: CalendarDate(iso8601: "2025-07-19")),
        ],
        options: AnnotationOptions(date: CalendarDate(iso8601: "2024-06-01"))))
    #expect(results.map { $0.mentions.first?.refersTo } == ["person:to-lam", "person:luong-cuong"])
  }

  @Test func anEndlessSequenceIsAnnotatedLazily() {
    let endless = (1...).lazy.map { Document(id: "n\($0)", text: "Luong Cuong, then Cuong.") }
    let firstThree = annotator.annotate(endless).prefix(3)
    #expect(firstThree.map(\.id) == ["n1", "n2", "n3"])
    #expect(
      firstThree.map { $0.mentions.map(\.methods) }
        == Array(
          repeating: [[.folded], [.shortForm]], count: 3))
  }

  @Test func anAsyncStreamGivesTheSameResultsInOrder() async {
    let stream = AsyncStream<Document> { continuation in
      for document in Self.shortFormDocuments { continuation.yield(document) }
      continuation.finish()
    }
    var results: [AnnotatedDocument] = []
    for await result in annotator.annotate(stream) { results.append(result) }
    #expect(results.map(\.id) == ["d1", "d2", "d3"])
    #expect(Self.found(results) == Self.shortFormMentions)
  }

  struct FeedFailed: Error, Equatable {}

  @Test func anAsyncStreamsErrorIsPassedOn() async {
    let stream = AsyncThrowingStream<Document, any Error> { continuation in
      continuation.yield(Self.shortFormDocuments[0])
      continuation.finish(throwing: FeedFailed())
    }
    var ids: [String] = []
    await #expect(throws: FeedFailed.self) {
      for try await result in annotator.annotate(stream) { ids.append(result.id) }
    }
    #expect(ids == ["d1"])
  }
}
