/// One way a stored phrase leads to an entity.
struct PhraseTarget: Sendable, Hashable {
  /// Position of the entity in ``PhraseIndex/entities``.
  var entity: Int32
  var origin: FormOrigin
  var layer: KeyLayer
}

/// The compiled lexicon: every form of every entity as a path of token keys in a trie.
///
/// Keys are interned to integers and the trie is a flat edge table from (node, key) to node, so
/// a walk over text costs one probe per token and key, whatever the lexicon's size. Everything
/// is arrays, so a compiled lexicon file stores and reloads it without rebuilding.
struct PhraseIndex: Sendable {
  /// The entities, in lexicon order.
  let entities: [Entity]
  /// Token key (layer-prefixed) → key number.
  let vocabulary: [String: Int32]
  let edges: EdgeTable
  /// Node n's targets are `targets[targetStarts[n]..<targetStarts[n + 1]]`.
  let targetStarts: [Int32]
  let targets: [PhraseTarget]
  /// The most tokens in any stored phrase.
  let longestPhrase: Int
  /// First keys of the phrases that lead to something other than a person: the only phrases a
  /// lower-case word can start in running text, where names are capitalised.
  let nonPersonStarts: Set<Int32>
  /// First letters of the stored stems: text tokens are only stemmed when they could match.
  let stemPrefixes: StemPrefixes
  /// Rules out most keys of text tokens before a vocabulary lookup.
  let vocabularyFilter: VocabularyFilter
  /// Lets the scanner skip lower-case words no stored key starts like.
  let lowercaseFilter: LowercaseWordFilter

  init(lexicon: Lexicon) {
    var builder = Builder()
    for (position, entity) in lexicon.entities.enumerated() {
      for form in EntityForms.forms(of: entity) {
        builder.add(form, of: entity, at: Int32(position))
      }
    }
    self.init(entities: lexicon.entities, builder: builder)
  }

  private init(entities: [Entity], builder: Builder) {
    self.entities = entities
    vocabulary = builder.vocabulary
    edges = builder.edges
    var starts: [Int32] = [0]
    var flat: [PhraseTarget] = []
    starts.reserveCapacity(Int(builder.nodeCount) + 1)
    for node in 0..<builder.nodeCount {
      flat.append(contentsOf: builder.targets[node] ?? [])
      starts.append(Int32(flat.count))
    }
    targetStarts = starts
    targets = flat
    longestPhrase = builder.longestPhrase
    nonPersonStarts = builder.nonPersonStarts
    stemPrefixes = TokenKeys.stemPrefixes(of: vocabulary.keys)
    vocabularyFilter = VocabularyFilter(vocabulary.keys)
    lowercaseFilter = LowercaseWordFilter(vocabulary: vocabulary.keys)
  }

  /// An index from its stored parts (a compiled lexicon file).
  init(
    entities: [Entity], vocabulary: [String: Int32], edges: EdgeTable, targetStarts: [Int32],
    targets: [PhraseTarget], longestPhrase: Int, nonPersonStarts: Set<Int32>
  ) {
    self.nonPersonStarts = nonPersonStarts
    self.entities = entities
    self.vocabulary = vocabulary
    self.edges = edges
    self.targetStarts = targetStarts
    self.targets = targets
    self.longestPhrase = longestPhrase
    stemPrefixes = TokenKeys.stemPrefixes(of: vocabulary.keys)
    vocabularyFilter = VocabularyFilter(vocabulary.keys)
    lowercaseFilter = LowercaseWordFilter(vocabulary: vocabulary.keys)
  }

  func keyNumber(_ vocabularyKey: String) -> Int32? { vocabulary[vocabularyKey] }

  @inline(__always)
  func child(of node: Int32, key: Int32) -> Int32? { edges.child(of: node, key: key) }

  /// The targets of phrases that end at `node`.
  @inline(__always)
  func targets(at node: Int32) -> ArraySlice<PhraseTarget> {
    targets[Int(targetStarts[Int(node)])..<Int(targetStarts[Int(node) + 1])]
  }

  /// The word tokens of a lexicon form, split exactly as running text is.
  static func words(of text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      Tokenizer.tokens(in: bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }
  }

  // MARK: Building

  private struct Builder {
    var vocabulary: [String: Int32] = [:]
    var edges = EdgeTable(minimumCapacity: 1 << 10)
    var targets: [Int32: [PhraseTarget]] = [:]
    var nodeCount: Int32 = 1
    var longestPhrase = 0
    var nonPersonStarts: Set<Int32> = []

    mutating func add(_ form: EntityForm, of entity: Entity, at position: Int32) {
      let words = PhraseIndex.words(of: form.text)
      guard !words.isEmpty else { return }
      // A person is never found by one word alone (`Mai`, `Lam`), unless the lexicon lists that
      // word as an alias on purpose.
      if entity.kind == .person, words.count < 2, form.origin != .alias { return }
      for layer in Self.layers(for: form, of: entity) {
        let keys = words.compactMap { TokenKeys.storedKey($0, layer: layer, language: form.language) }
        guard keys.count == words.count, !keys.contains(where: \.isEmpty) else { continue }
        let first = insert(
          keys.map { layer.key($0) },
          target: PhraseTarget(entity: position, origin: form.origin, layer: layer))
        if entity.kind != .person { nonPersonStarts.insert(first) }
      }
    }

    private static func layers(for form: EntityForm, of entity: Entity) -> [KeyLayer] {
      var layers: [KeyLayer] = [.folded]
      if entity.kind == .person {
        // A generated transcription's syllable keys are those of the `vi` label it came from.
        if entity.generate, form.origin != .generatedTranscription { layers.append(.nameSyllable) }
        return layers
      }
      guard entity.kind != .document else { return layers }
      switch form.language {
      case .en: layers.append(.englishStem)
      case .de: layers.append(.germanStem)
      case .ru: layers.append(.russianStem)
      default: break
      }
      return layers
    }

    /// Stores a phrase; returns the key number of its first token.
    @discardableResult
    private mutating func insert(_ keys: [String], target: PhraseTarget) -> Int32 {
      var node: Int32 = 0
      var first: Int32 = -1
      for key in keys {
        let number: Int32
        if let existing = vocabulary[key] {
          number = existing
        } else {
          number = Int32(vocabulary.count)
          vocabulary[key] = number
        }
        if first < 0 { first = number }
        if let next = edges.child(of: node, key: number) {
          node = next
        } else {
          edges.insert(node: node, key: number, child: nodeCount)
          node = nodeCount
          nodeCount += 1
        }
      }
      if targets[node]?.contains(target) != true { targets[node, default: []].append(target) }
      longestPhrase = max(longestPhrase, keys.count)
      return first
    }
  }
}
