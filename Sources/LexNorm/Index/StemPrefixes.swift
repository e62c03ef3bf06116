/// The first three letters of the stems an index holds, per stemming layer (`e:com`): a token
/// of text is only stemmed in a layer where its first letters start some stored stem.
///
/// A probe runs for every new token, so short prefixes are looked up as integers rather than as
/// Swift strings, whose hashing and comparison go through canonical equivalence. Both ways agree
/// when the probe and every stored prefix consist of scalars that no normalization touches
/// (``ICU/isInertStarter(_:)``): such strings are NFC, so canonically equal ones have equal bytes.
struct StemPrefixes: Sendable, ExpressibleByArrayLiteral {
  /// The prefixes as layer keys (`e:com`), compared as strings.
  private let keys: Set<String>
  /// The prefixes of at most seven bytes, packed; `nil` when a stored prefix has a scalar that
  /// normalization may touch, and only ``keys`` can answer.
  private let packed: Set<UInt64>?

  /// The prefixes given as layer keys (`e:com`).
  init(keys: Set<String>) {
    self.keys = keys
    var packed: Set<UInt64>? = []
    for key in keys {
      var key = key
      let packing = key.withUTF8 { bytes -> Packing in
        guard bytes.count >= 2, bytes[1] == UInt8(ascii: ":"),
          let layer = KeyLayer.allCases.first(where: { $0.prefix.asciiValue == bytes[0] })
        else { return .notInert }
        return Self.packing(bytes[2...], layer: layer)
      }
      switch packing {
      case .packed(let code): packed?.insert(code)
      case .tooLong: break  // NFC and longer than any probe of the packed set
      case .notInert: packed = nil
      }
    }
    self.packed = packed
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
    /// Layer, length and bytes in one integer.
    case packed(UInt64)
    /// Inert but longer than seven bytes.
    case tooLong
    case notInert
  }

  private static func packing(_ prefix: Slice<UnsafeBufferPointer<UInt8>>, layer: KeyLayer)
    -> Packing
  {
    let bytes = UnsafeBufferPointer(rebasing: prefix)
    var index = 0
    while index < bytes.count {
      let (value, width) = UTF8Scalars.decode(bytes, at: index)
      guard ICU.isInertStarter(value) else { return .notInert }
      index += width
    }
    guard bytes.count <= 7 else { return .tooLong }
    var code = UInt64(layer.rawValue) << 3 | UInt64(bytes.count)
    for byte in bytes { code = code << 8 | UInt64(byte) }
    return .packed(code)
  }
}
