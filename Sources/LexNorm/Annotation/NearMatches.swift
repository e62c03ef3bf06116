/// Answers for lookup queries that name no whole form: part of a person's name (`Tấn Dũng`,
/// `Тан Зунг`: middle and given name, or family and given name) and near misses (one letter
/// wrong, dropped, added or two swapped in a syllable: `Nguyne Tan Dung`).
///
/// Both rank below every whole-form match (they are only tried when there is none) and report
/// their own method, `partial` or `fuzzy`.
struct NearMatches {
  let index: PhraseIndex
  let names: PersonSyllables

  /// Confidence of a partial name before the steps its syllables took.
  static let partialScore = 0.8

  /// Confidence of a one-word query that is a person's given name, before its steps.
  static let givenNameScore = 0.7

  /// The persons whose given name (last syllable) `word` is, method `short-form`, all with one
  /// score: ``PersonProminence`` orders them. The word must be capitalised, as names are (`to`
  /// and `mai` are common words); one with diacritics names only a syllable with the same ones
  /// (`Huệ` is not `Huế`).
  func givenName(_ word: String, cache: TokenKeyCache) -> [HitRanking.Ranked] {
    guard word.first?.isUppercase == true else { return [] }
    let table = names.table(index)
    let marked = Folding.key(word) != word.lowercased()
    let written = word.normalized(.nfc).lowercased()
    var steps: [Int32: MethodSteps] = [:]
    for candidate in cache.candidates(for: word) {
      // A person reached by several keys takes the cheapest.
      for person in table.byLastSyllable[candidate.key] ?? []
      where steps[person].map({ $0.penalty > candidate.steps.penalty }) ?? true {
        steps[person] = candidate.steps
      }
    }
    return steps.keys.sorted().compactMap { person in
      guard let steps = steps[person] else { return nil }
      if marked {
        let entity = index.entities[Int(person)]
        let name = entity.labels[.vi] ?? entity.labels.values.sorted().first ?? ""
        let given = PhraseIndex.words(of: name).last?.normalized(.nfc)
        guard given?.lowercased() == written else { return nil }
      }
      let score = max(0, Self.givenNameScore - steps.penalty)
      return HitRanking.Ranked(
        entity: person, score: (score * 1000).rounded() / 1000,
        methods: [.shortForm] + steps.methods)
    }
  }

  /// The persons whose name ends with the query's syllables (middle and given name) or whose
  /// family and given name they are, best first; `words` holds each syllable's keys.
  func partial<Keys: Collection<KeyCandidate>>(_ words: [Keys]) -> [HitRanking.Ranked] {
    guard words.count >= 2 else { return [] }
    let offered = words.map { keys in
      // Best candidate first: the first steps seen for a key are kept.
      var steps: [Int32: MethodSteps] = [:]
      for candidate in keys where steps[candidate.key] == nil {
        steps[candidate.key] = candidate.steps
      }
      return steps
    }
    let table = names.table(index)
    var persons: Set<Int32> = []
    for key in offered[offered.count - 1].keys {
      persons.formUnion(table.byLastSyllable[key] ?? [])
    }
    var ranked: [HitRanking.Ranked] = []
    for person in persons.sorted() {
      let syllables = table.syllables[Int(person)]
      guard syllables.count > words.count else { continue }
      var shapes = [Array(syllables.suffix(words.count))]  // middle and given name
      if words.count == 2 { shapes.append([syllables[0], syllables[syllables.count - 1]]) }
      for wanted in shapes {
        guard let steps = Self.steps(offered, matching: wanted) else { continue }
        let score = max(0, Self.partialScore - steps.penalty)
        ranked.append(
          HitRanking.Ranked(
            entity: person, score: (score * 1000).rounded() / 1000,
            methods: [.partial] + steps.methods))
        break
      }
    }
    return ranked.sorted { ($0.score, -$0.entity) > ($1.score, -$1.entity) }
  }

  /// The steps under which each word offers a key of the wanted syllable; `nil` when one does not.
  private static func steps(_ offered: [[Int32: MethodSteps]], matching wanted: [[Int32]])
    -> MethodSteps?
  {
    var all: MethodSteps = []
    for (keys, syllable) in zip(offered, wanted) {
      guard let steps = syllable.lazy.compactMap({ keys[$0] }).first else { return nil }
      all.formUnion(steps)
    }
    return all
  }

