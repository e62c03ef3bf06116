import Foundation

/// What a lookup remembers about the words it has analysed: each word's index keys (ICU
/// folding, stemming, transcription) and the keys one edit away from it that fuzzy matching
/// tries. Not thread-safe: one lookup uses it at a time (see ``LookupCaches``).
final class LookupCache {
  let tokens: TokenKeyCache
  private var fuzzy: [String: [KeyCandidate]] = [:]
  private let fuzzyCapacity: Int

  init(index: PhraseIndex, tokenCapacity: Int, fuzzyCapacity: Int) {
    tokens = TokenKeyCache(index: index, capacity: tokenCapacity, expectedTokens: 64)
    self.fuzzyCapacity = fuzzyCapacity
  }

  /// ``NearMatches/fuzzyCandidates(of:cache:)`` of `word`, worked out once per word.
  func fuzzyCandidates(of word: String) -> [KeyCandidate] {
    if let known = fuzzy[word] { return known }
    let found = NearMatches.fuzzyCandidates(of: word, cache: tokens)
    if fuzzy.count >= fuzzyCapacity { fuzzy.removeAll(keepingCapacity: true) }
    fuzzy[word] = found
    return found
  }
}

/// Caches kept between lookups, so a service answering many queries analyses each distinct
/// word once rather than once per query. Shared by the copies of an ``Annotator``.
///
/// Each lookup takes a cache out of the pool and gives it back when done; a lookup that finds
/// none idle makes a new one. The pool keeps at most ``maximumIdle`` caches and each forgets
/// its words past a bound, which caps the memory a long-running service spends on them (a
/// fuzzy lookup tries hundreds of spellings per word).
final class LookupCaches: Sendable {
  static let maximumIdle = 2 * ProcessInfo.processInfo.activeProcessorCount + 4
  /// Distinct words (query words and their one-edit spellings) a cache remembers.
  static let tokensPerCache = 1 << 16
  /// Query words whose fuzzy candidates a cache remembers.
  static let fuzzyWordsPerCache = 1 << 10
  private let index: PhraseIndex
  /// Caches no lookup holds; one taken out belongs to that lookup until it is given back.
  private let idle = Locked<[LookupCache]>([])

  init(index: PhraseIndex) { self.index = index }

  /// Runs `body` with a cache that no other lookup uses meanwhile.
  func withCache<Result>(_ body: (LookupCache) -> Result) -> Result {
    let cache =
      idle.withLock { $0.popLast() }
      ?? LookupCache(
        index: index, tokenCapacity: Self.tokensPerCache,
        fuzzyCapacity: Self.fuzzyWordsPerCache)
    defer {
      idle.withLock { caches in
        if caches.count < Self.maximumIdle { caches.append(cache) }
      }
    }
    return body(cache)
  }
}
