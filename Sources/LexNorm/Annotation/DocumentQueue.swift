import Foundation

/// Annotates whole documents on several threads and hands their mentions over in the order the
/// documents were added: each document exactly as ``AnnotationSession/annotate(document:)`` of a
/// fresh session annotates it (two passes, so a short form before the full name is linked).
///
/// ```swift
/// let queue = DocumentQueue<String>(annotator: annotator, jobs: 4)
/// for path in paths {
///   let input = try TextInput(path: path)
///   var segments: [TextSegment] = []
///   while let segment = try input.next() { segments.append(segment) }
///   queue.add(segments, tag: path) { segments, path, mentions in print(path, mentions.count) }
/// }
/// queue.finish { segments, path, mentions in print(path, mentions.count) }
/// ```
///
/// With `jobs` 1 each document is annotated at once on the calling thread. Not thread-safe
/// itself: call it from one thread.
public final class DocumentQueue<Tag> {
  private let work: OrderedSessionWork<(segments: [TextSegment], tag: Tag), [[Mention]]>

  /// A queue with up to `jobs` worker threads (at least one).
  public init(
    annotator: Annotator, options: AnnotationOptions = AnnotationOptions(),
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    work = OrderedSessionWork(annotator: annotator, options: options, jobs: jobs)
  }

  /// Queues the document made of `segments` (offsets counted from its start); `each` gets the
  /// mentions of earlier documents whose turn has come, one array per segment.
  public func add(
    _ segments: [TextSegment], tag: Tag,
    each: (_ segments: [TextSegment], _ tag: Tag, _ mentions: [[Mention]]) throws -> Void
  ) rethrows {
    try work.add(tag: (segments, tag), each: { try each($0.segments, $0.tag, $1) }) { session in
      session.startDocument(date: nil)
      return session.annotate(document: segments)
    }
  }

  /// Hands over the mentions of every document still queued.
  public func finish(
    each: (_ segments: [TextSegment], _ tag: Tag, _ mentions: [[Mention]]) throws -> Void
  ) rethrows {
    try work.finish { try each($0.segments, $0.tag, $1) }
  }
}

extension Annotator {
  /// Annotates `documents` on up to `jobs` threads, each document on its own as
  /// annotating it alone does; the results are in the order of `documents`.
  ///
  /// ```swift
  /// let results = annotator.annotate(articles, jobs: 4)   // articles: [Document]
  /// ```
  public func annotate(
    _ documents: [Document], options: AnnotationOptions = AnnotationOptions(), jobs: Int
  ) -> [AnnotatedDocument] {
    var results: [AnnotatedDocument] = []
    results.reserveCapacity(documents.count)
    let work = OrderedSessionWork<Void, AnnotatedDocument>(
      annotator: self, options: options, jobs: jobs)
    let collect = { (_: Void, result: AnnotatedDocument) in results.append(result) }
    for document in documents {
      work.add(tag: (), each: collect) { DocumentSession(session: $0).annotate(document) }
    }
    work.finish(each: collect)
    return results
  }
}
