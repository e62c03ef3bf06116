import Foundation

/// Bytes that stay where they are, unchanged, for as long as this object lives: a mapped file,
/// an array the caller handed over, or a copy of its own. Compiled lexicons are used in place
/// through ``StoredArray`` views, which keep this object alive.
///
/// The raw pointer never leaves this file: views read through it only while they hold the
/// object. `@unchecked Sendable`: nothing writes the bytes after `init`.
final class StoredBytes: @unchecked Sendable {
  /// The `Data` or array whose storage `base` points into; `nil` when this object allocated it.
  private let owner: Any?
  fileprivate let base: UnsafeRawBufferPointer

  /// A copy of `bytes`, aligned for any fixed-width integer.
  init(copying bytes: UnsafeRawBufferPointer) {
    let memory = UnsafeMutableRawBufferPointer.allocate(
      byteCount: max(bytes.count, 1), alignment: 16)
    if let source = bytes.baseAddress {
      memory.baseAddress?.copyMemory(from: source, byteCount: bytes.count)
    }
    owner = nil
    base = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(memory)[..<bytes.count])
  }

  /// The bytes of `data` (a mapped file stays mapped). A `Data` this large keeps its bytes in
  /// one heap or mapped buffer that does not move while it is not mutated, and this object
  /// holds it unmutated; a small one may keep them inline, so it is copied.
  convenience init(_ data: Data) {
    if data.count < 4096 {
      self.init(copying: data)
    } else {
      self.init(owner: data, base: data.withUnsafeBytes { $0 })
    }
  }

  /// The bytes of `array`, which this object keeps (an array's buffer does not move while
  /// nobody mutates it).
  convenience init(_ array: [UInt8]) {
    self.init(owner: array, base: array.withUnsafeBytes { $0 })
  }

  private convenience init(copying data: Data) {
    self.init(copying: data.withUnsafeBytes { UnsafeRawBufferPointer($0) })
  }

  private init(owner: Any, base: UnsafeRawBufferPointer) {
    self.owner = owner
    self.base = base
  }

  deinit {
    if owner == nil { UnsafeMutableRawPointer(mutating: base.baseAddress)?.deallocate() }
  }

  var count: Int { base.count }

  /// Runs `body` over the bytes; the buffer must not escape it.
  func withBytes<Result, Failure>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Result)
    throws(Failure) -> Result
  {
    try body(base)
  }

  /// Whether `offset` is aligned for `T` in memory.
  func isAligned<T>(_ offset: Int, for _: T.Type) -> Bool {
    guard let address = base.baseAddress else { return true }
    return Int(bitPattern: address + offset) % MemoryLayout<T>.alignment == 0
  }
}

/// A read-only array of fixed-width integers inside ``StoredBytes``, read in place (native
/// byte order: compiled lexicons are written little-endian and only loaded on little-endian
/// machines).
struct StoredArray<Element: FixedWidthInteger>: RandomAccessCollection, @unchecked Sendable {
  /// Keeps the memory alive.
  private let storage: StoredBytes
  private let start: UnsafePointer<Element>?
  let count: Int

  /// The `count` values at byte `offset` of `storage`, which must be aligned for `Element` and
  /// lie within it (the loader checks both).
  init(_ storage: StoredBytes, offset: Int, count: Int) {
    precondition(
      offset >= 0 && count >= 0 && offset + count * MemoryLayout<Element>.stride <= storage.count
        && storage.isAligned(offset, for: Element.self))
    self.storage = storage
    start = storage.base.baseAddress.map {
      ($0 + offset).assumingMemoryBound(to: Element.self)
    }
    self.count = count
  }

  /// A copy of `values` in memory of its own.
  init(_ values: [Element]) {
    let storage = values.withUnsafeBytes { StoredBytes(copying: $0) }
    self.init(storage, offset: 0, count: values.count)
  }

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  /// Whether every value lies in `range` (one pass over the memory, without bounds checks).
  func allSatisfy(in range: Range<Element>) -> Bool {
    guard let start else { return true }
    var inside = true
    for value in UnsafeBufferPointer(start: start, count: count) {
      inside = inside && range.contains(value)
    }
    return inside
  }

  @inline(__always)
  subscript(position: Int) -> Element {
    precondition(position >= 0 && position < count, "stored array index out of range")
    // `start` is nil only for an empty array, where no position passes the check.
    return start.unsafelyUnwrapped[position]
  }
}
