/// Case endings that Russian, German and English glue to a (Vietnamese) name, and the forms
/// without them.
enum NameInflection {
  /// A form of the word with an ending removed.
  struct Stem: Hashable, Sendable {
    let stem: String
    let ending: String
  }

  /// Russian noun endings on a name, longest first: genitive -а/-я, dative -у/-ю, instrumental
  /// -ом/-ем, prepositional -е, plural -ы. Soft stems (Тхань, Май) take -я, -ю, -ем, -е.
  private static let russianEndings: [(ending: String, softStem: Bool)] = [
    ("ом", false), ("ем", true), ("а", false), ("у", false), ("е", true), ("ы", false),
    ("я", true), ("ю", true),
  ]

  /// The possible uninflected forms of a lower-case Cyrillic word (Лама → лам; Тханя → тхань;
  /// Мая → май), in the order of the endings table. The word itself is not included.
  static func russianStems(of word: String) -> [Stem] {
    russianStems(of: word, bytewise: isPlainCyrillic(word))
  }

  /// ``russianStems(of:)``, comparing and cutting the word as bytes or as characters. Bytes are
  /// as exact (and much faster) when every character is one two-byte letter.
  static func russianStems(of word: String, bytewise: Bool) -> [Stem] {
    var stems: [Stem] = []
    for (ending, softStem) in russianEndings {
      let stem: String
      if bytewise {
        guard let cut = Self.stem(plainWord: word, ending: ending) else { continue }
        stem = cut
      } else {
        guard word.hasSuffix(ending) else { continue }
        stem = String(word.dropLast(ending.count))
        guard stem.count >= 2 else { continue }
      }
      if softStem {
        stems.append(Stem(stem: stem + "ь", ending: ending))
        stems.append(Stem(stem: stem + "й", ending: ending))
      }
      stems.append(Stem(stem: stem, ending: ending))
    }
    return stems
  }

  /// `word` without `ending`, compared and cut as bytes; `nil` when the word does not end so or
  /// the stem would be shorter than two letters.
  private static func stem(plainWord word: String, ending: String) -> String? {
    var word = word
    var ending = ending
    return word.withUTF8 { bytes in
      ending.withUTF8 { ending in
        let stemLength = bytes.count - ending.count
        guard stemLength >= 4, bytes[stemLength...].elementsEqual(ending) else { return nil }
        return String(decoding: bytes[..<stemLength], as: UTF8.self)
      }
    }
  }

  /// Whether every character of `word` is a single Cyrillic letter of two UTF-8 bytes
  /// (U+0400–U+04FF less the combining marks U+0483–U+0489).
  static func isPlainCyrillic(_ word: String) -> Bool {
    var word = word
    return word.withUTF8 { bytes in
      guard bytes.count % 2 == 0 else { return false }
      for index in stride(from: 0, to: bytes.count, by: 2) {
        let (lead, trail) = (bytes[index], bytes[index + 1])
        guard (0xD0...0xD3).contains(lead), trail & 0xC0 == 0x80,
          !(lead == 0xD2 && (0x83...0x89).contains(trail))
        else { return false }
      }
      return true
    }
  }

  /// Possessive endings written with an apostrophe (Trong's, Mai’s), any case.
  static let possessiveEndings = ["'s", "’s", "'S", "’S"]

  /// The form of a folded Latin token without a glued German/English genitive -s (lams → lam).
  static func latinStem(ofFolded token: String) -> Stem? {
    guard token.utf8.count >= 2, token.hasSuffix("s") else { return nil }
    return Stem(stem: String(token.dropLast()), ending: "s")
  }
}
