/// A set of entities with unique IDs: what LexNorm matches text against.
///
/// Build one from files with `Lexicon.load(from:)` or from values with
/// ``init(entities:)``. A lexicon is an immutable value and safe to share between threads.
public struct Lexicon: Sendable {
  /// The entities, in the order they were defined.
  ///
  /// A lexicon loaded from a compiled file decodes its entities one by one as they are needed;
  /// reading this property decodes them all.
  public var entities: [Entity] { store.all }
  /// The entities by position.
  let store: EntityStore
  /// Title ID → positions of the persons who ever held it.
  let holdersByTitle: [String: [Int]]
  /// Entity ID → positions of the entities it replaced (`replaced-by` read backwards).
  let predecessorsByID: [String: [Int]]

  /// A lexicon of the given entities; a later entity with the same ID as an earlier one
  /// replaces it, in the earlier one's place (as ``merging(_:)-(Lexicon)`` does). This
  /// initializer never fails: ``LexiconValidator`` reports duplicates within files.
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
    var predecessors: [String: [Int]] = [:]
    for position in kept.indices {
      if let successor = kept[position].replacedBy {
        predecessors[successor, default: []].append(position)
      }
    }
    store = EntityStore(kept, positions: index)
    holdersByTitle = holders
    predecessorsByID = predecessors
  }

  /// A lexicon of stored entities (a compiled lexicon) and the tables made when it was
  /// compiled: the entities' IDs are distinct and the tables are this initializer's.
  init(
    store: EntityStore, holdersByTitle: [String: [Int]], predecessorsByID: [String: [Int]]
  ) {
    self.store = store
    self.holdersByTitle = holdersByTitle
    self.predecessorsByID = predecessorsByID
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
    store.position(of: id).map { store[$0] }
  }

  /// The position of the entity with this ID in ``entities``.
  func position(of id: String) -> Int? { store.position(of: id) }

  /// Whether some entity names another in `replaced-by`.
  var hasSuccessions: Bool { !predecessorsByID.isEmpty }

  /// Whether the entity `id` replaced another or was replaced.
  func isInSuccession(_ id: String) -> Bool {
    predecessorsByID[id] != nil || self[id]?.replacedBy != nil
  }

  /// The entities linked to `id` by `replaced-by`, in either direction and over any number of
  /// steps, `id`'s own entity first; just that entity when it has no succession.
  public func succession(of id: String) -> [Entity] {
    guard let start = store.position(of: id) else { return [] }
    var found = [start]
    var seen: Set = [start]
    var next = 0
    while next < found.count {
      let entity = store[found[next]]
      next += 1
      let successor = entity.replacedBy.flatMap { store.position(of: $0) }
      for position in (successor.map { [$0] } ?? []) + (predecessorsByID[entity.id] ?? [])
      where seen.insert(position).inserted {
        found.append(position)
      }
    }
    return found.map { store[$0] }
  }

  /// The entity that stood for `id` on `date`: itself when it existed then (or has no dates),
  /// else the one entity of its ``succession(of:)`` that existed then; `nil` when none or
  /// several did. Among several, `preferring` (the other readings of the same written form)
  /// decides.
  func entity(
    _ id: String, validOn date: CalendarDate, preferring readings: [String] = []
  ) -> Entity? {
    guard let entity = self[id] else { return nil }
    if entity.validity.contains(date) { return entity }
    let valid = succession(of: id).filter { $0.validity.contains(date) }
    if valid.count == 1 { return valid.first }
    let preferred = valid.filter { readings.contains($0.id) }
    return preferred.count == 1 ? preferred.first : nil
  }

  /// The persons who held the office `titleID` on `date`.
  public func holders(of titleID: String, on date: CalendarDate) -> [Entity] {
    (holdersByTitle[titleID] ?? []).map { store[$0] }.filter { entity in
      entity.roles.contains { $0.title == titleID && $0.isHeld(on: date) }
    }
  }
}
