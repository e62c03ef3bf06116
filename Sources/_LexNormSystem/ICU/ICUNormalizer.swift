internal import CICUShims

extension ICU {
  /// The normalization forms of ICU's shared `UNormalizer2` instances (their numbers are
  /// defined once, in `CICUShims.h`).
  package enum NormalizationForm: Sendable {
    case nfc, nfd, nfkc, nfkcCasefold

    fileprivate var shimForm: CICUShims_NormalizationForm {
      switch self {
      case .nfc: CICUShims_NFC
      case .nfd: CICUShims_NFD
      case .nfkc: CICUShims_NFKC
      case .nfkcCasefold: CICUShims_NFKCCasefold
      }
    }
  }

  /// Unicode normalization through ICU's shared `UNormalizer2` instances, which are immutable and
  /// safe to use from any thread. (LexNorm's `String.normalized(_:)` skips the call for text
  /// whose scalars show that it is NFC.)
  package static func normalizeThroughICU(_ text: String, form: NormalizationForm) -> String {
    let form = form.shimForm
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
