internal import _LexNormSystem

/// A Snowball stemmer (libstemmer) for Russian, German or English, safe to share between threads.
///
/// ```swift
/// let stemmer = Stemmer(language: .russian)
/// stemmer.stem("генерального") == stemmer.stem("генеральный")   // true
/// ```
///
/// A libstemmer object must not be used by two threads at once: each call borrows a private
/// one from a small pool, so concurrent callers never share one and never wait for each other's
/// stemming. The libstemmer objects are `_LexNormSystem`'s ``SnowballStemmer``.
struct Stemmer: Sendable {
  /// A language with a Snowball algorithm.
  enum Language: String, Sendable, Hashable, CaseIterable {
    /// Snowball `russian` (UTF-8 Cyrillic).
    case russian
    /// Snowball `german`, plus -s after -o/-y (see ``Stemmer/stem(_:)``).
    case german
    /// Snowball `english` (Porter 2).
    case english
  }

  /// The language this stemmer stems.
  let language: Language
  private let pool: HandlePool<SnowballStemmer>

  /// A stemmer for `language`.
  init(language: Language) {
    self.language = language
    pool = HandlePool { SnowballStemmer(algorithm: language.rawValue) }
  }

  /// The stem of `word`, which should be lower case (Snowball algorithms expect it).
  ///
  /// German words in -os/-ys after a consonant lose the -s first (Politbüros → politbüro),
  /// which Snowball leaves on.
  func stem(_ word: String) -> String {
    if word.isEmpty { return word }
    let input = language == .german ? Self.withoutGermanVowelS(word) : word
    let handle = pool.borrow()
    defer { pool.giveBack(handle) }
    return handle.stem(input)
  }

  /// German Snowball removes -s only after b, d, f, g, h, k, l, m, n, r, t, so genitives and
  /// plurals of loanwords in -o and -y keep it (Politbüros, Fotos, Hobbys). Removed here for
  /// -os/-ys after a consonant only: -as and -is would break Glas/Glases and Ergebnis.
  static func withoutGermanVowelS(_ word: String) -> String {
    var word = word
    let cut = word.withUTF8 { bytes -> Bool in
      // ASCII s and o/y are whole scalars; the letter before them may be any scalar.
      let count = bytes.count
      guard count >= 4, bytes[count - 1] == UInt8(ascii: "s"),
        bytes[count - 2] == UInt8(ascii: "o") || bytes[count - 2] == UInt8(ascii: "y")
      else { return false }
      var start = count - 3
      while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
      guard start > 0 else { return false }  // at least four scalars
      let letter = UTF8Scalars.decode(bytes, at: start).value
      return !vowelsBeforeS.contains(letter)
    }
    return cut ? String(word.dropLast()) : word
  }

  /// a e i o u y ä ö ü.
  private static let vowelsBeforeS: Set<UInt32> = Set("aeiouyäöü".unicodeScalars.map(\.value))
}
