/// A key of the index that a token offers, with the steps that produced it.
struct KeyCandidate: Sendable, Hashable {
  var key: Int32
  var steps: MethodSteps
}

/// Memo from a token's UTF-8 bytes to the index keys it offers: each distinct token is analysed
/// (folded, stemmed, transcribed) once per session, so ICU and the stemmers run only on a miss.
///
/// The hot path of annotation: an open-addressing table keyed by the raw bytes, so a hit costs
/// one hash over the bytes and one comparison, with no `String` made.
/// Not thread-safe: each annotation session owns one.
final class TokenKeyCache {
  private let index: PhraseIndex
  /// Token bytes of every entry, back to back.
  private var arena: [UInt8] = []
  private var entries: [Entry] = []
  /// Entry number + 1 per slot; 0 marks an empty slot. The count is a power of two.
  private var slots: [Int32]
  private var candidates: [KeyCandidate] = []
  /// Bound on remembered tokens: archives keep producing new words (Heaps' law), so the memo is
  /// dropped and rebuilt rather than allowed to grow without limit.
  private let capacity: Int

  private struct Entry {
    var hash: UInt64
    var offset: Int32
    var length: Int32
    var candidateStart: Int32
    var candidateEnd: Int32
    /// Whether some stored phrase starts with one of the candidates.
    var startsPhrase: Bool
  }

  /// Whether lower-case tokens get name-syllable keys (queries: yes; running text: names are
  /// capitalised, so no).
  private let nameKeysForLowercase: Bool

  init(index: PhraseIndex, nameKeysForLowercase: Bool = true, capacity: Int = 1 << 20) {
    self.index = index
    self.nameKeysForLowercase = nameKeysForLowercase
    self.capacity = capacity
    slots = Array(repeating: 0, count: 1 << 12)
  }

  /// The index keys that `token` offers; empty for words the lexicon never uses.
  func candidates(for token: String) -> ArraySlice<KeyCandidate> {
    var token = token
    return token.withUTF8 { candidates(for: $0[...]) }
  }

  /// The index keys that the UTF-8 `token` offers; empty for words the lexicon never uses.
  func candidates(for token: Slice<UnsafeBufferPointer<UInt8>>) -> ArraySlice<KeyCandidate> {
    let range = candidateRange(for: token)
    return candidates[Int(range.lowerBound)..<Int(range.upperBound)]
  }

  /// Whether a stored phrase can start with `token` (the cheap test before a trie walk).
  func startsPhrase(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    entries[Int(entryNumber(for: token))].startsPhrase
  }

  private func candidateRange(for token: Slice<UnsafeBufferPointer<UInt8>>) -> Range<Int32> {
    let entry = entries[Int(entryNumber(for: token))]
    return entry.candidateStart..<entry.candidateEnd
  }

  /// The entry of `token`, analysing it first on a miss.
  private func entryNumber(for token: Slice<UnsafeBufferPointer<UInt8>>) -> Int32 {
    let hash = Self.hash(token)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = slots[slot]
      if stored == 0 { break }
      let entry = entries[Int(stored) - 1]
      if entry.hash == hash, Int(entry.length) == token.count, matches(entry, token) {
        return stored - 1
      }
      slot = (slot + 1) & mask
    }
    return insert(token, hash: hash)
  }

  private func matches(_ entry: Entry, _ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    arena.withUnsafeBufferPointer { stored in
      var position = Int(entry.offset)
      for byte in token {
        if stored[position] != byte { return false }
        position += 1
      }
      return true
    }
  }

  private func insert(_ token: Slice<UnsafeBufferPointer<UInt8>>, hash: UInt64) -> Int32 {
    if entries.count >= capacity { removeAll() }
    if (entries.count + 1) * 2 > slots.count { grow() }
    let start = Int32(candidates.count)
    let scope = TokenKeys.Scope(
      nameKeys: nameKeysForLowercase || Tokenizer.startsUppercase(token),
      stemPrefixes: index.stemPrefixes)
    for key in TokenKeys.textKeys(String(decoding: token, as: UTF8.self), scope: scope) {
      if let number = index.keyNumber(key.vocabularyKey) {
        candidates.append(KeyCandidate(key: number, steps: key.steps))
      }
    }
    let startsPhrase = candidates[Int(start)...].contains { index.child(of: 0, key: $0.key) != nil }
    let entry = Entry(
      hash: hash, offset: Int32(arena.count), length: Int32(token.count),
      candidateStart: start, candidateEnd: Int32(candidates.count), startsPhrase: startsPhrase)
    arena.append(contentsOf: token)
    entries.append(entry)
    place(entryNumber: entries.count, hash: hash)
    return Int32(entries.count - 1)
  }

  private func place(entryNumber: Int, hash: UInt64) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(entryNumber)
  }

  private func grow() {
    slots = Array(repeating: 0, count: slots.count * 2)
    for (number, entry) in entries.enumerated() { place(entryNumber: number + 1, hash: entry.hash) }
  }

  private func removeAll() {
    arena.removeAll(keepingCapacity: true)
    entries.removeAll(keepingCapacity: true)
    candidates.removeAll(keepingCapacity: true)
    for slot in slots.indices { slots[slot] = 0 }
  }

  /// FNV-1a, then a final mix so that the low bits used for the slot depend on every byte.
  @inline(__always)
  private static func hash(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    hash ^= hash >> 29
    hash = hash &* 0xbf58_476d_1ce4_e5b9
    return hash ^ (hash >> 32)
  }
}
