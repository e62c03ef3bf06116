/// The persons a document has named in full, keyed for later short references: the given name
/// alone (`Cuong`, `Кыонга`, `Mai`) or family and given name (`Truong Mai`).
///
/// Keys are the index's own key numbers: a name syllable of a stored name is always in the
/// index vocabulary, so text tokens are checked with the candidates the token cache already has.
///
/// A class: the session consults it for most capitalised words, and a struct stored in the
/// session would be copied (its tables retained) on every call. Not thread-safe; the tables the
/// per-word test reads skip the runtime's exclusivity check (one owner, no overlapping access).
final class ShortForms {
  private let index: PhraseIndex
  /// Key number of a given name → persons (index positions) with that given name.
  private var byGiven: [Int32: Set<Int32>] = [:]
  /// Key number of a family name → persons with that family name.
  private var byFamily: [Int32: Set<Int32>] = [:]
  /// One bit per entity of the index: set once the entity is registered (every person mention
  /// registers its entity, so this is tested far more often than it changes).
  @exclusivity(unchecked) private var registered: [UInt64]
  @exclusivity(unchecked) private(set) var isEmpty = true
  /// How many persons the document has named in full so far.
  private(set) var count = 0
  /// Key → ``count`` when a person with that given or family name was last registered.
  private var lastNamed: [Int32: Int] = [:]
  /// One bit per key number of the index: set for the keys in ``byGiven`` or ``byFamily``, so
  /// the words of the text that name no registered person cost a bit test, not a hash lookup.
  @exclusivity(unchecked) private var knownKeys: [UInt64]
  /// Person → given and family name as written in the label (lower-case NFC), to hold
  /// diacritic-bearing short forms to their exact spelling (`Nguyễn` is not `Nguyên`).
  private var writtenNames: [Int32: (family: String, given: String)] = [:]
  /// Person → the key numbers of each syllable of its name, to read a misspelled syllable
  /// beside a short form as the name's own (`Лыюнг Кыонг`).
  private var syllableKeys: [Int32: [[Int32]]] = [:]

  /// The key numbers of each syllable of a registered person's name, family name first.
  func syllables(of person: Int32) -> [[Int32]] { syllableKeys[person] ?? [] }

  init(index: PhraseIndex) {
    self.index = index
    knownKeys = Array(repeating: 0, count: index.vocabulary.count / 64 + 1)
    registered = Array(repeating: 0, count: index.entities.count / 64 + 1)
  }

  /// Whether the document writes Vietnamese names with their diacritics: then a short form
  /// without them is another word (`Hai ngày sau` is not `Hải`).
  private(set) var writesMarks = false

  /// Remembers a person named in full as `written`; `position` is the entity's place in the
  /// index. Returns whether the person is new to the document.
  @discardableResult
  func register(position: Int32, written: String) -> Bool {
    if !writesMarks, !written.utf8.allSatisfy({ $0 < 0x80 }),
      ScriptCounts(written).dominant == .latin
    {
      writesMarks = true
    }
    let (word, bit) = (Int(position) >> 6, UInt64(1) << UInt64(position & 63))
    guard registered[word] & bit == 0 else { return false }
    registered[word] |= bit
    isEmpty = false
    count += 1
    let entity = index.entities[Int(position)]
    guard let name = entity.labels[.vi] ?? entity.labels.values.sorted().first else { return true }
    let words = PhraseIndex.words(of: name)
    guard words.count >= 2, let family = words.first, let given = words.last else { return true }
    let (givenKeys, givenWritten) = memoized(given)
    let (familyKeys, familyWritten) = memoized(family)
    for key in givenKeys {
      byGiven[key, default: []].insert(position)
      knownKeys[Int(key) >> 6] |= 1 << UInt64(key & 63)
      lastNamed[key] = count
    }
    for key in familyKeys {
      byFamily[key, default: []].insert(position)
      knownKeys[Int(key) >> 6] |= 1 << UInt64(key & 63)
      lastNamed[key] = count
    }
    writtenNames[position] = (familyWritten, givenWritten)
    syllableKeys[position] = words.map { memoized($0).keys }
    return true
  }

  private static func written(_ word: String) -> String { word.normalized(.nfc).lowercased() }

  /// The one person whose given name a token with these candidate keys is, with the steps
  /// taken; `nil` when none, or when the document has named several persons with that name.
  ///
  /// A lone word is weak evidence, so it must be a plain spelling of the name: at least two
  /// letters, not read as romanised Russian (`May`), a glued `-s` only on a stem of three
  /// letters or more (`Hues`, not `Les`), and diacritics exactly the name's own, required when
  /// the document writes them.
  func person(given: ArraySlice<KeyCandidate>, written bytes: Slice<UnsafeBufferPointer<UInt8>>)
    -> (Int32, MethodSteps)?
  {
    // The table first: most capitalised words name no one, and need no string.
    guard let (persons, steps) = matches(in: byGiven, given), persons.count == 1,
      let person = persons.first
    else { return nil }
    return accepted(person, steps: steps, bytes: bytes, name: writtenNames[person]?.given)
  }

