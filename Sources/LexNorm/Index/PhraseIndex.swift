/// One way a stored phrase leads to an entity.
struct PhraseTarget: Sendable, Hashable {
  /// Position of the entity in ``PhraseIndex/entities``.
  var entity: Int32
  var origin: FormOrigin
  var layer: KeyLayer
}

/// The compiled lexicon: every form of every entity as a path of token keys in a trie.
///
/// Keys are interned to integers, and the trie is a flat edge table from (node, key) to node,
/// so a walk over text costs one hash lookup per token and layer, whatever the lexicon's size.
struct PhraseIndex: Sendable {
  /// The entities, in lexicon order.
  let entities: [Entity]
  /// Token key (layer-prefixed) → key number.
  private(set) var vocabulary: [String: Int32] = [:]
  /// (node << 32 | key) → child node. Node 0 is the root.
  private(set) var edges: [UInt64: Int32] = [:]
  /// Node → the entities whose form ends there.
  private(set) var targets: [Int32: [PhraseTarget]] = [:]
  private var nodeCount: Int32 = 1
  /// The most tokens in any stored phrase.
  private(set) var longestPhrase = 0

  init(lexicon: Lexicon) {
    entities = lexicon.entities
    for (position, entity) in entities.enumerated() {
      for form in EntityForms.forms(of: entity) {
        add(form, of: entity, at: Int32(position))
      }
    }
  }

  func keyNumber(_ vocabularyKey: String) -> Int32? { vocabulary[vocabularyKey] }

  func child(of node: Int32, key: Int32) -> Int32? {
    edges[UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))]
  }

  func targets(at node: Int32) -> [PhraseTarget]? { targets[node] }

  // MARK: Building

  private mutating func add(_ form: EntityForm, of entity: Entity, at position: Int32) {
    let words = PhraseIndex.words(of: form.text)
    guard !words.isEmpty else { return }
    // A person is never found by one word alone (`Mai`, `Lam`), unless the lexicon lists that
    // word as an alias on purpose.
    if entity.kind == .person, words.count < 2, form.origin != .alias { return }
    for layer in layers(for: form, of: entity) {
      let keys = words.compactMap { TokenKeys.storedKey($0, layer: layer) }
      guard keys.count == words.count, !keys.contains(where: \.isEmpty) else { continue }
      insert(keys.map { layer.key($0) }, target: PhraseTarget(entity: position, origin: form.origin, layer: layer))
    }
  }

  private func layers(for form: EntityForm, of entity: Entity) -> [KeyLayer] {
    var layers: [KeyLayer] = [.folded]
    guard entity.kind != .person, entity.kind != .document else { return layers }
    switch form.language {
    case .en: layers.append(.englishStem)
    case .de: layers.append(.germanStem)
    case .ru: layers.append(.russianStem)
    default: break
    }
    return layers
  }

  private mutating func insert(_ keys: [String], target: PhraseTarget) {
    var node: Int32 = 0
    for key in keys {
      let number: Int32
      if let existing = vocabulary[key] {
        number = existing
      } else {
        number = Int32(vocabulary.count)
        vocabulary[key] = number
      }
      let edge = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: number))
      if let next = edges[edge] {
        node = next
      } else {
        edges[edge] = nodeCount
        node = nodeCount
        nodeCount += 1
      }
    }
    if targets[node]?.contains(target) != true { targets[node, default: []].append(target) }
    longestPhrase = max(longestPhrase, keys.count)
  }

  /// The word tokens of a lexicon form, split exactly as running text is.
  static func words(of text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      Tokenizer.tokens(in: bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }
  }
}
