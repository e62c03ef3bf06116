internal import CICUShims

/// Namespace for the thin Swift layer over the `CICUShims` C target.
///
/// Only files in this folder import `CICUShims`; LexNorm works with Swift strings and the
/// public types it builds on top of these helpers.
package enum ICU {
  /// A failed ICU call: the raw `UErrorCode` and ICU's name for it.
  package struct Failure: Error, CustomStringConvertible, Sendable {
    package let status: Int32
    package var name: String { String(cString: CICUShims_errorName(status)) }
    package var description: String { name }
  }

  /// Throws when `status` is a failure; ICU warnings (status < 0) count as success.
  static func check(_ status: Int32) throws(Failure) {
    if status > 0 { throw Failure(status: status) }
  }

  static var bufferOverflow: Int32 { CICUShims_bufferOverflowError }

  /// Calls `body` with a UTF-16 buffer of at least `capacity` units, retrying once with the size ICU
  /// reports when the first attempt overflows. `body` returns the length it produced (or needs).
  static func withResizingBuffer(
    initialCapacity: Int,
    _ body: (UnsafeMutableBufferPointer<UInt16>, inout Int32) -> Int32
  ) throws(Failure) -> [UInt16] {
    var capacity = max(initialCapacity, 1)
    for _ in 0..<2 {
      var status: Int32 = 0
      var length: Int32 = 0
      let result = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
        length = body(buffer, &status)
        count = (status > 0) ? 0 : Int(length)
      }
      if status == bufferOverflow, Int(length) > capacity {
        capacity = Int(length)
        continue
      }
      try check(status)
      return result
    }
    throw Failure(status: bufferOverflow)
  }
}

extension String {
  /// The string's UTF-16 code units, as ICU wants them.
  var utf16Array: [UInt16] { Array(utf16) }

  init(utf16Units: some Collection<UInt16>) {
    self = String(decoding: utf16Units, as: UTF16.self)
  }
}