  /// The keys a query word offers with one edit (a letter replaced, dropped, added, or two
  /// neighbours swapped), marked ``MethodSteps/fuzzy``; the word's own keys are left out.
  /// `capitalized` looks the spellings up capitalised: a running-text cache gives name-syllable
  /// keys (`Лыонг` → Lương) only to capitalised words.
  static func fuzzyCandidates(of word: String, cache: TokenKeyCache, capitalized: Bool = false)
    -> [KeyCandidate]
  {
    let own = Set(cache.candidates(for: word).map(\.key))
    var seen = own
    var result: [KeyCandidate] = []
    for variant in EditVariants.of(Folding.key(word)) {
      let spelling = capitalized ? variant.prefix(1).uppercased() + variant.dropFirst() : variant
      for candidate in cache.candidates(for: spelling) where seen.insert(candidate.key).inserted {
        var fuzzy = candidate
        fuzzy.steps.insert(.fuzzy)
        result.append(fuzzy)
      }
    }
    return result
  }
}

/// Every spelling one edit away from a folded word, in its own alphabet (Latin or Cyrillic).
enum EditVariants {
  private static let latin = Array("abcdefghijklmnopqrstuvwxyz")
  private static let cyrillic = Array("абвгдежзийклмнопрстуфхцчшщъыьэюя")

  static func of(_ folded: String) -> [String] {
    let letters = Array(folded)
    guard letters.count >= 2, letters.count <= 12 else { return [] }
    let alphabet = letters.contains { cyrillic.contains($0) } ? cyrillic : latin
    var variants: Set<String> = []
    for position in letters.indices {
      var dropped = letters
      dropped.remove(at: position)
      variants.insert(String(dropped))
      if position + 1 < letters.count, letters[position] != letters[position + 1] {
        var swapped = letters
        swapped.swapAt(position, position + 1)
        variants.insert(String(swapped))
      }
      for letter in alphabet where letter != letters[position] {
        var replaced = letters
        replaced[position] = letter
        variants.insert(String(replaced))
      }
    }
    for position in 0...letters.count {
      for letter in alphabet {
        var added = letters
        added.insert(letter, at: position)
        variants.insert(String(added))
      }
    }
    variants.remove(folded)
    return variants.sorted()
  }
}

/// The name syllables of every person of an index, as key numbers, made on first use (only
/// lookups that find no whole form need them). Shared by the copies of an ``Annotator``.
final class PersonSyllables: Sendable {
  struct Table: Sendable {
    /// Entity position → the key numbers of each syllable of its name (empty for non-persons).
    var syllables: [[[Int32]]]
    /// Key number of a last (given-name) syllable → the persons whose name ends with it.
    var byLastSyllable: [Int32: [Int32]]
  }

  private let built = Locked<Table?>(nil)

  func table(_ index: PhraseIndex) -> Table {
    built.withLock { table in
      if let table { return table }
      let made = Self.make(index)
      table = made
      return made
    }
  }

  private static func make(_ index: PhraseIndex) -> Table {
    var syllables = [[[Int32]]](repeating: [], count: index.entities.count)
    var byLast: [Int32: [Int32]] = [:]
    for position in index.entities.indices where index.entities.kind(at: position) == .person {
      let entity = index.entities[position]
      guard let name = entity.labels[.vi] ?? entity.labels.values.sorted().first else { continue }
      let keys = PhraseIndex.words(of: name).map { index.storedKeyNumbers(of: $0) }
      guard keys.count >= 2, let last = keys.last else { continue }
      syllables[position] = keys
      for key in last { byLast[key, default: []].append(Int32(position)) }
    }
    return Table(syllables: syllables, byLastSyllable: byLast)
  }
}

extension PhraseIndex {
  /// The key numbers a word of a stored name has in the index, in every layer.
  func storedKeyNumbers(of word: String) -> [Int32] {
    KeyLayer.allCases.compactMap { layer in
      TokenKeys.storedKey(word, layer: layer).flatMap { keyNumber(layer.key($0)) }
    }
  }
}
