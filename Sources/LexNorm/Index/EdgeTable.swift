/// The trie's edges: an open-addressing hash table from (node, key) to child node, in two flat
/// arrays so that a compiled lexicon can store and reload it as raw bytes.
struct EdgeTable: Sendable {
  /// `node << 32 | key` per slot; ``empty`` marks a free slot. The count is a power of two.
  private(set) var slotKeys: [UInt64]
  /// The child node per slot.
  private(set) var slotValues: [Int32]
  private(set) var count = 0

  static let empty = UInt64.max

  init(minimumCapacity: Int = 16) {
    var capacity = 16
    while capacity < minimumCapacity * 2 { capacity *= 2 }
    slotKeys = Array(repeating: Self.empty, count: capacity)
    slotValues = Array(repeating: 0, count: capacity)
  }

  /// A table from stored slot arrays (a compiled lexicon); `nil` unless they are consistent.
  /// A free slot must remain: a probe for a missing edge stops only there.
  init?(slotKeys: [UInt64], slotValues: [Int32]) {
    guard slotKeys.count == slotValues.count, slotKeys.count >= 16,
      slotKeys.count & (slotKeys.count - 1) == 0
    else { return nil }
    let count = slotKeys.lazy.filter { $0 != Self.empty }.count
    guard count < slotKeys.count else { return nil }
    self.slotKeys = slotKeys
    self.slotValues = slotValues
    self.count = count
  }

  @inline(__always)
  static func edge(_ node: Int32, _ key: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))
  }

  @inline(__always)
  private static func slot(for edge: UInt64, mask: Int) -> Int {
    var mixed = edge &* 0x9E37_79B9_7F4A_7C15
    mixed ^= mixed >> 32
    return Int(truncatingIfNeeded: mixed) & mask
  }

  /// The child of `node` along `key`.
  @inline(__always)
  func child(of node: Int32, key: Int32) -> Int32? {
    let edge = Self.edge(node, key)
    let mask = slotKeys.count - 1
    var slot = Self.slot(for: edge, mask: mask)
    while true {
      let stored = slotKeys[slot]
      if stored == edge { return slotValues[slot] }
      if stored == Self.empty { return nil }
      slot = (slot + 1) & mask
    }
  }

  /// Adds an edge that is not in the table yet.
  mutating func insert(node: Int32, key: Int32, child: Int32) {
    if (count + 1) * 2 > slotKeys.count { grow() }
    place(Self.edge(node, key), child)
    count += 1
  }

  private mutating func place(_ edge: UInt64, _ child: Int32) {
    let mask = slotKeys.count - 1
    var slot = Self.slot(for: edge, mask: mask)
    while slotKeys[slot] != Self.empty { slot = (slot + 1) & mask }
    slotKeys[slot] = edge
    slotValues[slot] = child
  }

  private mutating func grow() {
    let oldKeys = slotKeys
    let oldValues = slotValues
    slotKeys = Array(repeating: Self.empty, count: oldKeys.count * 2)
    slotValues = Array(repeating: 0, count: oldKeys.count * 2)
    for (slot, edge) in oldKeys.enumerated() where edge != Self.empty {
      place(edge, oldValues[slot])
    }
  }
}
