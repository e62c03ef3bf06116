/// A key of the index that a token offers, with the steps that produced it.
struct KeyCandidate: Sendable, Hashable {
  var key: Int32
  var steps: MethodSteps
}

/// Memo from a token's UTF-8 bytes to the index keys it offers: each distinct token is analysed
/// (folded, stemmed, transcribed) once per session, so ICU and the stemmers run only on a miss.
///
/// The hot path of annotation, bound by memory latency over a vocabulary that keeps growing
/// with the text. An open-addressing table of 16-byte slots holds each token's 64-bit hash;
/// tokens that offer no key (most of them) are settled by the slot alone, the rest point to an
/// entry whose bytes are compared in full. Not thread-safe: each annotation session owns one.
final class TokenKeyCache {
  private let index: PhraseIndex
  /// Bytes of the tokens that have entries, back to back.
  private var arena: [UInt8] = []
  private var entries: [Entry] = []
  private var slots: [Slot]
  private var used = 0
  private var candidates: [KeyCandidate] = []
  /// Bound on remembered tokens: archives keep producing new words (Heaps' law), so the memo is
  /// dropped and rebuilt rather than allowed to grow without limit.
  private let capacity: Int
  /// Whether lower-case tokens get name-syllable keys (queries: yes; running text: names are
  /// capitalised, so no).
  private let nameKeysForLowercase: Bool

  private struct Slot {
    var hash: UInt64
    /// 0: empty; -1: a token that offers no key; n > 0: entry n - 1.
    var entry: Int32
  }

  private struct Entry {
    var offset: Int32
    var length: Int32
    var candidateStart: Int32
    var candidateEnd: Int32
    /// Whether some stored phrase starts with one of the candidates.
    var startsPhrase: Bool
    /// Whether some stored phrase of a non-person starts with one of the candidates.
    var startsNonPersonPhrase: Bool
  }

  private static let noKeys: Int32 = -1

  /// - Parameter expectedTokens: how many distinct tokens to make room for at first (a query
  ///   has a few; a document thousands).
  init(
    index: PhraseIndex, nameKeysForLowercase: Bool = true, capacity: Int = 1 << 21,
    expectedTokens: Int = 1 << 11
  ) {
    self.index = index
    self.nameKeysForLowercase = nameKeysForLowercase
    self.capacity = capacity
    var slotCount = 16
    while slotCount < expectedTokens * 2 { slotCount *= 2 }
    slots = Array(repeating: Slot(hash: 0, entry: 0), count: slotCount)
  }

  /// The index keys that `token` offers; empty for words the lexicon never uses.
  func candidates(for token: String) -> ArraySlice<KeyCandidate> {
    var token = token
    return token.withUTF8 { candidates(ofEntry: entryNumber(for: $0[...])) }
  }

  /// The keys of an entry found by ``entryNumber(for:)``.
  @inline(__always)
  func candidates(ofEntry number: Int32) -> ArraySlice<KeyCandidate> {
    guard number >= 0 else { return [] }
    let entry = entries[Int(number)]
    return candidates[Int(entry.candidateStart)..<Int(entry.candidateEnd)]
  }

  /// Whether a stored phrase can start with the entry's token (the test before a trie walk).
  @inline(__always)
  func startsPhrase(entry number: Int32) -> Bool {
    number >= 0 && entries[Int(number)].startsPhrase
  }

  /// Whether a stored phrase of a title, organization, place, document or term can start with
  /// the entry's token (lower-case words start no names in running text).
  @inline(__always)
  func startsNonPersonPhrase(entry number: Int32) -> Bool {
    number >= 0 && entries[Int(number)].startsNonPersonPhrase
  }

  /// What a lookup learns about a token: its entry and the entry's phrase-start flags, so the
  /// annotation loop can test where phrases start without reaching into the cache again.
  struct Lookup: Sendable {
    /// The entry number, or a negative number when the token offers no key.
    var entry: Int32
    /// Whether some stored phrase starts with one of the token's candidates.
    var startsPhrase: Bool
    /// Whether some stored phrase of a non-person starts with one of the token's candidates.
    var startsNonPersonPhrase: Bool

    static let noKeys = Lookup(entry: TokenKeyCache.noKeys, startsPhrase: false, startsNonPersonPhrase: false)
  }

