extension Annotator {
  /// The mentions of one document, with a fresh session: nothing from other documents is seen.
  ///
  /// ```swift
  /// let result = annotator.annotate(Document(id: "a1", text: "Президент прибыл.", date: day))
  /// result.mentions.first?.refersTo   // the president in office on `day`
  /// ```
  public func annotate(_ document: Document, options: AnnotationOptions = AnnotationOptions())
    -> AnnotatedDocument
  {
    var options = options
    if let date = document.date { options.date = date }
    let session = makeSession(options: options)
    let mentions = session.annotate(TextSegment(text: document.text, byteOffset: 0, endsLine: false))
    return AnnotatedDocument(id: document.id, date: session.date, mentions: mentions)
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
    documents.lazy.map { annotate($0, options: options) }
  }

  /// Annotates the documents of an asynchronous stream (a feed, a queue, lines of a socket) as
  /// they arrive, one result per document, in order. Errors of the stream are passed on.
  ///
  /// ```swift
  /// for try await result in annotator.annotate(feed) {   // feed: some AsyncSequence<Document, any Error>
  ///   try await store(result)
  /// }
  /// ```
  public func annotate<Documents: AsyncSequence>(
    _ documents: Documents, options: AnnotationOptions = AnnotationOptions()
  ) -> AsyncMapSequence<Documents, AnnotatedDocument> where Documents.Element == Document {
    documents.map { annotate($0, options: options) }
  }
}
