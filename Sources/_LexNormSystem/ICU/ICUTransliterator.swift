internal import CICUShims

extension ICU {
  /// Owns one `UTransliterator`. Not thread-safe on its own: LexNorm's `Transliterator` hands
  /// each caller a private clone from a pool.
  ///
  /// `@unchecked Sendable`: a handle moves between threads through that pool, and the pool
  /// guarantees that only one thread uses it at a time.
  package final class TransliteratorHandle: @unchecked Sendable {
    private let pointer: OpaquePointer

    /// A transform ICU could not open or compile: its status, and for rules the 1-based line
    /// and the offset ICU reports (when it reports them).
    package struct OpenFailure: Error, Sendable {
      package let failure: Failure
      package let line: Int?
      package let offset: Int?
    }

    /// Opens a system transform by ID, or compiles `rules` under that ID.
    package init(id: String, rules: String?, reverse: Bool = false) throws(OpenFailure) {
      let idUnits = id.utf16Array
      let ruleUnits = rules?.utf16Array
      var line: Int32 = 0
      var offset: Int32 = 0
      var status: Int32 = 0
      let opened: OpaquePointer? = idUnits.withUnsafeBufferPointer { idBuffer in
        if let ruleUnits {
          return ruleUnits.withUnsafeBufferPointer { ruleBuffer in
            CICUShims_transliteratorOpen(
              idBuffer.baseAddress, Int32(idBuffer.count), reverse ? 1 : 0,
              ruleBuffer.baseAddress ?? idBuffer.baseAddress, Int32(ruleBuffer.count),
              &line, &offset, &status)
          }
        }
        return CICUShims_transliteratorOpen(
          idBuffer.baseAddress, Int32(idBuffer.count), reverse ? 1 : 0, nil, 0,
          &line, &offset, &status)
      }
      guard status <= 0, let opened else {
        throw OpenFailure(
          failure: Failure(status: status), line: line >= 0 ? Int(line) + 1 : nil,
          offset: offset >= 0 ? Int(offset) : nil)
      }
      pointer = opened
    }

    private init(pointer: OpaquePointer) { self.pointer = pointer }

    deinit { CICUShims_transliteratorClose(pointer) }

    package func clone() -> TransliteratorHandle? {
      var status: Int32 = 0
      guard let copy = CICUShims_transliteratorClone(pointer, &status), status <= 0 else {
        return nil
      }
      return TransliteratorHandle(pointer: copy)
    }

    /// `text` transformed; ICU's failure when it reports one, or when `text` has more UTF-16
    /// units than `maximumLength` (ICU counts in Int32, and a transform may lengthen a text).
    package func transliterate(_ text: String, maximumLength: Int = Int(Int32.max) / 4)
      throws(Failure) -> String
    {
      let units = text.utf16Array
      if units.isEmpty { return text }
      guard units.count <= maximumLength else { throw Failure(status: ICU.bufferOverflow) }
      var capacity = units.count * 2 + 16
      // Twice at most: an overflow reports the length the text needs.
      for _ in 0..<2 {
        var buffer = units
        buffer.append(contentsOf: repeatElement(0, count: capacity - units.count))
        var length = Int32(units.count)
        var status: Int32 = 0
        buffer.withUnsafeMutableBufferPointer { buf in
          CICUShims_transliterate(pointer, buf.baseAddress, &length, Int32(buf.count), &status)
        }
        if status == ICU.bufferOverflow, Int(length) > capacity {
          capacity = Int(length)
          continue
        }
        try ICU.check(status)
        return String(utf16Units: buffer.prefix(Int(length)))
      }
      throw Failure(status: ICU.bufferOverflow)
    }
  }
}
