/// The phrases a run of entities stores, with their token keys numbered within the run: the
/// costly part of building an index (forms, transcriptions, token keys), which needs no trie.
struct PlannedPhrases: Sendable {
  /// The vocabulary keys the phrases use, in order of first use.
  var keys: [String] = []
  /// Per phrase, in order: its tokens' positions in ``keys``, one after the other.
  var keyNumbers: [Int32] = []
  /// Where each phrase's tokens end in ``keyNumbers``.
  var phraseEnds: [Int] = []
  var targets: [PhraseTarget] = []
}

/// Plans the phrases of entities on all cores. Each worker keeps its own memo of token keys and
/// transcriptions across the runs it takes: a lexicon's names share few distinct words.
struct PhrasePlanner {
  /// Per token, layer and language (what a stored key depends on): the number of the token's
  /// vocabulary key, or `nil` when the layer gives the token no key.
  private var keyMemo = ByteMemo<Int32?>()
  /// The languages seen, numbered for the memo's context.
  private var languages: [LanguageTag] = []
  /// The vocabulary keys the memo holds, by number.
  private var memoKeys: [String] = []
  /// Per memo key, its position in the current run's ``PlannedPhrases/keys`` (or -1).
  private var runNumbers: [Int32] = []
  private var transcriptions = TranscriptionMemo()

  /// The planned phrases of `entities`, one value per run of `entitiesPerRun` entities, in
  /// lexicon order.
  static func plan(_ entities: [Entity], entitiesPerRun: Int) -> [PlannedPhrases] {
    ParallelRuns.map(
      count: entities.count, runLength: entitiesPerRun, makeWorker: PhrasePlanner.init
    ) { planner, run in
      planner.plan(entities[run], firstPosition: run.lowerBound)
    }
  }

  private mutating func plan(
    _ entities: ArraySlice<Entity>, firstPosition: Int
  ) -> PlannedPhrases {
    var run = PlannedPhrases()
    for index in runNumbers.indices { runNumbers[index] = -1 }
    for (offset, entity) in entities.enumerated() {
      for form in EntityForms.forms(of: entity, transcriptions: &transcriptions) {
        add(form, of: entity, at: Int32(firstPosition + offset), to: &run)
      }
    }
    return run
  }

  private mutating func add(
    _ form: EntityForm, of entity: Entity, at position: Int32, to run: inout PlannedPhrases
  ) {
    let words = PhraseIndex.words(of: form.text)
    guard !words.isEmpty else { return }
    // A person is never found by one word alone (`Mai`, `Lam`), unless the lexicon lists that
    // word as an alias on purpose.
    if entity.kind == .person, words.count < 2, form.origin != .alias { return }
    for layer in Self.layers(for: form, of: entity) {
      let start = run.keyNumbers.count
      var complete = true
      for word in words {
        guard let number = memoKey(word, layer: layer, language: form.language) else {
          complete = false
          break
        }
        run.keyNumbers.append(number)
      }
      guard complete else {
        run.keyNumbers.removeSubrange(start...)
        continue
      }
      // Only keys of stored phrases are numbered, in the order the phrases use them.
      for index in start..<run.keyNumbers.count {
        let memoNumber = Int(run.keyNumbers[index])
        if runNumbers[memoNumber] < 0 {
          runNumbers[memoNumber] = Int32(run.keys.count)
          run.keys.append(memoKeys[memoNumber])
        }
        run.keyNumbers[index] = runNumbers[memoNumber]
      }
      run.phraseEnds.append(run.keyNumbers.count)
      run.targets.append(PhraseTarget(entity: position, origin: form.origin, layer: layer))
    }
  }

  /// The memo number of the token's vocabulary key; `nil` when the token has no key in the
  /// layer (or an empty one), which leaves the phrase out of that layer.
  private mutating func memoKey(
    _ token: String, layer: KeyLayer, language: LanguageTag
  ) -> Int32? {
    let languageNumber = languages.firstIndex(of: language) ?? languages.count
    if languageNumber == languages.count { languages.append(language) }
    let context = languageNumber * KeyLayer.allCases.count + Int(layer.rawValue)
    var written = token
    return written.withUTF8 { bytes in
      if let known = keyMemo.value(for: UnsafeRawBufferPointer(bytes), context: context) {
        return known
      }
      var number: Int32?
      if let key = TokenKeys.storedKey(token, layer: layer, language: language), !key.isEmpty {
        number = Int32(memoKeys.count)
        memoKeys.append(layer.key(key))
        runNumbers.append(-1)
      }
      keyMemo.store(number, for: UnsafeRawBufferPointer(bytes), context: context)
      return number
    }
  }

  /// The layers a form is stored under.
  private static func layers(for form: EntityForm, of entity: Entity) -> [KeyLayer] {
    var layers: [KeyLayer] = [.folded]
    if entity.kind == .person {
      // A generated transcription's syllable keys are those of the `vi` label it came from.
      if entity.generatesVariants, form.origin != .generatedTranscription {
        layers.append(.nameSyllable)
      }
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
}
