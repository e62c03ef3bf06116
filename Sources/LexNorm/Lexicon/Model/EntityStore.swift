/// Entities kept outside Swift values (the records of a compiled lexicon), with the little
/// that loading needs about each one answered from compact tables.
protocol EntitySource: AnyObject, Sendable {
  var count: Int { get }
  func kind(at position: Int) -> EntityKind
  /// The position of the entity with this ID.
  func position(of id: String) -> Int?
  /// The entity at `position`, decoded; the same value every time.
  func decode(at position: Int) -> Entity
}

/// The entities of a lexicon by position: Swift values, or a compiled lexicon's records,
/// each decoded the first time it is read. Reading an entity's kind or position decodes
/// nothing, so annotating a short text decodes only the entities it mentions.
struct EntityStore: RandomAccessCollection, Sendable {
  private enum Storage: Sendable {
    case values([Entity], positions: [String: Int])
    case decoded(DecodedEntities)
  }

  private let storage: Storage

  /// `entities`, which must have distinct IDs.
  init(_ entities: [Entity], positions: [String: Int]) {
    storage = .values(entities, positions: positions)
  }

  init(_ source: any EntitySource) {
    storage = .decoded(DecodedEntities(source))
  }

  var startIndex: Int { 0 }

  var endIndex: Int {
    switch storage {
    case .values(let entities, _): entities.count
    case .decoded(let decoded): decoded.source.count
    }
  }

  subscript(position: Int) -> Entity {
    switch storage {
    case .values(let entities, _): entities[position]
    case .decoded(let decoded): decoded[position]
    }
  }

  /// The kind of the entity at `position`, without copying or decoding it.
  func kind(at position: Int) -> EntityKind {
    switch storage {
    case .values(let entities, _): entities[position].kind
    case .decoded(let decoded): decoded.source.kind(at: position)
    }
  }

  func position(of id: String) -> Int? {
    switch storage {
    case .values(_, let positions): positions[id]
    case .decoded(let decoded): decoded.source.position(of: id)
    }
  }

  /// How many entities have been decoded so far (all of them for values).
  var decodedCount: Int {
    switch storage {
    case .values(let entities, _): entities.count
    case .decoded(let decoded): decoded.count
    }
  }

  /// Every entity as values (decoding the rest of a compiled lexicon).
  var all: [Entity] {
    switch storage {
    case .values(let entities, _): entities
    case .decoded(let decoded): decoded.all
    }
  }
}

/// The entities of an ``EntitySource`` decoded so far. Threads share it: the table of decoded
/// entities is reached only under a lock (an `NSLock`, which ThreadSanitizer sees), and an
/// entity is decoded outside it, so two threads may both decode one; the first stored wins.
private final class DecodedEntities: Sendable {
  let source: any EntitySource

  private struct Table {
    /// Position → index in ``decoded`` plus one; 0 while not decoded.
    var slots: [Int32]
    var decoded: [Entity] = []
    /// Every position decoded, in order (once ``DecodedEntities/all`` has run).
    var all: [Entity]?
  }

  private let table: Locked<Table>

  init(_ source: any EntitySource) {
    self.source = source
    table = Locked(Table(slots: [Int32](repeating: 0, count: source.count)))
  }

  subscript(position: Int) -> Entity {
    let known = table.withLock { table -> Entity? in
      let slot = Int(table.slots[position])
      return slot == 0 ? nil : table.decoded[slot - 1]
    }
    if let known { return known }
    let entity = source.decode(at: position)
    table.withLock { table in
      if table.slots[position] == 0 {
        table.decoded.append(entity)
        table.slots[position] = Int32(table.decoded.count)
      }
    }
    return entity
  }

  var count: Int { table.withLock { $0.decoded.count } }

  var all: [Entity] {
    if let all = table.withLock({ $0.all }) { return all }
    let all = (0..<source.count).map { self[$0] }
    table.withLock { $0.all = all }
    return all
  }
}