  /// The entry of `token`, or a negative number when it offers no key; analyses the token
  /// first on a miss.
  @inline(__always)
  func entryNumber(for token: Slice<UnsafeBufferPointer<UInt8>>) -> Int32 {
    lookUp(token).entry
  }

  /// The entry of `token` with its flags; analyses the token first on a miss. The flags come
  /// from the entry the byte comparison has just read, so they cost no further memory access.
  @inline(__always)
  func lookUp(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Lookup {
    let hash = Self.hash(token)
    let mask = slots.count - 1
    var position = Int(truncatingIfNeeded: hash) & mask
    while true {
      let slot = slots[position]
      if slot.entry == 0 { break }
      if slot.hash == hash {
        if slot.entry == Self.noKeys { return .noKeys }
        let number = slot.entry - 1
        let entry = entries[Int(number)]
        if matches(entry, token) {
          return Lookup(
            entry: number, startsPhrase: entry.startsPhrase,
            startsNonPersonPhrase: entry.startsNonPersonPhrase)
        }
      }
      position = (position + 1) & mask
    }
    let number = insert(token, hash: hash)
    guard number >= 0 else { return .noKeys }
    let entry = entries[Int(number)]
    return Lookup(
      entry: number, startsPhrase: entry.startsPhrase,
      startsNonPersonPhrase: entry.startsNonPersonPhrase)
  }

  private func matches(_ entry: Entry, _ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    guard Int(entry.length) == token.count else { return false }
    return arena.withUnsafeBufferPointer { stored in
      stored[Int(entry.offset)..<Int(entry.offset + entry.length)].elementsEqual(token)
    }
  }

  private func insert(_ token: Slice<UnsafeBufferPointer<UInt8>>, hash: UInt64) -> Int32 {
    if used >= capacity { removeAll() }
    if (used + 1) * 2 > slots.count { grow() }
    let start = Int32(candidates.count)
    let scope = TokenKeys.Scope(
      nameKeys: nameKeysForLowercase || Tokenizer.startsUppercase(token),
      stemPrefixes: index.stemPrefixes)
    for key in TokenKeys.textKeys(String(decoding: token, as: UTF8.self), scope: scope)
    where index.vocabularyFilter.mayContain(key.text, layer: key.layer) {
      if let number = index.keyNumber(key.vocabularyKey) {
        candidates.append(KeyCandidate(key: number, steps: key.steps))
      }
    }
    used += 1
    let offered = candidates[Int(start)...]
    guard !offered.isEmpty else {
      place(Slot(hash: hash, entry: Self.noKeys))
      return Self.noKeys
    }
    entries.append(
      Entry(
        offset: Int32(arena.count), length: Int32(token.count),
        candidateStart: start, candidateEnd: Int32(candidates.count),
        startsPhrase: offered.contains { index.child(of: 0, key: $0.key) != nil },
        startsNonPersonPhrase: offered.contains { index.nonPersonStarts.contains($0.key) }))
    arena.append(contentsOf: token)
    place(Slot(hash: hash, entry: Int32(entries.count)))
    return Int32(entries.count - 1)
  }

  private func place(_ slot: Slot) {
    let mask = slots.count - 1
    var position = Int(truncatingIfNeeded: slot.hash) & mask
    while slots[position].entry != 0 { position = (position + 1) & mask }
    slots[position] = slot
  }

  private func grow() {
    let old = slots
    slots = Array(repeating: Slot(hash: 0, entry: 0), count: old.count * 2)
    for slot in old where slot.entry != 0 { place(slot) }
  }

  private func removeAll() {
    arena.removeAll(keepingCapacity: true)
    entries.removeAll(keepingCapacity: true)
    candidates.removeAll(keepingCapacity: true)
    for position in slots.indices { slots[position] = Slot(hash: 0, entry: 0) }
    used = 0
  }

  /// A 64-bit hash of the bytes (8 at a time), mixed so the low bits used for the slot depend on
  /// every byte. 64 bits make a false match of two distinct tokens vanishingly unlikely (about
  /// one in 10^13 for a million distinct tokens); tokens with keys are compared byte for byte.
  @inline(__always)
  private static func hash(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    let base = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes))
    var offset = 0
    while offset + 8 <= base.count {
      let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 32
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < base.count {
      tail |= UInt64(base[offset]) << shift
      shift += 8
      offset += 1
    }
    hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    hash ^= hash >> 29
    hash = hash &* 0xBF58_476D_1CE4_E5B9
    return hash ^ (hash >> 32)
  }
}
