/// Remembered results of a function of short texts (words), looked up by their UTF-8 bytes.
///
/// A `String` key would be hashed and compared under Unicode canonical equivalence, which for
/// non-ASCII words costs about as much as the work a memo saves; here bytes are compared as
/// they are. A `context` number tells apart results of the same word for different questions.
struct ByteStringMemo<Value> {
  private struct Entry {
    var context: Int
    var bytes: [UInt8]
    var value: Value
  }

  /// Fingerprint of (context, bytes) → position in ``entries``.
  private var positions: [Int: Int] = [:]
  private var entries: [Entry] = []

  /// The value stored for `bytes` in `context`, if any.
  func value(for bytes: UnsafeBufferPointer<UInt8>, context: Int = 0) -> Value? {
    guard let position = positions[Self.fingerprint(bytes, context)] else { return nil }
    let entry = entries[position]
    guard entry.context == context, entry.bytes.elementsEqual(bytes) else { return nil }
    return entry.value
  }

  /// Remembers `value` for `bytes` in `context`; a fingerprint that another word already has is
  /// left as it is (that word is then computed each time, which is still correct).
  mutating func store(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>, context: Int = 0) {
    let fingerprint = Self.fingerprint(bytes, context)
    guard positions[fingerprint] == nil else { return }
    positions[fingerprint] = entries.count
    entries.append(Entry(context: context, bytes: Array(bytes), value: value))
  }

  private static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>, _ context: Int) -> Int {
    var hasher = Hasher()
    hasher.combine(context)
    hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    return hasher.finalize()
  }
}
