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
  let entities: EntityStore
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

  /// Builds the index of `lexicon`. The phrases are planned on all cores, `entitiesPerRun`
  /// entities at a time, and stored in lexicon order, so the index is the same however the
  /// work is split.
  init(lexicon: Lexicon, entitiesPerRun: Int = 1024) {
    let entities = lexicon.entities
    var builder = Builder(entities: entities)
    for run in PhrasePlanner.plan(entities, entitiesPerRun: entitiesPerRun) {
      builder.add(run)
    }
    self.init(entities: lexicon.store, builder: builder)
  }

  private init(entities: EntityStore, builder: Builder) {
    self.entities = entities
    vocabulary = builder.vocabulary
    edges = builder.edges.table()
    (targetStarts, targets) = builder.targetsByNode()
    longestPhrase = builder.longestPhrase
    nonPersonStarts = builder.nonPersonStarts
    stemPrefixes = TokenKeys.stemPrefixes(of: vocabulary.keys)
    vocabularyFilter = VocabularyFilter(vocabulary.keys)
    lowercaseFilter = LowercaseWordFilter(vocabulary: vocabulary.keys)
  }

  /// An index from its stored parts (a compiled lexicon file).
  init(
    entities: EntityStore, vocabulary: [String: Int32], edges: EdgeTable, targetStarts: [Int32],
    targets: [PhraseTarget], longestPhrase: Int, nonPersonStarts: Set<Int32>,
    stemPrefixes: StemPrefixes
  ) {
    self.nonPersonStarts = nonPersonStarts
    self.entities = entities
    self.vocabulary = vocabulary
    self.edges = edges
    self.targetStarts = targetStarts
    self.targets = targets
    self.longestPhrase = longestPhrase
    self.stemPrefixes = stemPrefixes
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

  /// Stores planned phrases in a trie. Keys are numbered and edges and targets added in the
  /// order the phrases come, so the same phrases in the same order give the same index.
  private struct Builder {
    var vocabulary: [String: Int32] = [:]
    var edges = EdgeTable.Builder(minimumCapacity: 1 << 10)
    /// Nodes so far, the root (node 0) included.
    var nodeCount: Int32 = 1
    /// The end node and target of every stored phrase, in the order stored.
    var endNodes: [Int32] = []
    var phraseTargets: [PhraseTarget] = []
    var longestPhrase = 0
    var nonPersonStarts: Set<Int32> = []
    private let entities: [Entity]

    init(entities: [Entity]) {
      self.entities = entities
    }

    mutating func add(_ run: PlannedPhrases) {
      // The run numbers its keys in order of first use, so numbering the new ones in that order
      // is what adding its phrases one by one would do.
      let numbers = run.keys.map { key in
        if let existing = vocabulary[key] { return existing }
        let number = Int32(vocabulary.count)
        vocabulary[key] = number
        return number
      }
      var start = 0
      for (end, target) in zip(run.phraseEnds, run.targets) {
        var node: Int32 = 0
        for index in start..<end {
          let key = numbers[Int(run.keyNumbers[index])]
          if let next = edges.child(of: node, key: key) {
            node = next
          } else {
            edges.insert(node: node, key: key, child: nodeCount)
            node = nodeCount
            nodeCount += 1
          }
        }
        endNodes.append(node)
        phraseTargets.append(target)
        longestPhrase = max(longestPhrase, end - start)
        if entities[Int(target.entity)].kind != .person {
          nonPersonStarts.insert(numbers[Int(run.keyNumbers[start])])
        }
        start = end
      }
    }

    /// Each node's distinct targets in the order first stored, node after node: where node n's
    /// begin and end in the flat list (n + 1 starts), and the list.
    func targetsByNode() -> (starts: [Int32], targets: [PhraseTarget]) {
      // A counting sort by node keeps each node's targets in the order stored.
      var starts = [Int32](repeating: 0, count: Int(nodeCount) + 1)
      for node in endNodes { starts[Int(node) + 1] += 1 }
      for node in 0..<Int(nodeCount) { starts[node + 1] += starts[node] }
      var next = starts
      var sorted = phraseTargets
      for (node, target) in zip(endNodes, phraseTargets) {
        sorted[Int(next[Int(node)])] = target
        next[Int(node)] += 1
      }
      // The same target stored twice (two forms with the same keys) is kept once.
      var targets: [PhraseTarget] = []
      targets.reserveCapacity(sorted.count)
      var distinctStarts: [Int32] = [0]
      distinctStarts.reserveCapacity(starts.count)
      for node in 0..<Int(nodeCount) {
        let first = targets.count
        for target in sorted[Int(starts[node])..<Int(starts[node + 1])]
        where !targets[first...].contains(target) {
          targets.append(target)
        }
        distinctStarts.append(Int32(targets.count))
      }
      return (distinctStarts, targets)
    }
  }
}
