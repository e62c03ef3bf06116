import ArgumentParser
import LexNorm

/// How much of a plain-text document is held to annotate it as a whole.
struct DocumentOptions: ParsableArguments {
  @Option(
    name: .customLong("max-document-bytes"),
    help: """
      A file (or standard input) is one document, held until it ends so that short forms \
      before the full name are linked; from this size on it streams instead (short forms only \
      after the full name, or within one line). Default 1 MiB.
      """)
  var limit = Self.defaultLimit

  /// 1 MiB: news articles are far smaller; an archive in one file streams (the second pass
  /// costs up to a fifth more time on multi-megabyte documents full of names).
  static let defaultLimit = 1 << 20

  func validate() throws {
    if limit < 0 { throw ValidationError("--max-document-bytes must not be negative") }
  }
}

/// Holds the segments of one plain-text document (a file or standard input) until it ends, so
/// that it can be annotated as a whole: a short form before the full name (a headline's `Hue`,
/// `Vuong Dinh Hue` three lines later) is linked. A document over `limit` bytes is annotated
/// segment by segment from there on, as a stream, in bounded memory.
struct DocumentBuffer {
  private let session: AnnotationSession
  private let limit: Int
  private var segments: [TextSegment] = []
  private var bytes = 0
  private var streaming = false

  init(session: AnnotationSession, limit: Int) {
    self.session = session
    self.limit = limit
  }

  /// Takes the next segment; returns the segments whose mentions are ready, with the mentions,
  /// in document order (none while the document is held).
  mutating func add(_ segment: TextSegment) -> [(TextSegment, [Mention])] {
    if streaming { return [(segment, session.annotate(segment))] }
    segments.append(segment)
    bytes += segment.text.utf8.count
    guard bytes > limit else { return [] }
    // Too long to hold: what is held is read as a stream, and so is the rest.
    streaming = true
    defer { segments = [] }
    return segments.map { ($0, session.annotate($0)) }
  }

  /// The held segments with their mentions, once the document has ended.
  mutating func finish() -> [(TextSegment, [Mention])] {
    defer { segments = [] }
    return Array(zip(segments, session.annotate(document: segments)))
  }
}
