/// Little-endian binary writing for compiled lexicon files.
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []

  mutating func write(_ value: UInt8) { bytes.append(value) }

  mutating func write<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func writeBytes(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

  /// Zero bytes up to the next multiple of `alignment`.
  mutating func align(to alignment: Int) {
    while bytes.count % alignment != 0 { bytes.append(0) }
  }

  mutating func write(_ string: String) {
    write(UInt32(string.utf8.count))
    bytes.append(contentsOf: string.utf8)
  }

  /// An array of integers that a reader may use in place: zero bytes up to a multiple of 8,
  /// the count as 64 bits, then the raw little-endian values.
  mutating func writeAligned<T: FixedWidthInteger>(_ values: [T]) {
    align(to: 8)
    write(UInt64(values.count))
    writeRaw(values)
  }

  /// An array of integers as one block (count, then the raw little-endian values).
  mutating func writeBlock<T: FixedWidthInteger>(_ values: [T]) {
    write(UInt32(values.count))
    writeRaw(values)
  }

  private mutating func writeRaw<T: FixedWidthInteger>(_ values: [T]) {
    values.withUnsafeBufferPointer { buffer in
      if T(1).littleEndian == T(1) {
        bytes.append(contentsOf: UnsafeRawBufferPointer(buffer))
      } else {
        for value in buffer { write(value) }
      }
    }
  }
}

/// Bounds-checked reading of what ``BinaryWriter`` wrote; every failure names the byte offset.
/// Counts are checked against the bytes that remain before anything is sized by them, so a
/// forged count cannot make a reader allocate more than the input could hold.
struct BinaryReader {
  /// Bytes that do not decode: cut short, or a value that makes no sense.
  struct Malformed: Error {
    /// Offset in the buffer the reader reads.
    let offset: Int
    let detail: String
  }

  private let bytes: UnsafeRawBufferPointer
  private(set) var offset: Int

  init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  var isAtEnd: Bool { offset == bytes.count }

  /// Bytes left to read.
  var remaining: Int { bytes.count - offset }

  /// An error at the current offset.
  func malformed(_ detail: String) -> Malformed { Malformed(offset: offset, detail: detail) }

  @inline(__always)
  mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) throws(Malformed) -> T {
    let size = MemoryLayout<T>.size
    guard size <= remaining else { throw malformed("needs \(size) more bytes") }
    let value = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
    offset += size
    return T(littleEndian: value)
  }

  /// A count stored as `T`, of items that take at least `minimumSize` bytes each; rejected
  /// when the remaining bytes cannot hold that many.
  @inline(__always)
  mutating func readCount<T: FixedWidthInteger & UnsignedInteger>(
    _: T.Type, minimumSize: Int
  ) throws(Malformed) -> Int {
    let start = offset
    let stored = try read(T.self)
    // A 64-bit count may not even fit an Int: it is refused, not converted.
    guard let count = Int(exactly: stored), count <= remaining / minimumSize else {
      let (needed, overflow) = Int(clamping: stored).multipliedReportingOverflow(by: minimumSize)
      throw Malformed(
        offset: start,
        detail: overflow
          ? "count \(stored) is more than any file holds"
          : "count \(stored) needs at least \(needed) bytes, \(remaining) remain")
    }
    return count
  }

  mutating func readString() throws(Malformed) -> String {
    let length = try readCount(UInt32.self, minimumSize: 1)
    let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
    offset += length
    // The payload's checksum vouches for what the writer wrote; a forged file still cannot
    // crash anything, since decoding repairs bad UTF-8.
    return String(decoding: slice, as: UTF8.self)
  }

  @inline(__always)
  mutating func skipString() throws(Malformed) {
    offset += try readCount(UInt32.self, minimumSize: 1)
  }

  /// Runs `body` over the bytes of the string at the offset, and moves past them; the buffer
  /// must not escape `body`.
  mutating func withStringBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result)
    throws(Malformed) -> Result
  {
    let length = try readCount(UInt32.self, minimumSize: 1)
    defer { offset += length }
    return body(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]))
  }

  /// Moves to the next offset that is a multiple of `alignment` (a power of two).
  mutating func align(to alignment: Int) throws(Malformed) {
    let aligned = (offset + alignment - 1) & ~(alignment - 1)
    guard aligned <= bytes.count else { throw malformed("padding runs past the end") }
    offset = aligned
  }

  /// Moves past `count` bytes.
  mutating func skip(_ count: Int) throws(Malformed) {
    guard count >= 0, count <= remaining else { throw malformed("needs \(count) more bytes") }
    offset += count
  }

  mutating func readBlock<T: FixedWidthInteger>(_: T.Type = T.self) throws(Malformed) -> [T] {
    let count = try readCount(UInt32.self, minimumSize: MemoryLayout<T>.size)
    let size = count * MemoryLayout<T>.size
    let start = offset
    offset += size
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      let target = UnsafeMutableRawBufferPointer(buffer)
      target.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[start..<start + size]))
      if T(1).littleEndian != T(1) {
        for index in 0..<count { buffer[index] = T(littleEndian: buffer[index]) }
      }
      initialized = count
    }
  }
}

/// A fast 64-bit checksum that detects corrupt compiled files: FNV-style over 8-byte words in
/// four independent lanes, so a load checks tens of megabytes in a few milliseconds (one lane
/// waits on each multiplication), then the lanes and the tail bytes folded into one.
enum Checksum {
  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    let prime: UInt64 = 0x100_0000_01b3
    var lanes: (UInt64, UInt64, UInt64, UInt64) = (
      0xcbf2_9ce4_8422_2325, 0x9E37_79B9_7F4A_7C15, 0xC4CE_B9FE_1A85_EC53, 0xBF58_476D_1CE4_E5B9
    )
    @inline(__always) func mix(_ hash: inout UInt64, _ value: UInt64) {
      hash = (hash ^ value) &* prime
      hash ^= hash >> 31
    }
    let blocks = bytes.count / 32
    for block in 0..<blocks {
      let offset = block * 32
      mix(&lanes.0, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      mix(&lanes.1, bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
      mix(&lanes.2, bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
      mix(&lanes.3, bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
    }
    var hash = lanes.0
    mix(&hash, lanes.1)
    mix(&hash, lanes.2)
    mix(&hash, lanes.3)
    for index in (blocks * 32)..<bytes.count { mix(&hash, UInt64(bytes[index])) }
    return hash
  }
}
