/// Little-endian binary writing for compiled lexicon files.
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []

  mutating func write(_ value: UInt8) { bytes.append(value) }

  mutating func write<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func writeBytes(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

  mutating func write(_ string: String) {
    write(UInt32(string.utf8.count))
    bytes.append(contentsOf: string.utf8)
  }

  /// An array of integers as one block (count, then the raw little-endian values).
  mutating func writeBlock<T: FixedWidthInteger>(_ values: [T]) {
    write(UInt32(values.count))
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

  mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) throws(Malformed) -> T {
    let size = MemoryLayout<T>.size
    guard size <= remaining else { throw malformed("needs \(size) more bytes") }
    let value = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
    offset += size
    return T(littleEndian: value)
  }

  /// A count stored as `T`, of items that take at least `minimumSize` bytes each; rejected
  /// when the remaining bytes cannot hold that many.
  mutating func readCount<T: FixedWidthInteger & UnsignedInteger>(
    _: T.Type, minimumSize: Int
  ) throws(Malformed) -> Int {
    let start = offset
    let count = Int(try read(T.self))
    guard count <= remaining / minimumSize else {
      throw Malformed(
        offset: start,
        detail: "count \(count) needs at least \(count * minimumSize) bytes, \(remaining) remain")
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

/// A fast 64-bit checksum (FNV-style over 8-byte words) that detects corrupt compiled files.
enum Checksum {
  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let words = bytes.count / 8
    for word in 0..<words {
      let value = bytes.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self)
      hash = (hash ^ value) &* 0x100_0000_01b3
      hash ^= hash >> 31
    }
    for index in (words * 8)..<bytes.count {
      hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3
    }
    return hash
  }
}
