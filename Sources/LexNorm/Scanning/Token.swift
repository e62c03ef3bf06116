/// A word of UTF-8 text: a maximal run of letters, combining marks and digits (with apostrophes
/// inside, as in `People's`), located by byte offsets.
struct Token: Sendable, Hashable {
  /// UTF-8 offset of the first byte.
  var start: Int
  /// UTF-8 offset one past the last byte.
  var end: Int
  /// Whether only spaces or one hyphen separate this token from the previous one, so a phrase
  /// may run on across the gap (`Thai-Binh`, `To Lam`); sentence punctuation breaks phrases.
  var joinsPrevious: Bool
  /// Whether the first letter is upper case (`To`, `Лыонг`): evidence for a name.
  var isCapitalized: Bool
  /// Whether the token is all digits.
  var isNumeric: Bool
  /// Whether every byte is ASCII.
  var isASCII: Bool
  /// Whether Latin and Cyrillic letters are mixed (a look-alike slip such as `Тô`).
  var isMixedScript: Bool
  /// Whether the token is part of a URL (after `://` or `www.`, up to the next space).
  var isInURL: Bool

  var length: Int { end - start }
}
