/// A key of the index that a token offers, with the steps that produced it.
struct KeyCandidate: Sendable, Hashable {
  var key: Int32
  var steps: MethodSteps
}

/// Memo from token text to the index keys it offers: each distinct token is analysed (folded,
/// stemmed, transcribed) once per session, so ICU and the stemmers run only on a cache miss.
///
/// Not thread-safe: each annotation session owns one.
final class TokenKeyCache {
  private let index: PhraseIndex
  private var slots: [String: Range<Int32>] = [:]
  private var candidates: [KeyCandidate] = []
  /// Bound on remembered tokens: archives keep producing new words (Heaps' law), so the memo is
  /// dropped and rebuilt rather than allowed to grow without limit.
  private let capacity: Int

  init(index: PhraseIndex, capacity: Int = 1 << 20) {
    self.index = index
    self.capacity = capacity
  }

  /// The index keys that `token` offers; empty for words the lexicon never uses.
  func candidates(for token: String) -> ArraySlice<KeyCandidate> {
    if let range = slots[token] { return candidates[Int(range.lowerBound)..<Int(range.upperBound)] }
    if slots.count >= capacity {
      slots.removeAll(keepingCapacity: true)
      candidates.removeAll(keepingCapacity: true)
    }
    let start = Int32(candidates.count)
    for key in TokenKeys.textKeys(token) {
      if let number = index.keyNumber(key.vocabularyKey) {
        candidates.append(KeyCandidate(key: number, steps: key.steps))
      }
    }
    let range = start..<Int32(candidates.count)
    slots[token] = range
    return candidates[Int(range.lowerBound)..<Int(range.upperBound)]
  }
}
