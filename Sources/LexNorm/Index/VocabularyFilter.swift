/// A Bloom filter over the keys of an index vocabulary, so that a token's key the vocabulary
/// certainly lacks skips the dictionary lookup (string hashing under canonical equivalence):
/// nearly every key a text token offers misses (97 % on the bench corpus).
///
/// The filter hashes bytes, so it only answers for keys made of scalars that no normalization
/// touches (``ICU/isInertStarter(_:)``), which are NFC; it holds the NFC forms of the stored
/// keys, so a stored key canonically equal to such a key (the only kind the dictionary finds)
/// has its very bytes. Any other key may be present.
struct VocabularyFilter: Sendable {
  private let bits: [UInt64]
  /// log2 of the number of bits.
  private let bitShift: UInt64

  /// A filter over `vocabulary` (layer-prefixed keys, `f:luong`).
  init(_ vocabulary: some Collection<String>) {
    // 16 bits a key and two probes: about 1.4 % false positives.
    var shift: UInt64 = 6
    while 1 << shift < vocabulary.count * 16 { shift += 1 }
    bitShift = shift
    var bits = [UInt64](repeating: 0, count: 1 << (shift - 6))
    for key in vocabulary {
      var key = key.normalized(.nfc)
      let hash = key.withUTF8 { Self.hash($0[...], from: Self.seed) }
      let (first, second) = Self.positions(hash, shift: shift)
      bits[first >> 6] |= 1 << UInt64(first & 63)
      bits[second >> 6] |= 1 << UInt64(second & 63)
    }
    self.bits = bits
  }

  /// Whether the vocabulary may hold `text` in `layer` (false: it certainly does not).
  func mayContain(_ text: String, layer: KeyLayer) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let (value, width) = UTF8Scalars.decode(bytes, at: index)
        guard ICU.isInertStarter(value) else { return true }
        index += width
      }
      let prefix = Self.hash(layer.prefixByte, from: Self.seed)
      let hash = Self.hash(bytes[...], from: Self.hash(UInt8(ascii: ":"), from: prefix))
      let (first, second) = Self.positions(hash, shift: bitShift)
      return bits[first >> 6] & 1 << UInt64(first & 63) != 0
        && bits[second >> 6] & 1 << UInt64(second & 63) != 0
    }
  }

  private static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

  /// FNV-1a, one byte on from `hash`.
  @inline(__always)
  private static func hash(_ byte: UInt8, from hash: UInt64) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x100_0000_01B3
  }

  private static func hash(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, from seed: UInt64)
    -> UInt64
  {
    bytes.reduce(seed) { hash($1, from: $0) }
  }

  /// The two bit positions of a hash, from its mixed high and low bits.
  @inline(__always)
  private static func positions(_ hash: UInt64, shift: UInt64) -> (Int, Int) {
    let mixed = (hash ^ hash >> 29) &* 0xBF58_476D_1CE4_E5B9
    return (Int(mixed >> (64 - shift)), Int((mixed ^ mixed >> 31) & (1 << shift - 1)))
  }
}
