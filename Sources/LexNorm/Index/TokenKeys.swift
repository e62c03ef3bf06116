/// A key a token of text (or of a lexicon form) offers in one ``KeyLayer``, with the steps that
/// produced it.
struct TokenKey: Sendable, Hashable {
  var layer: KeyLayer
  var text: String
  var steps: MethodSteps

  var vocabularyKey: String { layer.key(text) }
}

/// Derives the keys of single tokens. This is the only place that decides how a written token
/// is compared; the index (lexicon side) and the annotator (text side) both call it, so the two
/// sides cannot drift apart.
enum TokenKeys {
  /// Every key under which a token of running text may match a stored phrase, best first.
  static func textKeys(_ token: String) -> [TokenKey] {
    var keys: [TokenKey] = []
    var seen: Set<String> = []
    func add(_ key: TokenKey) {
      if seen.insert(key.vocabularyKey).inserted { keys.append(key) }
    }
    for (form, steps) in spellings(of: token) {
      let folded = Folding.key(form)
      add(TokenKey(layer: .folded, text: folded, steps: steps))
      for layer in stemLayers(for: folded) {
        add(TokenKey(layer: layer, text: stem(folded, layer: layer), steps: steps.union(.inflected)))
      }
    }
    return keys
  }

  /// The token as written, plus the repaired and de-possessived spellings worth a lookup.
  private static func spellings(of token: String) -> [(String, MethodSteps)] {
    var result: [(String, MethodSteps)] = [(token, [])]
    if ScriptCounts(token).mixesLatinAndCyrillic {
      for context in [Script.latin, .cyrillic] {
        if let repair = Homoglyphs.repair(token, context: context),
          !result.contains(where: { $0.0 == repair.repaired })
        {
          result.append((repair.repaired, .homoglyph))
        }
      }
    }
    for suffix in ["'s", "’s"] where token.hasSuffix(suffix) && token.count > suffix.count + 1 {
      result.append((String(token.dropLast(suffix.count)), .inflected))
    }
    return result
  }

  /// Keys of a token of a lexicon form in `layer` (the side that is stored).
  static func storedKey(_ token: String, layer: KeyLayer) -> String? {
    let folded = Folding.key(token)
    switch layer {
    case .folded: return folded
    case .englishStem, .germanStem, .russianStem:
      return stemLayers(for: folded).contains(layer) ? stem(folded, layer: layer) : nil
    case .nameSyllable: return nil
    }
  }

  /// The stemming layers that apply to a folded token, by its script.
  static func stemLayers(for folded: String) -> [KeyLayer] {
    []
  }

  static func stem(_ folded: String, layer: KeyLayer) -> String {
    folded
  }
}
