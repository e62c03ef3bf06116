/// A Bloom-style bit set of the first three letters of every ASCII key in the index, which lets
/// the scanner pass over most lower-case ASCII words without hashing them into the token cache.
///
/// Sound because a lower-case ASCII token's only keys in running text are its folded form (the
/// token itself), its stems (which keep its first three letters) and its form without `'s`: when
/// no stored key starts like the token, none of them can be in the index. Capitalised tokens
/// (name syllables) and non-ASCII tokens always go to the cache.
struct LowercaseASCIIFilter: Sendable {
  private var bits: [UInt64]
  /// Stems shorter than three letters: a longer word can stem to them (`his` → `hi`), so every
  /// token that starts with one must be looked up.
  private var shortStems: [[UInt8]] = []
  private static let bitCount = 1 << 20

  init(vocabulary: some Sequence<String>) {
    bits = Array(repeating: 0, count: Self.bitCount / 64)
    for key in vocabulary {
      guard let layer = KeyLayer.allCases.first(where: { key.hasPrefix(String($0.prefix) + ":") }),
        layer != .nameSyllable
      else { continue }
      let text = Array(key.utf8.dropFirst(2))
      guard text.allSatisfy({ $0 < 0x80 }) else { continue }
      insert(text[...])
      if layer != .folded, text.count < 3, !shortStems.contains(text) { shortStems.append(text) }
    }
  }

  private mutating func insert(_ key: ArraySlice<UInt8>) {
    let bit = Self.bit(key.prefix(3), fullLength: key.count)
    bits[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  /// Whether a lower-case ASCII token may have keys in the index (false: it certainly has none).
  @inline(__always)
  func mayMatch(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    let bit = Self.bit(token.prefix(3), fullLength: token.count)
    if bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return true }
    return shortStems.contains { token.starts(with: $0) }
  }

  /// The bit of a key's first three bytes; keys shorter than three bytes only meet their equals.
  @inline(__always)
  private static func bit(_ prefix: some Collection<UInt8>, fullLength: Int) -> Int {
    var value: UInt64 = UInt64(min(fullLength, 3))
    for byte in prefix { value = value << 8 | UInt64(byte) }
    value = value &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: value >> 44) & (bitCount - 1)
  }
}
