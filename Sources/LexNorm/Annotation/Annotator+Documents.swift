extension Annotator {
  /// The mentions of one document, with a fresh session: nothing from other documents is seen.
  /// For many documents, a ``DocumentSession`` (or the `Sequence` variant, which uses one) is
  /// faster: it keeps what the words already read mean.
  ///
  /// ```swift
  /// let result = annotator.annotate(Document(id: "a1", text: "Президент прибыл.", date: day))
  /// result.mentions.first?.refersTo   // the president in office on `day`
  /// ```
  public func annotate(_ document: Document, options: AnnotationOptions = AnnotationOptions())
    -> AnnotatedDocument
  {
    makeDocumentSession(options: options).annotate(document)
  }

  /// A session for a stream of documents, annotated one after another.
  public func makeDocumentSession(options: AnnotationOptions = AnnotationOptions())
    -> DocumentSession
  {
    DocumentSession(session: makeSession(options: options))
  }

  /// Annotates `documents` one by one, lazily: each result is made when it is read, so an
  /// endless sequence is processed in bounded memory.
  ///
  /// ```swift
  /// for result in annotator.annotate(articles) {   // articles: [Document]
  ///   print(result.id, result.mentions.count)
  /// }
  /// ```
  public func annotate<Documents: Sequence<Document>>(
    _ documents: Documents, options: AnnotationOptions = AnnotationOptions()
  ) -> LazyMapSequence<Documents, AnnotatedDocument> {
    let session = makeDocumentSession(options: options)
    return documents.lazy.map { session.annotate($0) }
  }

  /// Annotates the documents of an asynchronous stream (a feed, a queue, lines of a socket) as
  /// they arrive, one result per document, in order. Errors of the stream are passed on.
  ///
  /// ```swift
  /// for try await result in annotator.annotate(feed) {   // feed: some AsyncSequence<Document, any Error>
  ///   try await store(result)
  /// }
  /// ```
  ///
  /// Each document gets a new session here (the mapping may run on any thread); for a long
  /// stream of short documents, a ``DocumentSession`` in your own loop is faster.
  public func annotate<Documents: AsyncSequence>(
    _ documents: Documents, options: AnnotationOptions = AnnotationOptions()
  ) -> AsyncMapSequence<Documents, AnnotatedDocument> where Documents.Element == Document {
    documents.map { annotate($0, options: options) }
  }
}

/// Annotates a stream of documents one after another. Each document starts afresh (no short
/// forms, its own date); what the words of earlier documents mean to the lexicon is kept, so a
/// stream of short articles costs about as much per word as one long text.
///
/// Not thread-safe: make one per thread (``Annotator/makeDocumentSession(options:)``).
public final class DocumentSession {
  private let session: AnnotationSession

  init(session: AnnotationSession) { self.session = session }

  /// The mentions of `document`, with UTF-8 byte offsets into its text.
  public func annotate(_ document: Document) -> AnnotatedDocument {
    session.startDocument(date: document.date)
    let mentions = session.annotate(
      TextSegment(text: document.text, byteOffset: 0, endsLine: false))
    return AnnotatedDocument(id: document.id, date: session.date, mentions: mentions)
  }
}
