import Testing

@testable import LexNorm

/// Annotating on several threads gives exactly what one session gives reading the segments in
/// order, also where what a segment means depends on earlier ones (short forms, the date).
@Suite("Annotation pipeline")
struct AnnotationPipelineTests {
  let annotator: Annotator

  init() throws {
    annotator = Annotator(lexicon: try Lexicon.bundled())
  }

  /// One document, one line per segment: the date of line 0 resolves the bare title of line 2,
  /// the full names of lines 0 and 4 make the short forms of lines 1 and 3-4.
  static let lines = [
    "Luong Cuong arrived in Hanoi on 12 March 2025.",
    "Cuong met the press.",
    "The President spoke later.",
    "Lam spoke first; then To Lam arrived.",
    "Генеральный секретарь То Лам выступил. Лам сказал.",
  ]

  struct Found: Equatable, CustomStringConvertible {
    var line: Int
    var start: Int
    var id: String
    var score: Double
    var refersTo: String?
    var description: String { "\(line):\(start) \(id) \(score) \(refersTo ?? "-")" }
  }

  /// What one session finds, line by line.
  static let sequential: [Found] = [
    Found(line: 0, start: 0, id: "person:luong-cuong", score: 1),
    Found(line: 0, start: 23, id: "place:hanoi", score: 1),
    Found(line: 1, start: 0, id: "person:luong-cuong", score: 0.8),  // short form, line before
    Found(line: 2, start: 4, id: "title:president", score: 1, refersTo: "person:luong-cuong"),
    Found(line: 3, start: 0, id: "person:to-lam", score: 0.8),  // short form before the name
    Found(line: 3, start: 22, id: "person:to-lam", score: 1),
    Found(line: 4, start: 0, id: "title:general-secretary", score: 1),
    Found(line: 4, start: 42, id: "person:to-lam", score: 1),
    Found(line: 4, start: 72, id: "person:to-lam", score: 0.75),
  ]

  static func segments(_ lines: [String]) -> [TextSegment] {
    var offset = 0
    return lines.map { line in
      defer { offset += line.utf8.count + 1 }
      return TextSegment(text: line, byteOffset: offset, endsLine: true)
    }
  }

  static func found(_ results: [(line: Int, mentions: [Mention])]) -> [Found] {
    let starts = segments(lines).map(\.byteOffset)
    return results.flatMap { result in
      result.mentions.map {
        Found(
          line: result.line, start: $0.start - starts[result.line], id: $0.id, score: $0.score,
          refersTo: $0.refersTo)
      }
    }
  }

  @Test func oneSessionFindsTheExpectedMentions() {
    let session = annotator.makeSession()
    let results = Self.segments(Self.lines).enumerated().map {
      ($0.offset, session.annotate($0.element))
    }
    #expect(Self.found(results) == Self.sequential)
  }

  /// Every batch size from one segment per batch to all in one, on 2 and 4 threads.
  @Test(arguments: [1, 30, 80, 1 << 18], [2, 4])
  func pipelineGivesTheSequentialMentions(batchBytes: Int, jobs: Int) {
    let pipeline = AnnotationPipeline<Int>(
      annotator: annotator, jobs: jobs, batchBytes: batchBytes)
    var results: [(line: Int, mentions: [Mention])] = []
    let collect = { (_: TextSegment, line: Int, mentions: [Mention]) in
      results.append((line, mentions))
    }
    for (line, segment) in Self.segments(Self.lines).enumerated() {
      pipeline.add(segment, tag: line, each: collect)
    }
    pipeline.finish(each: collect)
    #expect(results.map(\.line) == Array(Self.lines.indices))
    #expect(Self.found(results) == Self.sequential)
  }

  /// A new document forgets the persons and the date of the one before.
  @Test func documentsStartAfresh() {
    let pipeline = AnnotationPipeline<Int>(annotator: annotator, jobs: 2, batchBytes: 1)
    var results: [(line: Int, mentions: [Mention])] = []
    let collect = { (_: TextSegment, line: Int, mentions: [Mention]) in
      results.append((line, mentions))
    }
    let segments = Self.segments(Self.lines)
    pipeline.add(segments[0], tag: 0, each: collect)
    pipeline.startDocument()
    pipeline.add(segments[1], tag: 1, each: collect)
    pipeline.add(segments[2], tag: 2, each: collect)
    pipeline.finish(each: collect)
    // No short form without the full name, no holder without a date.
    #expect(
      Self.found(results) == [
        Found(line: 0, start: 0, id: "person:luong-cuong", score: 1),
        Found(line: 0, start: 23, id: "place:hanoi", score: 1),
        Found(line: 2, start: 4, id: "title:president", score: 1),
      ])
  }

  @Test(arguments: [1, 2, 4])
  func documentsOnSeveralThreadsKeepTheirOrder(jobs: Int) {
    let documents = (0..<12).map { number in
      Document(id: "d\(number)", text: Self.lines[number % Self.lines.count] + " " + Self.lines[0])
    }
    let expected = documents.map { annotator.annotate($0) }
    #expect(expected.contains { !$0.mentions.isEmpty })
    #expect(annotator.annotate(documents, jobs: jobs) == expected)
  }
}
