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
  /// How the span reached the entity, in order (`["transcribed-ru", "inflected"]`); the JSON
  /// key is `method`.
  public var methods: [MatchMethod]
  /// For a title used without a name: the person who held the office on the document's date.
  public var refersTo: String?
  /// Other entities the span fits equally well (an ambiguous name); empty when unambiguous.
  public var alternatives: [String]

  /// A mention of entity `id` at the UTF-8 byte range `start..<end`.
  public init(
    start: Int, end: Int, text: String, id: String, kind: EntityKind, label: String,
    score: Double, methods: [MatchMethod], refersTo: String? = nil, alternatives: [String] = []
  ) {
    self.start = start
    self.end = end
    self.text = text
    self.id = id
    self.kind = kind
    self.label = label
    self.score = score
    self.methods = methods
    self.refersTo = refersTo
    self.alternatives = alternatives
  }

  // The JSON key stays `method`, as `lexnorm annotate` prints it.
  private enum CodingKeys: String, CodingKey {
    case start, end, text, id, kind, label, score, refersTo, alternatives
    case methods = "method"
  }
}

/// One entity a looked-up name may denote, ranked by ``score``
/// (see ``Annotator/lookup(_:labelLanguage:)``).
public struct LookupCandidate: Sendable, Hashable, Codable {
  /// The canonical ID.
  public var id: String
  /// The entity's kind.
  public var kind: EntityKind
  /// The preferred label.
  public var label: String
  /// Confidence in 0…1.
  public var score: Double
  /// How the query reached the entity, in order; the JSON key is `method`.
  public var methods: [MatchMethod]

  /// A candidate entity `id` for a looked-up name.
  public init(id: String, kind: EntityKind, label: String, score: Double, methods: [MatchMethod]) {
    self.id = id
    self.kind = kind
    self.label = label
    self.score = score
    self.methods = methods
  }

  // The JSON key stays `method`, as `lexnorm lookup` prints it.
  private enum CodingKeys: String, CodingKey {
    case id, kind, label, score
    case methods = "method"
  }
}
