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
  private static let russianEndings: [(ending: String, utf8: [UInt8], softStem: Bool)] = [
    ("ом", false), ("ем", true), ("а", false), ("у", false), ("е", true), ("ы", false),
    ("я", true), ("ю", true),
  ].map { ($0.0, Array($0.0.utf8), $0.1) }

  /// The possible uninflected forms of a lower-case Cyrillic word (Лама → лам; Тханя → тхань;
  /// Мая → май), in the order of the endings table. The word itself is not included.
  static func russianStems(of word: String) -> [Stem] {
    russianStems(of: word, bytewise: isPlainCyrillic(word))
  }

  /// ``russianStems(of:)``, comparing and cutting the word as bytes or as characters. Bytes are
  /// as exact (and much faster) when every character is one two-byte letter.
  static func russianStems(of word: String, bytewise: Bool) -> [Stem] {
    var stems: [Stem] = []
    func add(_ stem: String, ending: String, softStem: Bool) {
      if softStem {
        stems.append(Stem(stem: stem + "ь", ending: ending))
        stems.append(Stem(stem: stem + "й", ending: ending))
      }
      stems.append(Stem(stem: stem, ending: ending))
    }
    if bytewise {
      var word = word
      word.withUTF8 { bytes in
        for (ending, endingBytes, softStem) in russianEndings {
          // Stems of at least two letters.
          let stemLength = bytes.count - endingBytes.count
          guard stemLength >= 4, bytes[stemLength...].elementsEqual(endingBytes) else { continue }
          let stem = String(decoding: bytes[..<stemLength], as: UTF8.self)
          add(stem, ending: ending, softStem: softStem)
        }
      }
    } else {
      for (ending, _, softStem) in russianEndings where word.hasSuffix(ending) {
        let stem = String(word.dropLast(ending.count))
        if stem.count >= 2 { add(stem, ending: ending, softStem: softStem) }
      }
    }
    return stems
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
