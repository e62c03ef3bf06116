/// A span of text linked to an entity of the lexicon.
public struct Mention: Sendable, Hashable, Codable {
  /// UTF-8 offset of the first byte in the original input.
  public var start: Int
  /// UTF-8 offset one past the last byte (exclusive).
  public var end: Int
  /// The exact text of the span, as written.
  public var text: String
  /// The canonical ID (`person:to-lam`).
  public var id: String
  /// The entity's kind.
  public var kind: EntityKind
  /// The entity's preferred label in the requested language.
  public var label: String
  /// Confidence in 0…1.
  public var score: Double
  /// How the span reached the entity, in order (`["transcribed-ru", "inflected"]`).
  public var method: [MatchMethod]
  /// For a title used without a name: the person who held the office on the document's date.
  public var refersTo: String?
  /// Other entities the span fits equally well (an ambiguous name); empty when unambiguous.
  public var alternatives: [String]

  public init(
    start: Int, end: Int, text: String, id: String, kind: EntityKind, label: String,
    score: Double, method: [MatchMethod], refersTo: String? = nil, alternatives: [String] = []
  ) {
    self.start = start
    self.end = end
    self.text = text
    self.id = id
    self.kind = kind
    self.label = label
    self.score = score
    self.method = method
    self.refersTo = refersTo
    self.alternatives = alternatives
  }
}

/// One entity a query or span may denote, ranked by ``score``.
public struct Candidate: Sendable, Hashable, Codable {
  /// The canonical ID.
  public var id: String
  /// The entity's kind.
  public var kind: EntityKind
  /// The preferred label.
  public var label: String
  /// Confidence in 0…1.
  public var score: Double
  /// How the query reached the entity.
  public var method: [MatchMethod]
}
