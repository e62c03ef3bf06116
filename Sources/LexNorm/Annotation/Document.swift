/// One document of a stream or archive: an article, a post, a record of a JSON Lines file.
///
/// Each document is annotated on its own: the persons it names (for later short forms) and its
/// date (for bare titles) never carry over to the next document.
public struct Document: Sendable, Hashable {
  /// The caller's identifier, handed back unchanged with the document's results.
  public var id: String
  /// The whole text; mention offsets are UTF-8 byte offsets into it.
  public var text: String
  /// The publication date, for resolving bare titles to office holders. When `nil`, the
  /// annotation options' date is used, else the first date written in the text.
  public var date: CalendarDate?

  public init(id: String, text: String, date: CalendarDate? = nil) {
    self.id = id
    self.text = text
    self.date = date
  }
}

/// The result of annotating one ``Document``.
public struct AnnotatedDocument: Sendable, Hashable {
  /// The ``Document/id`` of the document.
  public var id: String
  /// The date bare titles were resolved against: the document's own, else the options', else
  /// the first date in the text; `nil` when there was none.
  public var date: CalendarDate?
  /// The mentions in document order, with UTF-8 byte offsets into ``Document/text``.
  public var mentions: [Mention]

  public init(id: String, date: CalendarDate?, mentions: [Mention]) {
    self.id = id
    self.date = date
    self.mentions = mentions
  }
}
