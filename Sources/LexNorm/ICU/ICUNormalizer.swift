internal import CICUShims

extension ICU {
  /// Unicode normalization through ICU's shared `UNormalizer2` instances, which are immutable and
  /// safe to use from any thread.
  static func normalize(_ text: String, form: Int32) -> String {
    // Most text needs no ICU call to be known NFC (and no UTF-16 copy).
    if form == NormalizationForm.nfc.icuForm, isNFCByItsScalars(text) { return text }
    return normalizeThroughICU(text, form: form)
  }

  /// ``normalize(_:form:)`` asking ICU in every case.
  static func normalizeThroughICU(_ text: String, form: Int32) -> String {
    let source = text.utf16Array
    if source.isEmpty { return text }
    let isNormalized = source.withUnsafeBufferPointer { src -> Bool in
      var status: Int32 = 0
      let answer = CICUShims_isNormalized(form, src.baseAddress, Int32(src.count), &status)
      return status <= 0 && answer != 0
    }
    if isNormalized { return text }
    do {
      let units = try source.withUnsafeBufferPointer { src throws(Failure) in
        try withResizingBuffer(initialCapacity: src.count * 2 + 4) { dest, status in
          CICUShims_normalize(
            form, src.baseAddress, Int32(src.count), dest.baseAddress, Int32(dest.count), &status)
        }
      }
      return String(utf16Units: units)
    } catch {
      // The built-in instances cannot fail on well-formed UTF-16 (Swift strings always are).
      return text
    }
  }
}
