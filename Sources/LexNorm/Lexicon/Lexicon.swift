/// A set of entities with unique IDs: what LexNorm matches text against.
///
/// Build one from files with `Lexicon.load(from:)` or from values with
/// ``init(entities:)``. A lexicon is an immutable value and safe to share between threads.
public struct Lexicon: Sendable {
  /// The entities, in the order they were defined.
  public let entities: [Entity]
  private let indexByID: [String: Int]
  /// Title ID → positions of the persons who ever held it.
  private let holdersByTitle: [String: [Int]]

  /// A lexicon of the given entities; a later entity with the same ID as an earlier one
  /// replaces it, in the earlier one's place (as ``merging(_:)`` does). This initializer never
  /// fails: ``LexiconValidator`` reports duplicates within files.
  public init(entities: [Entity]) {
    var index: [String: Int] = [:]
    index.reserveCapacity(entities.count)
    var replaced: [(kept: Int, by: Int)] = []
    // By position, reading single fields: iterating the entities would copy (retain) each one.
    for position in entities.indices {
      let id = entities[position].id
      if let first = index[id] { replaced.append((first, position)) } else { index[id] = position }
    }
    // Copy the entities only when some must go: 100,000 entities are costly to copy.
    var kept = entities
    if !replaced.isEmpty {
      for (first, later) in replaced { kept[first] = entities[later] }
      kept = kept.enumerated().filter { index[$0.element.id] == $0.offset }.map(\.element)
      index = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($0.element.id, $0.offset) })
    }
    var holders: [String: [Int]] = [:]
    for position in kept.indices where !kept[position].roles.isEmpty {
      for role in kept[position].roles where holders[role.title]?.last != position {
        holders[role.title, default: []].append(position)
      }
    }
    self.entities = kept
    indexByID = index
    holdersByTitle = holders
  }

  /// This lexicon with `other`'s entities added: an entity of `other` replaces the one with its
  /// ID here (in its place); the others follow in `other`'s order.
  ///
  /// ```swift
  /// let lexicon = try Lexicon.bundled().merging(contentsOf: [URL(fileURLWithPath: "mine/")])
  /// ```
  public func merging(_ other: Lexicon) -> Lexicon {
    Lexicon(entities: entities + other.entities)
  }

  /// The entity with this ID.
  public subscript(id: String) -> Entity? {
    indexByID[id].map { entities[$0] }
  }

  /// The position of the entity with this ID in ``entities``.
  func position(of id: String) -> Int? { indexByID[id] }

  /// The persons who held the office `titleID` on `date`.
  public func holders(of titleID: String, on date: CalendarDate) -> [Entity] {
    (holdersByTitle[titleID] ?? []).map { entities[$0] }.filter { entity in
      entity.roles.contains { $0.title == titleID && $0.isHeld(on: date) }
    }
  }
}
