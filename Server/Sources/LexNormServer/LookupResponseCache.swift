import NIOCore
import Synchronization

/// Lookup answers already sent, by their exact query string, so a query asked again costs a
/// table lookup instead of parsing, ranking and JSON encoding.
///
/// Each lexicon generation has its own cache (``LexiconStore/Loaded``): a reload starts an
/// empty one, and an answer computed from the old lexicon only ever lands in the old cache.
/// Only valid queries are stored (errors are thrown before), so a hit needs no checks.
/// Bounded: at most `capacity` answers, each with its query under ``maximumEntryBytes``; when
/// full, the clock hand evicts the first answer not read since the hand last passed it.
final class LookupResponseCache: Sendable {
  /// The query string as sent (the bytes after `?`): `q=a&limit=2` and `limit=2&q=a` are two
  /// entries with the same answer, and every parameter is part of the key.
  struct Query: Hashable, Sendable {
    let text: String

    // Bytes, not `String` equality: canonically equivalent queries (NFC and NFD) are answered
    // with their own bytes echoed, so they must not share an entry.
    static func == (lhs: Query, rhs: Query) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

    func hash(into hasher: inout Hasher) {
      var text = text
      text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }

  /// The largest answer plus query kept, in bytes: the cache never holds more than
  /// `capacity` times this.
  static let maximumEntryBytes = 4096

  let capacity: Int
  private let state: Mutex<State>

  private struct Entry {
    let query: Query
    let body: ByteBuffer
    var recentlyRead: Bool
  }

  private struct State {
    var slots: [Query: Int] = [:]
    var entries: [Entry] = []
    var hand = 0
  }

  /// A cache of at most `capacity` answers; 0 keeps none.
  init(capacity: Int) {
    self.capacity = capacity
    self.state = Mutex(State())
  }

  /// The answer stored for `query`, or nil.
  func answer(for query: Query) -> ByteBuffer? {
    guard capacity > 0 else { return nil }
    return state.withLock { state in
      guard let slot = state.slots[query] else { return nil }
      state.entries[slot].recentlyRead = true
      return state.entries[slot].body
    }
  }

  /// Keeps `body` as the answer to `query`, unless it is too large.
  func store(_ body: ByteBuffer, for query: Query) {
    guard capacity > 0, query.text.utf8.count + body.readableBytes <= Self.maximumEntryBytes
    else { return }
    state.withLock { state in
      guard state.slots[query] == nil else { return }
      let entry = Entry(query: query, body: body, recentlyRead: false)
      guard state.entries.count == capacity else {
        state.slots[query] = state.entries.count
        state.entries.append(entry)
        return
      }
      while state.entries[state.hand].recentlyRead {
        state.entries[state.hand].recentlyRead = false
        state.hand = (state.hand + 1) % capacity
      }
      state.slots[state.entries[state.hand].query] = nil
      state.entries[state.hand] = entry
      state.slots[query] = state.hand
      state.hand = (state.hand + 1) % capacity
    }
  }
}
