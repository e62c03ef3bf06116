/// The persons a document has named in full, keyed for later short references: the given name
/// alone (`Cuong`, `Кыонга`, `Mai`) or family and given name (`Truong Mai`).
struct ShortForms {
  /// Token key (vocabulary form) of a given name → persons (index positions) with that name.
  private var byGiven: [String: Set<Int32>] = [:]
  /// Token key of a family name → persons with that family name.
  private var byFamily: [String: Set<Int32>] = [:]
  private var registered: Set<Int32> = []
  /// Keys of the text tokens checked so far.
  private var tokenKeys: [String: [TokenKey]] = [:]

  var isEmpty: Bool { registered.isEmpty }

  /// Remembers a person named in full; `position` is the entity's place in the index.
  mutating func register(_ entity: Entity, position: Int32) {
    guard registered.insert(position).inserted,
      let name = entity.labels[.vi] ?? entity.labels.values.sorted().first
    else { return }
    let words = PhraseIndex.words(of: name)
    guard words.count >= 2, let family = words.first, let given = words.last else { return }
    for key in Self.storedKeys(given) { byGiven[key, default: []].insert(position) }
    for key in Self.storedKeys(family) { byFamily[key, default: []].insert(position) }
  }

  /// The one person whose given name `token` is, with the steps taken; `nil` when none or when
  /// the document has named several persons with that given name.
  mutating func person(given token: String) -> (Int32, MethodSteps)? {
    guard let (persons, steps) = matches(in: byGiven, token: token), persons.count == 1,
      let person = persons.first
    else { return nil }
    return (person, steps)
  }

  /// The one person whose family and given names the two tokens are.
  mutating func person(family: String, given: String) -> (Int32, MethodSteps)? {
    guard let (families, familySteps) = matches(in: byFamily, token: family),
      let (givens, givenSteps) = matches(in: byGiven, token: given)
    else { return nil }
    let both = families.intersection(givens)
    guard both.count == 1, let person = both.first else { return nil }
    return (person, familySteps.union(givenSteps))
  }

  /// The persons under the best key of `token` that the table knows.
  private mutating func matches(in table: [String: Set<Int32>], token: String)
    -> (Set<Int32>, MethodSteps)?
  {
    let keys = tokenKeys[token] ?? TokenKeys.textKeys(token)
    tokenKeys[token] = keys
    for key in keys {
      if let persons = table[key.vocabularyKey] { return (persons, key.steps) }
    }
    return nil
  }

  private static func storedKeys(_ word: String) -> [String] {
    KeyLayer.allCases.compactMap { layer in
      TokenKeys.storedKey(word, layer: layer).map { layer.key($0) }
    }
  }
}
