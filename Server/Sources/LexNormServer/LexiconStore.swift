import Foundation
import LexNorm
import Synchronization

/// The lexicon being served. Requests read the current one; a reload builds the new one aside
/// and swaps it in only when it loaded without errors, so requests are never dropped.
final class LexiconStore: Sendable {
  /// One loaded lexicon and when it arrived.
  struct Loaded: Sendable {
    let annotator: Annotator
    /// Warm sessions for this lexicon's annotator (a reload starts a new pool).
    let sessions: SessionPool
    /// Answers to lookups already made with this lexicon.
    let lookups: LookupResponseCache
    /// 1 for the first lexicon, one more for each successful reload.
    let version: Int
    let loadedAt: Date
  }

  let selection: LexiconSelection
  private let lookupCacheEntries: Int
  private let state = Mutex<Loaded?>(nil)

  init(selection: LexiconSelection, lookupCacheEntries: Int) {
    self.selection = selection
    self.lookupCacheEntries = lookupCacheEntries
  }

  /// The lexicon in service, or nil before the first one has loaded.
  var current: Loaded? { state.withLock { $0 } }

  /// Loads the selection anew and serves it from now on. On failure the old lexicon stays.
  @discardableResult
  func reload() throws(LexiconLoadError) -> Loaded {
    let annotator = try selection.load()
    return state.withLock { current in
      let loaded = Loaded(
        annotator: annotator, sessions: SessionPool(annotator: annotator),
        lookups: LookupResponseCache(capacity: lookupCacheEntries),
        version: (current?.version ?? 0) + 1, loadedAt: Date())
      current = loaded
      return loaded
    }
  }
}
