/// Memo from the UTF-8 bytes of a span of text to what a session concluded about it.
///
/// Whether a run of tokens reads as an entity, and as which, depends only on its bytes: the
/// tokens, their keys, capitalisation and the gaps between them all lie inside the span. So the
/// ranking and the mention's strings are made once per distinct span (`General Secretary To Lam`
/// recurs throughout an archive) and copied after that. Spans are compared byte for byte; the
/// memo is dropped when it grows past its bounds. Not thread-safe: each session owns one.
struct SpanMemo<Value> {
  private var slots: [UInt64: Int32] = [:]
  private var entries: [(offset: Int, length: Int, value: Value)] = []
  private var arena: [UInt8] = []
  private let maximumEntries: Int
  private let maximumBytes: Int

  init(maximumEntries: Int = 1 << 16, maximumBytes: Int = 1 << 22) {
    self.maximumEntries = maximumEntries
    self.maximumBytes = maximumBytes
  }

  /// The value stored for `span`, if any.
  func value(for span: UnsafeRawBufferPointer) -> Value? {
    guard let number = slots[ByteHash.hash(span)] else { return nil }
    let entry = entries[Int(number)]
    guard entry.length == span.count else { return nil }
    let stored = arena.withUnsafeBytes { $0[entry.offset..<entry.offset + entry.length] }
    return stored.elementsEqual(span) ? entry.value : nil
  }

  /// Remembers `value` for `span`; a span whose hash is taken by another is not remembered.
  mutating func store(_ value: Value, for span: UnsafeRawBufferPointer) {
    if entries.count >= maximumEntries || arena.count + span.count > maximumBytes {
      slots.removeAll(keepingCapacity: true)
      entries.removeAll(keepingCapacity: true)
      arena.removeAll(keepingCapacity: true)
    }
    let hash = ByteHash.hash(span)
    guard slots[hash] == nil else { return }
    slots[hash] = Int32(entries.count)
    entries.append((arena.count, span.count, value))
    arena.append(contentsOf: span)
  }
}
