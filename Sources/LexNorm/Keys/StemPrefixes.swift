/// The first three letters of the stems an index holds, per stemming layer (`e:com`): a token
/// of text is only stemmed in a layer where its first letters start some stored stem.
///
/// A probe runs for every new token, so short prefixes are looked up as integers rather than as
/// Swift strings, whose hashing and comparison go through canonical equivalence. Both ways agree
/// when the probe and every stored prefix consist of scalars that no normalization touches
/// (``ICU/isInertStarter(_:)``): such strings are NFC, so canonically equal ones have equal bytes.
struct StemPrefixes: Sendable, ExpressibleByArrayLiteral {
  /// The prefixes as layer keys (`e:com`), compared as strings.
  let keys: Set<String>
  /// The prefixes of at most seven bytes, packed; `nil` when a stored prefix has a scalar that
  /// normalization may touch, and only ``keys`` can answer.
  private let packed: PackedSet?

  /// The prefixes given as layer keys (`e:com`).
  init(keys: Set<String>) {
    self.keys = keys
    var codes: [UInt64]? = []
    for key in keys {
      var key = key
      let packing = key.withUTF8 { bytes -> Packing in
        guard bytes.count >= 2, bytes[1] == UInt8(ascii: ":"),
          let layer = KeyLayer.allCases.first(where: { $0.prefix.asciiValue == bytes[0] })
        else { return .notInert }
        return Self.packing(bytes[2...], layer: layer)
      }
      switch packing {
      case .packed(let code): codes?.append(code)
      case .tooLong: break  // NFC and longer than any probe of the packed set
      case .notInert: codes = nil
      }
    }
    packed = codes.map(PackedSet.init)
  }

  init(arrayLiteral keys: String...) { self.init(keys: Set(keys)) }

  /// Whether some stored stem of `layer` starts with `prefix`, the UTF-8 of three scalars.
  func contains(_ prefix: Slice<UnsafeBufferPointer<UInt8>>, layer: KeyLayer) -> Bool {
    if let packed, case .packed(let code) = Self.packing(prefix, layer: layer) {
      return packed.contains(code)
    }
    return keys.contains(layer.key(prefix))
  }

  private enum Packing {
    /// Layer, length and bytes in one nonzero integer.
    case packed(UInt64)
    /// Inert but longer than seven bytes.
    case tooLong
    case notInert
  }

  private static func packing(_ prefix: Slice<UnsafeBufferPointer<UInt8>>, layer: KeyLayer)
    -> Packing
  {
    let bytes = UnsafeBufferPointer(rebasing: prefix)
    // A leading 1 keeps every code nonzero, the mark of an empty slot.
    var code = 1 << 6 | UInt64(layer.rawValue) << 3 | UInt64(bytes.count)
    for (index, byte) in bytes.enumerated() {
      if byte >= 0xC0, !ICU.isInertStarter(UTF8Scalars.decode(bytes, at: index).value) {
        return .notInert
      }
      code = code << 8 | UInt64(byte)
    }
    return bytes.count <= 7 ? .packed(code) : .tooLong
  }
}

/// A set of nonzero integers by open addressing with a multiplicative hash: cheaper to probe
/// than `Set`, whose hashing is built to resist adversarial keys.
private struct PackedSet: Sendable {
  private let slots: [UInt64]
  private let shift: UInt64

  init(_ codes: [UInt64]) {
    var bits: UInt64 = 3
    while 1 << bits < codes.count * 2 { bits += 1 }
    shift = 64 - bits
    var slots = [UInt64](repeating: 0, count: 1 << bits)
    for code in codes {
      var position = Self.position(code, shift: shift)
      while slots[position] != 0, slots[position] != code {
        position = (position + 1) & (slots.count - 1)
      }
      slots[position] = code
    }
    self.slots = slots
  }

  func contains(_ code: UInt64) -> Bool {
    var position = Self.position(code, shift: shift)
    while true {
      let slot = slots[position]
      if slot == code { return true }
      if slot == 0 { return false }
      position = (position + 1) & (slots.count - 1)
    }
  }

  @inline(__always)
  private static func position(_ code: UInt64, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }
}
