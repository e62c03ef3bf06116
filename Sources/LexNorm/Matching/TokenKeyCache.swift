/// A key of the index that a token offers, with the steps that produced it.
struct KeyCandidate: Sendable, Hashable {
  var key: Int32
  var steps: MethodSteps
  /// The trie node a phrase starting with this key reaches, or -1 when no phrase starts with
  /// it: found once per distinct token, so walks from a token skip their first probe into the
  /// (large, cache-cold) edge table.
  var rootChild: Int32
}

/// Memo from a token's UTF-8 bytes to the index keys it offers: each distinct token is analysed
/// (folded, stemmed, transcribed) once per session, so ICU and the stemmers run only on a miss.
///
/// The hot path of annotation, bound by memory latency over a vocabulary that keeps growing
/// with the text. An open-addressing table of 16-byte slots holds each token's 64-bit hash with
/// its entry number and phrase-start flags, so a lookup reads one slot and nothing else. Tokens
/// are told apart by the 64-bit hash alone: two of a million distinct tokens share a hash with
/// odds of about one in 10^7. Not thread-safe: each annotation session owns one.
///
/// The tables are `@exclusivity(unchecked)`: each is read for nearly every token of a text, a
/// cache has one owner and no method holds an access across a call that could reach the cache
/// again, so the runtime's dynamic exclusivity check would only cost time.
final class TokenKeyCache {
  private let index: PhraseIndex
  @exclusivity(unchecked) private var entries: [Entry] = []
  @exclusivity(unchecked) private var slots: [Slot]
  @exclusivity(unchecked) private var used = 0
  @exclusivity(unchecked) private var candidates: [KeyCandidate] = []
  /// The answers for tokens seen lately, direct-mapped by hash: ``recentCount`` slots of 16
  /// bytes (64 KB). The few thousand most frequent words make most of a text (4,096 cover about
  /// 70 % of the bench corpus), so most tokens are answered here, in the L2 cache, instead of
  /// by a probe into ``slots`` (megabytes, mostly cold); a lower-case word found here skips the
  /// lower-case filter. Holds entry numbers, so it is cleared with the cache.
  @exclusivity(unchecked) private var recent = [Slot](repeating: .empty, count: recentCount)
  private static let recentCount = 1 << 12
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
    var startsPhrase: Bool
    var startsNonPersonPhrase: Bool

