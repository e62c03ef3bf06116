/// The trie's edges: an open-addressing hash table from (node, key) to child node, in two flat
/// arrays that a compiled lexicon stores as they are and reads in place.
struct EdgeTable: Sendable {
  /// `node << 32 | key` per slot; ``empty`` marks a free slot. The count is a power of two.
  let slotKeys: StoredArray<UInt64>
  /// The child node per slot.
  let slotValues: StoredArray<Int32>

  static let empty = UInt64.max

  /// A table from stored slot arrays; `nil` unless their counts fit each other. A stored table
  /// without a free slot still answers (a probe stops after visiting every slot).
  init?(slotKeys: StoredArray<UInt64>, slotValues: StoredArray<Int32>) {
    guard slotKeys.count == slotValues.count, slotKeys.count >= 16,
      slotKeys.count & (slotKeys.count - 1) == 0
    else { return nil }
    self.init(unchecked: slotKeys, slotValues)
  }

  private init(unchecked slotKeys: StoredArray<UInt64>, _ slotValues: StoredArray<Int32>) {
    self.slotKeys = slotKeys
    self.slotValues = slotValues
  }

  @inline(__always)
  static func edge(_ node: Int32, _ key: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))
  }

  @inline(__always)
  fileprivate static func slot(for edge: UInt64, mask: Int) -> Int {
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
    for _ in 0...mask {
      let stored = slotKeys[slot]
      if stored == edge { return slotValues[slot] }
      if stored == Self.empty { return nil }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// An edge table being filled, while the index is built.
  struct Builder {
    private(set) var slotKeys: [UInt64]
    private(set) var slotValues: [Int32]
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
      var capacity = 16
      while capacity < minimumCapacity * 2 { capacity *= 2 }
      slotKeys = Array(repeating: EdgeTable.empty, count: capacity)
      slotValues = Array(repeating: 0, count: capacity)
    }

    /// The child of `node` along `key`.
    func child(of node: Int32, key: Int32) -> Int32? {
      let edge = EdgeTable.edge(node, key)
      let mask = slotKeys.count - 1
      var slot = EdgeTable.slot(for: edge, mask: mask)
      while true {
        let stored = slotKeys[slot]
        if stored == edge { return slotValues[slot] }
        if stored == EdgeTable.empty { return nil }
        slot = (slot + 1) & mask
      }
    }

    /// Adds an edge that is not in the table yet.
    mutating func insert(node: Int32, key: Int32, child: Int32) {
      if (count + 1) * 2 > slotKeys.count { grow() }
      place(EdgeTable.edge(node, key), child)
      count += 1
    }

    /// The table as built.
    func table() -> EdgeTable {
      EdgeTable(unchecked: StoredArray(slotKeys), StoredArray(slotValues))
    }

    private mutating func place(_ edge: UInt64, _ child: Int32) {
      let mask = slotKeys.count - 1
      var slot = EdgeTable.slot(for: edge, mask: mask)
      while slotKeys[slot] != EdgeTable.empty { slot = (slot + 1) & mask }
      slotKeys[slot] = edge
      slotValues[slot] = child
    }

    private mutating func grow() {
      let oldKeys = slotKeys
      let oldValues = slotValues
      slotKeys = Array(repeating: EdgeTable.empty, count: oldKeys.count * 2)
      slotValues = Array(repeating: 0, count: oldKeys.count * 2)
      for (slot, edge) in oldKeys.enumerated() where edge != EdgeTable.empty {
        place(edge, oldValues[slot])
      }
    }
  }
}
