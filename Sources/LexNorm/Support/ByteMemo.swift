/// Remembered results of a function of short UTF-8 texts (words, spans of a few words), looked
/// up by their bytes.
///
/// A `String` key would be hashed and compared under Unicode canonical equivalence, which for
/// non-ASCII text costs about as much as the work a memo saves; here bytes are compared as they
/// are, in full. A `context` number tells apart results of the same bytes for different
/// questions. A text whose hash another already holds is not remembered (it is then computed
/// each time, which is still correct). The memo is dropped when it grows past its bounds.
struct ByteMemo<Value> {
  private struct Entry {
    var context: Int
    var offset: Int
    var length: Int
    var value: Value
  }

  private var slots: [UInt64: Int32] = [:]
  private var entries: [Entry] = []
  private var arena: [UInt8] = []
  private let maximumEntries: Int
  private let maximumBytes: Int

  init(maximumEntries: Int = .max, maximumBytes: Int = .max) {
    self.maximumEntries = maximumEntries
    self.maximumBytes = maximumBytes
  }

  /// The value stored for `bytes` in `context`, if any.
  func value(for bytes: UnsafeRawBufferPointer, context: Int = 0) -> Value? {
    guard let number = slots[Self.hash(bytes, context)] else { return nil }
    let entry = entries[Int(number)]
    guard entry.context == context, entry.length == bytes.count else { return nil }
    let equal = arena.withUnsafeBytes {
      $0[entry.offset..<entry.offset + entry.length].elementsEqual(bytes)
    }
    return equal ? entry.value : nil
  }

  /// Remembers `value` for `bytes` in `context`.
  mutating func store(_ value: Value, for bytes: UnsafeRawBufferPointer, context: Int = 0) {
    if entries.count >= maximumEntries || arena.count > maximumBytes - bytes.count {
      slots.removeAll(keepingCapacity: true)
      entries.removeAll(keepingCapacity: true)
      arena.removeAll(keepingCapacity: true)
    }
    let hash = Self.hash(bytes, context)
    guard slots[hash] == nil else { return }
    slots[hash] = Int32(entries.count)
    entries.append(Entry(context: context, offset: arena.count, length: bytes.count, value: value))
    arena.append(contentsOf: bytes)
  }

  private static func hash(_ bytes: UnsafeRawBufferPointer, _ context: Int) -> UInt64 {
    ByteHash.hash(bytes) ^ UInt64(truncatingIfNeeded: context) &* 0x9E37_79B9_7F4A_7C15
  }
}
