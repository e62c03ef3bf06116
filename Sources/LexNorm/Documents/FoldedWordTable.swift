/// A table from folded words (`Folding.key`) to values, probed with the UTF-8 bytes of a folded
/// word: no String is made or hashed per probe.
struct FoldedWordTable<Value: Sendable>: Sendable {
  private struct Slot {
    /// The top bits of the key's hash (the bits below them pick the first slot probed).
    var tag: UInt16 = 0
    /// Index into `keys` and `values`, or -1 for an empty slot.
    var entry: Int16 = -1
  }

  /// Open addressing with linear probing; the count is a power of two, at most half full.
  private let slots: [Slot]
  /// Two bits of 1,024 set per key (a Bloom filter): most words probed are in no table, and
  /// these two cache lines answer nearly all of them without reading the slots.
  private let filter: [UInt64]
  private let keys: [[UInt8]]
  private let values: [Value]
  /// The longest key in UTF-8 bytes: a longer word is not in the table.
  let longestKey: Int

  init(_ entries: [String: Value]) {
    precondition(entries.count <= Int(Int16.max), "too many words for the table")
    var capacity = 8
    while capacity < 2 * entries.count { capacity *= 2 }
    var slots = [Slot](repeating: Slot(), count: capacity)
    var filter = [UInt64](repeating: 0, count: Self.filterSize / 64)
    keys = entries.keys.map { Array($0.utf8) }
    values = Array(entries.values)
    for (entry, key) in keys.enumerated() {
      let hash = key.withUnsafeBufferPointer { FoldedKeyHash(key: $0).value }
      var index = Self.firstSlot(hash) & (capacity - 1)
      while slots[index].entry >= 0 { index = (index + 1) & (capacity - 1) }
      slots[index] = Slot(tag: Self.tag(hash), entry: Int16(entry))
      let (first, second) = Self.filterBits(hash)
      for bit in [first, second] { filter[bit / 64] |= 1 << (bit % 64) }
    }
    self.slots = slots
    self.filter = filter
    longestKey = keys.map(\.count).max() ?? 0
  }

  /// The value stored for the folded word `key`.
  func value(forKey key: UnsafeBufferPointer<UInt8>) -> Value? {
    let hash = FoldedKeyHash(key: key).value
    guard mayContain(hash) else { return nil }
    let tag = Self.tag(hash)
    let mask = slots.count - 1
    var index = Self.firstSlot(hash) & mask
    while slots[index].entry >= 0 {
      let slot = slots[index]
      if slot.tag == tag && keys[Int(slot.entry)].elementsEqual(key) {
        return values[Int(slot.entry)]
      }
      index = (index + 1) & mask
    }
    return nil
  }

  /// Whether a key with this hash may be in the table: the filter says no for most words.
  func mayContain(_ keyHash: FoldedKeyHash) -> Bool {
    mayContain(keyHash.value)
  }

  private func mayContain(_ hash: UInt64) -> Bool {
    let (first, second) = Self.filterBits(hash)
    return filter[first / 64] & (1 << (first % 64)) != 0
      && filter[second / 64] & (1 << (second % 64)) != 0
  }

  private static var filterSize: Int { 1024 }

  /// The filter bits of a key: from hash bits below those of the slot and tag.
  private static func filterBits(_ hash: UInt64) -> (Int, Int) {
    let bits = Int(truncatingIfNeeded: hash >> 12)
    return (bits & (filterSize - 1), (bits >> 10) & (filterSize - 1))
  }

  private static func firstSlot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 32) }

  private static func tag(_ hash: UInt64) -> UInt16 { UInt16(truncatingIfNeeded: hash >> 48) }
}

/// The hash by which ``FoldedWordTable`` files its keys: FNV-1a over a key's bytes from the last
/// to the first, so that a word read backwards from its end is hashed on the way. One
/// multiplication per byte; the lowest bits depend on the low bits of the bytes alone, so the
/// table takes its filter bits, slots and tags from higher bits.
struct FoldedKeyHash {
  private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

  init() {}

  init(key: UnsafeBufferPointer<UInt8>) {
    for byte in key.reversed() { prepend(byte) }
  }

  /// Takes in the byte before those hashed so far.
  @inline(__always)
  mutating func prepend(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x0100_0000_01B3
  }
}