    static let empty = Slot(hash: 0, entry: 0, startsPhrase: false, startsNonPersonPhrase: false)
  }

  /// Where an entry's candidates are in ``candidates``.
  private struct Entry {
    var candidateStart: Int32
    var candidateEnd: Int32
  }

  private static let noKeys: Int32 = -1
  /// In ``recent``: a lower-case word the lower-case filter passed over (not looked up).
  private static let filteredOut: Int32 = -2

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
    slots = Array(repeating: .empty, count: slotCount)
  }

  /// The index keys that `token` offers; empty for words the lexicon never uses.
  func candidates(for token: String) -> ArraySlice<KeyCandidate> {
    var token = token
    return token.withUTF8 { candidates(ofEntry: lookUp($0[...]).entry) }
  }

  /// The keys of an entry found by ``lookUp(_:)``.
  @inline(__always)
  func candidates(ofEntry number: Int32) -> ArraySlice<KeyCandidate> {
    guard number >= 0 else { return [] }
    let entry = entries[Int(number)]
    return candidates[Int(entry.candidateStart)..<Int(entry.candidateEnd)]
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

    static let noKeys = Lookup(
      entry: TokenKeyCache.noKeys, startsPhrase: false, startsNonPersonPhrase: false)
    /// What ``recentAnswer(hash:)`` gives for a lower-case word the filter passed over; never
    /// an entry.
    static let filteredOut = Lookup(
      entry: TokenKeyCache.filteredOut, startsPhrase: false, startsNonPersonPhrase: false)
  }

  /// The answer ``remember(_:hash:)`` stored for the token with `hash`, if it is still there.
  @inline(__always)
  func recentAnswer(hash: UInt64) -> Lookup? {
    let slot = recent.withUnsafeBufferPointer { $0[Self.recentPosition(hash)] }
    guard slot.hash == hash, slot.entry != 0 else { return nil }
    return Lookup(
      entry: slot.entry > 0 ? slot.entry - 1 : slot.entry, startsPhrase: slot.startsPhrase,
      startsNonPersonPhrase: slot.startsNonPersonPhrase)
  }

  /// Keeps `answer` (a lookup, or ``Lookup/filteredOut``) for the token with `hash` among the
  /// recent ones, in place of the one that shared its slot.
  @inline(__always)
  func remember(_ answer: Lookup, hash: UInt64) {
    let slot = Slot(
      hash: hash, entry: answer.entry >= 0 ? answer.entry + 1 : answer.entry,
      startsPhrase: answer.startsPhrase, startsNonPersonPhrase: answer.startsNonPersonPhrase)
    recent.withUnsafeMutableBufferPointer { $0[Self.recentPosition(hash)] = slot }
  }

  /// The slot of ``recent`` for `hash`, from its top bits (``slots`` uses the low ones).
  @inline(__always)
  private static func recentPosition(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: hash >> 52) & (recentCount - 1)
  }

  /// The entry of `token` with its flags; analyses the token first on a miss.
  @inline(__always)
  func lookUp(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Lookup {
    lookUp(token, hash: ByteHash.hash(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: token))))
  }

  /// The entry of `token`, whose ``ByteHash`` is `hash`, with its flags; answered from the
  /// recent tokens when it is one of them, analysed first on a miss.
  @inline(__always)
  func lookUp(_ token: Slice<UnsafeBufferPointer<UInt8>>, hash: UInt64) -> Lookup {
    if let known = recentAnswer(hash: hash), known.entry != Self.filteredOut { return known }
    let found = slots.withUnsafeBufferPointer { slots -> Lookup? in
      let mask = slots.count - 1
      var position = Int(truncatingIfNeeded: hash) & mask
      while true {
        let slot = slots[position]
        if slot.entry == 0 { return nil }
        if slot.hash == hash {
          return Lookup(
            entry: slot.entry == Self.noKeys ? Self.noKeys : slot.entry - 1,
            startsPhrase: slot.startsPhrase, startsNonPersonPhrase: slot.startsNonPersonPhrase)
        }
        position = (position + 1) & mask
      }
    }
    return found ?? insert(token, hash: hash)
  }

  private func insert(_ token: Slice<UnsafeBufferPointer<UInt8>>, hash: UInt64) -> Lookup {
    if used >= capacity { removeAll() }
    if (used + 1) * 2 > slots.count { grow() }
    let start = Int32(candidates.count)
    let scope = TokenKeys.Scope(
      nameKeys: nameKeysForLowercase || Tokenizer.startsUppercase(token),
      stemPrefixes: index.stemPrefixes)
    for key in TokenKeys.textKeys(String(decoding: token, as: UTF8.self), scope: scope)
    where index.vocabularyFilter.mayContain(key.text, layer: key.layer) {
      if let number = index.keyNumber(key.vocabularyKey) {
        candidates.append(
          KeyCandidate(
            key: number, steps: key.steps, rootChild: index.child(of: 0, key: number) ?? -1))
      }
    }
    used += 1
    let offered = candidates[Int(start)...]
    guard !offered.isEmpty else {
      place(Slot(hash: hash, entry: Self.noKeys, startsPhrase: false, startsNonPersonPhrase: false))
      return .noKeys
    }
    entries.append(Entry(candidateStart: start, candidateEnd: Int32(candidates.count)))
    let lookup = Lookup(
      entry: Int32(entries.count - 1),
      startsPhrase: offered.contains { $0.rootChild >= 0 },
      startsNonPersonPhrase: offered.contains { index.nonPersonStarts.contains($0.key) })
    place(
      Slot(
        hash: hash, entry: lookup.entry + 1, startsPhrase: lookup.startsPhrase,
        startsNonPersonPhrase: lookup.startsNonPersonPhrase))
    return lookup
  }

  private func place(_ slot: Slot) {
    let mask = slots.count - 1
    var position = Int(truncatingIfNeeded: slot.hash) & mask
    while slots[position].entry != 0 { position = (position + 1) & mask }
    slots[position] = slot
  }

  private func grow() {
    let old = slots
    slots = Array(repeating: .empty, count: old.count * 2)
    for slot in old where slot.entry != 0 { place(slot) }
  }

  private func removeAll() {
    entries.removeAll(keepingCapacity: true)
    candidates.removeAll(keepingCapacity: true)
    for position in slots.indices { slots[position] = .empty }
    for position in recent.indices { recent[position] = .empty }
    used = 0
  }
}
