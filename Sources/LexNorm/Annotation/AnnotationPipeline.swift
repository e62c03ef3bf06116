import Foundation

/// Annotates the segments of one or more documents on several threads, with exactly the
/// mentions one ``AnnotationSession`` per document gives when it reads them in order.
///
/// Segments are handed over in order with ``add(_:tag:each:)``; ``startDocument()`` marks where
/// the next document begins. Worker threads draft batches of segments ahead (tokens, document
/// references, the phrases at each token: what depends on the segment's bytes and the
/// document's date only); the calling thread then goes through the drafts in order with the
/// document's session, which adds what carries from segment to segment (short forms of the
/// persons named so far, roles) and matches again only where a short form changed the way.
/// Results are handed to `each` on the calling thread, in input order, a batch behind.
///
/// ```swift
/// let pipeline = AnnotationPipeline<String>(annotator: annotator, jobs: 4)
/// for path in paths {
///   pipeline.startDocument()
///   let input = try TextInput(path: path)
///   while let segment = try input.next() {
///     pipeline.add(segment, tag: path) { segment, path, mentions in print(path, mentions.count) }
///   }
/// }
/// pipeline.finish { segment, path, mentions in print(path, mentions.count) }
/// ```
///
/// Not thread-safe itself: call it from one thread.
public final class AnnotationPipeline<Tag> {
  private let annotator: Annotator
  private let options: AnnotationOptions
  private let jobs: Int
  private let workers: SessionWorkers
  private let batchBytes: Int
  private var session: AnnotationSession
  /// The document's date before the next segment (what the workers start from).
  private var date: CalendarDate?
  private var startsDocument = true
  private var filling: [QueuedSegment] = []
  private var fillingTags: [Tag] = []
  private var fillingBytes = 0
  private var inFlight: [(batch: Batch, tags: [Tag])] = []

  /// A pipeline with up to `jobs` worker threads (at least one); `batchBytes` of text go to a
  /// worker at a time.
  public init(
    annotator: Annotator, options: AnnotationOptions = AnnotationOptions(),
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchBytes: Int = 1 << 18
  ) {
    self.annotator = annotator
    self.options = options
    self.jobs = max(1, jobs)
    self.batchBytes = max(1, batchBytes)
    workers = SessionWorkers(annotator: annotator, options: options, limit: max(1, jobs))
    session = annotator.makeSession(options: options)
    date = options.date
  }

  /// The segments added next belong to a new document: no short forms or date carry over.
  public func startDocument() {
    startsDocument = true
    date = options.date
  }

  /// Queues `segment`, the next one of the current document; `each` gets the mentions of
  /// earlier segments whose turn has come.
  public func add(
    _ segment: TextSegment, tag: Tag,
    each: (_ segment: TextSegment, _ tag: Tag, _ mentions: [Mention]) throws -> Void
  ) rethrows {
    let dateBefore = date
    if date == nil {
      var text = segment.text
      date = text.withUTF8 { DateFinder.firstDate(in: $0) }
    }
    filling.append(
      QueuedSegment(segment: segment, dateBefore: dateBefore, startsDocument: startsDocument))
    fillingTags.append(tag)
    startsDocument = false
    fillingBytes += segment.text.utf8.count
    guard fillingBytes >= batchBytes else { return }
    dispatchFilling()
    // Two batches per worker in flight keep the workers busy while this thread catches up.
    while inFlight.count > 2 * jobs { try finishOldest(each) }
  }

  /// Hands over the mentions of every segment still queued.
  public func finish(
    each: (_ segment: TextSegment, _ tag: Tag, _ mentions: [Mention]) throws -> Void
  ) rethrows {
    dispatchFilling()
    while !inFlight.isEmpty { try finishOldest(each) }
  }

  private func dispatchFilling() {
    guard !filling.isEmpty else { return }
    let batch = Batch(items: filling)
    inFlight.append((batch, fillingTags))
    filling = []
    fillingTags = []
    fillingBytes = 0
    workers.run { session in
      batch.drafts.fulfil(batch.items.map { session.draft($0.segment, dateBefore: $0.dateBefore) })
    }
  }

  private func finishOldest(
    _ each: (_ segment: TextSegment, _ tag: Tag, _ mentions: [Mention]) throws -> Void
  ) rethrows {
    let (batch, tags) = inFlight.removeFirst()
    let drafts = batch.drafts.wait()
    for (position, item) in batch.items.enumerated() {
      if item.startsDocument { session = annotator.makeSession(options: options) }
      try each(
        item.segment, tags[position], session.annotate(item.segment, draft: drafts[position]))
    }
  }
}

/// A segment with what a worker needs to draft it alone.
private struct QueuedSegment: Sendable {
  var segment: TextSegment
  var dateBefore: CalendarDate?
  var startsDocument: Bool
}

/// Segments for a worker to draft, and the drafts once it has.
private struct Batch: Sendable {
  let items: [QueuedSegment]
  let drafts = Promise<[AnnotationSession.Draft]>(placeholder: [])
}
