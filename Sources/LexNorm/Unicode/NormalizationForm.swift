internal import _LexNormSystem

/// A Unicode normalization form.
enum NormalizationForm: Sendable, Hashable, CaseIterable {
  /// Canonical composition: the form lexicon files must use.
  case nfc
  /// Canonical decomposition: base letters followed by combining marks.
  case nfd
  /// Compatibility composition (ligatures, full-width forms folded).
  case nfkc
  /// NFKC followed by case folding, ICU's `NFKC_Casefold`.
  case nfkcCasefold

  var icuForm: ICU.NormalizationForm {
    switch self {
    case .nfc: .nfc
    case .nfd: .nfd
    case .nfkc: .nfkc
    case .nfkcCasefold: .nfkcCasefold
    }
  }
}

extension String {
  /// This string in the given Unicode normalization form.
  ///
  /// ```swift
  /// "To\u{302} La\u{302}m".normalized(.nfc)   // "Tô Lâm"
  /// ```
  ///
  /// Uses ICU's `unorm2_normalize` with the shared instance for `form`.
  func normalized(_ form: NormalizationForm) -> String {
    // Most text needs no ICU call to be known NFC (and no UTF-16 copy).
    if form == .nfc, ICU.isNFCByItsScalars(self) { return self }
    return ICU.normalizeThroughICU(self, form: form.icuForm)
  }

  /// Whether this string is already in the given normalization form.
  func isNormalized(_ form: NormalizationForm) -> Bool {
    // `==` on String compares canonical equivalence, so compare scalars.
    normalized(form).unicodeScalars.elementsEqual(unicodeScalars)
  }
}
