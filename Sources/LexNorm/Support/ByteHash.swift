/// A fast 64-bit hash of short byte strings (tokens, spans of a few words) for the session memos.
enum ByteHash {
  /// Hashes 8 bytes at a time, mixed so the low bits used for a table slot depend on every byte.
  @inline(__always)
  static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    var offset = 0
    while offset + 8 <= bytes.count {
      let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 32
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count {
      tail |= UInt64(bytes[offset]) << shift
      shift += 8
      offset += 1
    }
    return finish(hash, tail: tail)
  }

  /// The hash of `text[range]`, equal to ``hash(_:)`` of those bytes; reads the last partial
  /// word in one load where `text` goes on for 8 bytes past it (a token inside its line).
  @inline(__always)
  static func hash(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = text.baseAddress, range.upperBound + 8 <= text.count else {
      return hash(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: text[range])))
    }
    let bytes = UnsafeRawPointer(base)
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(range.count)
    var offset = range.lowerBound
    while offset + 8 <= range.upperBound {
      let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 32
      offset += 8
    }
    // The bytes left (0…7), first byte lowest, as the byte loop of ``hash(_:)`` assembles them.
    let left = UInt64(range.upperBound - offset)
    let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    let tail = left == 0 ? 0 : word & (UInt64.max >> (64 - 8 * left))
    return finish(hash, tail: tail)
  }

  @inline(__always)
  private static func finish(_ hash: UInt64, tail: UInt64) -> UInt64 {
    var hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    hash ^= hash >> 29
    hash = hash &* 0xBF58_476D_1CE4_E5B9
    return hash ^ (hash >> 32)
  }
}
