/// A script or alphabet that ``Transliteration/convert(_:to:)`` rewrites text into.
public enum TransliterationTarget: String, Sendable, Hashable, CaseIterable {
  /// Plain ASCII: every script to Latin, then diacritics removed (`Đặng` → `Dang`).
  case ascii
  /// Latin letters, diacritics kept (`Лыонг` → `Lyong`).
  case latin
  /// Cyrillic letters by ICU's generic Latin→Cyrillic table (not the Vietnamese practical
  /// transcription).
  case cyrillic

  /// The ICU transform that implements the target after homoglyph repair.
  var transformID: String {
    switch self {
    case .ascii: "Any-Latin; NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII"
    case .latin: "Any-Latin; NFC"
    case .cyrillic: "Any-Latin; NFD; [:Nonspacing Mark:] Remove; NFC; Latin-Cyrillic"
    }
  }
}

/// Script conversion of whole strings: homoglyph repair, then an ICU transform.
///
/// ```swift
/// Transliteration.convert("Тô Лам", to: .ascii)        // "To Lam"
/// Transliteration.convert("Лыонг Кыонг", to: .latin)   // "Lyong Kyong"
/// ```
///
/// Safe to call from any thread. ICU is slow on long texts (about 0.5 MB/s): annotate and match
/// paths transliterate tokens once and cache them instead of converting whole documents.
public enum Transliteration {
  /// `text` rewritten into `target`.
  public static func convert(_ text: String, to target: TransliterationTarget) -> String {
    let repaired = Homoglyphs.repairText(text).text
    return transliterator(for: target).transliterate(repaired)
  }

  private static let ascii = open(.ascii)
  private static let latin = open(.latin)
  private static let cyrillic = open(.cyrillic)

  static func transliterator(for target: TransliterationTarget) -> Transliterator {
    switch target {
    case .ascii: ascii
    case .latin: latin
    case .cyrillic: cyrillic
    }
  }

  private static func open(_ target: TransliterationTarget) -> Transliterator {
    do {
      return try Transliterator(id: target.transformID)
    } catch {
      // These are ICU's own built-in transforms: a failure means a broken ICU installation.
      fatalError("ICU lacks a built-in transform: \(error)")
    }
  }
}
