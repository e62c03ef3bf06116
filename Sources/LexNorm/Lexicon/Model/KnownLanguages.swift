extension LanguageTag {
  /// The language tags lexicon files accept: ISO 639-1 codes (BCP 47 primary language subtags)
  /// of the languages that write about Vietnam most, lower case, without region or script.
  ///
  /// A closed list catches slips such as `vn` (Viet Nam's country code) that a syntax check of
  /// BCP 47 would let through.
  public static let known: Set<LanguageTag> = Set(
    [
      "vi", "en", "de", "ru", "fr", "zh", "ja", "ko", "es", "it", "pt", "nl", "pl", "uk", "cs",
      "sk", "sv", "da", "nb", "fi", "el", "tr", "ar", "he", "hi", "th", "lo", "km", "id", "ms",
      "hu", "ro", "bg", "sr", "hr", "be", "kk", "mn", "fa",
    ].map(LanguageTag.init(unchecked:)))

  /// Country codes and other slips written for a language tag, with the tag meant.
  static let commonSlips: [String: LanguageTag] = [
    "vn": "vi", "jp": "ja", "kr": "ko", "cn": "zh", "ua": "uk", "cz": "cs", "dk": "da",
    "gr": "el", "se": "sv", "ge": "de", "no": "nb",
  ].mapValues(LanguageTag.init(unchecked:))
}
