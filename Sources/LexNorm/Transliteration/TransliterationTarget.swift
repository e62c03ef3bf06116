/// A script or alphabet that ``Transliteration/convert(_:to:)`` rewrites text into.
public enum TransliterationTarget: String, Sendable, Hashable, CaseIterable {
  /// Plain ASCII: every script to Latin, then diacritics removed (`Đặng` → `Dang`).
  case ascii
  /// Latin letters, diacritics kept (`Лыонг` → `Lyong`).
  case latin
  /// Cyrillic letters by ICU's generic Latin→Cyrillic table (not the Vietnamese practical
  /// transcription).
  case cyrillic
  /// Russian practical transcription of Vietnamese names (`Lương Cường` → `Лыонг Кыонг`), see
  /// ``VietnameseTranscription/russian(_:)``.
  case russian = "ru"
  /// The best Vietnamese reading of Russian-transcribed names (`Лыонг Кыонг` → `Luong Cuong`), see
  /// ``VietnameseTranscription/vietnameseReadings(ofRussian:limit:)``.
  case vietnamese = "vi"

  /// The ICU transform that implements the target after homoglyph repair (`nil` for the
  /// Vietnamese transcription targets, which have their own syllable-aware code).
  var transformID: String? {
    switch self {
    case .ascii: "Any-Latin; NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII"
    case .latin: "Any-Latin; NFC"
    case .cyrillic: "Any-Latin; NFD; [:Nonspacing Mark:] Remove; NFC; Latin-Cyrillic"
    case .russian, .vietnamese: nil
    }
  }
}

/// Script conversion of whole strings: homoglyph repair, then an ICU transform or the
/// Vietnamese↔Russian transcription.
///
/// ```swift
/// Transliteration.convert("Тô Лам", to: .ascii)              // "To Lam"
/// Transliteration.convert("Лыонг Кыонг", to: .latin)         // "Lyong Kyong"
/// Transliteration.convert("Lương Cường", to: .russian)       // "Лыонг Кыонг"
/// Transliteration.convert("Лыонг Кыонг", to: .vietnamese)    // "Luong Cuong"
/// ```
///
/// Safe to call from any thread. Time is linear in the text's length: the ICU targets convert
/// word by word, each distinct word once.
public enum Transliteration {
  /// `text` rewritten into `target`.
  ///
  /// - Throws: ``TransliterationError`` with kind ``TransliterationError/Kind/transformFailed``
  ///   when ICU fails.
  public static func convert(_ text: String, to target: TransliterationTarget)
    throws(TransliterationError) -> String
  {
    let repaired = Homoglyphs.repairText(text).text
    switch target {
    case .ascii: return try ascii.transliterate(byWord: repaired)
    case .latin: return try latin.transliterate(byWord: repaired)
    case .cyrillic: return try cyrillic.transliterate(byWord: repaired)
    case .russian: return VietnameseTranscription.russian(repaired)
    case .vietnamese:
      return VietnameseTranscription.vietnameseReadings(ofRussian: repaired).first ?? repaired
    }
  }

  /// `name` (a label or a word, never a document) rewritten into `target`: see
  /// ``Transliterator/transliterate(name:)`` for why a failure stops the program.
  static func name(_ name: String, to target: TransliterationTarget) -> String {
    do {
      return try convert(name, to: target)
    } catch {
      fatalError("\(error) on a name of \(name.utf8.count) bytes")
    }
  }

  private static let ascii = open(.ascii)
  private static let latin = open(.latin)
  private static let cyrillic = open(.cyrillic)

  private static func open(_ target: TransliterationTarget) -> Transliterator {
    guard let id = target.transformID else {
      fatalError("'\(target.rawValue)' is not an ICU transform target")
    }
    do {
      return try Transliterator(id: id)
    } catch {
      // These are ICU's own built-in transforms: a failure means a broken ICU installation.
      fatalError("ICU lacks a built-in transform: \(error)")
    }
  }
}
