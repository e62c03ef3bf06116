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
    var stems: [Stem] = []
    for (ending, softStem) in russianEndings where word.hasSuffix(ending) {
      let stem = String(word.dropLast(ending.count))
      guard stem.count >= 2 else { continue }
      if softStem {
        stems.append(Stem(stem: stem + "ь", ending: ending))
        stems.append(Stem(stem: stem + "й", ending: ending))
      }
      stems.append(Stem(stem: stem, ending: ending))
    }
    return stems
  }

  /// Possessive endings written with an apostrophe (Trong's, Mai’s), any case.
  static let possessiveEndings = ["'s", "’s", "'S", "’S"]

  /// The form of a folded Latin token without a glued German/English genitive -s (lams → lam).
  static func latinStem(ofFolded token: String) -> Stem? {
    guard token.utf8.count >= 2, token.hasSuffix("s") else { return nil }
    return Stem(stem: String(token.dropLast()), ending: "s")
  }
}