  /// The one person whose family name a lone Latin token is (`Pham told reporters`), when no
  /// registered person has it as given name: Western press names people so, Vietnamese text
  /// never does.
  func person(
    familyOnly family: ArraySlice<KeyCandidate>, written bytes: Slice<UnsafeBufferPointer<UInt8>>
  )
    -> (Int32, MethodSteps)?
  {
    guard let (persons, steps) = matches(in: byFamily, family), persons.count == 1,
      let person = persons.first, matches(in: byGiven, family) == nil,
      ScriptCounts(String(decoding: bytes, as: UTF8.self)).dominant == .latin
    else { return nil }
    return accepted(person, steps: steps, bytes: bytes, name: writtenNames[person]?.family)
  }

  /// `person` when the token written as `bytes` passes the checks on a lone word.
  private func accepted(
    _ person: Int32, steps: MethodSteps, bytes: Slice<UnsafeBufferPointer<UInt8>>, name: String?
  ) -> (Int32, MethodSteps)? {
    guard !steps.contains(.romanisedRussian) else { return nil }
    let token = String(decoding: bytes, as: UTF8.self)
    guard token.count >= 2, ScriptCounts(token).dominant == .latin else {
      return token.count >= 2 ? (person, steps) : nil
    }
    if steps.contains(.inflected), token.count < 4 { return nil }
    let plain = token.utf8.allSatisfy { $0 < 0x80 }
    if !plain || writesMarks, let name, name.utf8.contains(where: { $0 >= 0x80 }) || !plain {
      // Compared without the ending: `Huệs` is `Huệ`.
      guard Self.written(token).hasPrefix(name) else { return nil }
    }
    return (person, steps)
  }

  /// The one person whose family and given names two tokens with these candidates are.
  func person(family: ArraySlice<KeyCandidate>, given: ArraySlice<KeyCandidate>)
    -> (Int32, MethodSteps)?
  {
    guard let (families, familySteps) = matches(in: byFamily, family),
      let (givens, givenSteps) = matches(in: byGiven, given)
    else { return nil }
    let both = families.intersection(givens)
    guard both.count == 1, let person = both.first else { return nil }
    return (person, familySteps.union(givenSteps))
  }

  /// Whether the word at `position` stands where a place does (`in Hue`, `Hue city`, `в Хюэ`,
  /// `tại Huế`): then a one-word place or organization stays one, even when it is also the given
  /// name of a person of the document.
  static func isPlaceContext(
    _ position: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    func word(_ index: Int) -> String {
      NameKey.lowercased(
        String(decoding: bytes[tokens[index].start..<tokens[index].end], as: UTF8.self))
    }
    let before = position - 1
    let after = position + 1
    return (before >= 0 && tokens[position].joinsPrevious && placeWords.contains(word(before)))
      || (after < tokens.count && tokens[after].joinsPrevious && placeWords.contains(word(after)))
  }

  /// Prepositions of place and place nouns, in the four languages.
  private static let placeWords: Set<String> = [
    "in", "at", "to", "from", "near", "city", "province", "nach", "aus", "bei", "von", "stadt",
    "provinz", "в", "во", "из", "под", "город", "города", "провинция", "провинции", "tại", "ở",
    "đến", "từ", "thành", "phố", "tỉnh",
  ]

  /// Whether a person registered after the first `persons` has a given or family name with
  /// this key: a word with it may have become a short form (or an ambiguous one) since.
  func isNamed(_ key: Int32, after persons: Int) -> Bool { (lastNamed[key] ?? 0) > persons }

  /// Whether a word with this index key may be a short form of a registered person (its given
  /// or family name), before the guards on lone words are checked.
  private func mayName(_ key: Int32) -> Bool {
    knownKeys[Int(key) >> 6] & (1 << UInt64(key & 63)) != 0
  }

  /// The persons under the best candidate key that the table knows.
  private func matches(in table: [Int32: Set<Int32>], _ candidates: ArraySlice<KeyCandidate>)
    -> (Set<Int32>, MethodSteps)?
  {
    for candidate in candidates where mayName(candidate.key) {
      if let persons = table[candidate.key] { return (persons, candidate.steps) }
    }
    return nil
  }

  /// A name word → its stored key numbers and its written form: persons share name words
  /// (`Nguyễn`, `Văn`), and deriving a word's keys is the costly part of registering a person.
  private var wordMemo: [String: (keys: [Int32], written: String)] = [:]

  private func memoized(_ word: String) -> (keys: [Int32], written: String) {
    if let known = wordMemo[word] { return known }
    let made = (index.storedKeyNumbers(of: word), Self.written(word))
    wordMemo[word] = made
    return made
  }
}
