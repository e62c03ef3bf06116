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
  /// Which keys are worth deriving for a token: the expensive layers are skipped when the
  /// index cannot hold the result.
  struct Scope {
    /// Derive name-syllable keys (annotation skips them for lower-case tokens, which never
    /// start a name).
    var nameKeys = true
    /// The first three letters of every stem in the index (layer prefix included); `nil`
    /// derives stems for every token.
    var stemPrefixes: StemPrefixes?

    func mayHaveStem(_ folded: String, layer: KeyLayer) -> Bool {
      guard let stemPrefixes else { return true }
      var folded = folded
      return folded.withUTF8 { bytes in
        // The end of the first three scalars; words of three or fewer are always stemmed.
        var scalars = 0
        var prefixEnd = 0
        while prefixEnd < bytes.count {
          if bytes[prefixEnd] & 0xC0 != 0x80 {
            if scalars == 3 { return stemPrefixes.contains(bytes[..<prefixEnd], layer: layer) }
            scalars += 1
          }
          prefixEnd += 1
        }
        return true
      }
    }
  }

  /// Every key under which a token of running text may match a stored phrase, best first.
  static func textKeys(_ token: String, scope: Scope = Scope()) -> [TokenKey] {
    // Decomposed input (`и` + U+0306) must meet the composed forms the index holds (`й`).
    let token = token.normalized(.nfc)
    let isASCII =
      token.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? false
    var keys: [TokenKey] = []
    keys.reserveCapacity(8)
    func add(_ key: TokenKey) {
      // A token has a handful of keys: a scan finds a repeat sooner than hashing would.
      if !keys.contains(where: { $0.layer == key.layer && $0.text == key.text }) {
        keys.append(key)
      }
    }
    func addFoldedAndStems(of form: String, steps: MethodSteps) {
      let folded = Folding.key(form)
      add(TokenKey(layer: .folded, text: folded, steps: steps))
      for layer in stemLayers(for: folded) where scope.mayHaveStem(folded, layer: layer) {
        add(
          TokenKey(layer: layer, text: stem(folded, layer: layer), steps: steps.union(.inflected)))
      }
    }
    addFoldedAndStems(of: token, steps: [])
    // ASCII has no Cyrillic look-alikes to repair.
    for repaired in isASCII ? [] : homoglyphRepairs(of: token) {
      addFoldedAndStems(of: repaired, steps: .homoglyph)
    }
    guard scope.nameKeys else { return keys }
    for candidate in NameKey.candidates(forToken: token) {
      add(TokenKey(layer: .nameSyllable, text: candidate.key, steps: steps(of: candidate)))
    }
    return keys
  }

  /// The stem prefixes of an index vocabulary, for ``Scope/stemPrefixes``.
  static func stemPrefixes(of vocabulary: some Sequence<String>) -> StemPrefixes {
    var prefixes: Set<String> = []
    for key in vocabulary {
      guard let layer = KeyLayer(vocabularyKey: key), layer != .folded, layer != .nameSyllable
      else { continue }
      let stem = key.unicodeScalars.dropFirst(2)
      if stem.count >= 3 {
        prefixes.insert(layer.key(String(String.UnicodeScalarView(stem.prefix(3)))))
      }
    }
    return StemPrefixes(keys: prefixes)
  }

  private static func steps(of candidate: NameKey.Candidate) -> MethodSteps {
    var steps: MethodSteps = candidate.strippedEnding == nil ? [] : .inflected
    switch candidate.method {
    case .folded: break
    case .homoglyph: steps.insert(.homoglyph)
    case .transcribedRussian: steps.insert(.transcribedRussian)
    case .romanisedRussian: steps.insert(.romanisedRussian)
    }
    switch candidate.cost {
    case .rule: break
    case .attested: steps.insert(.attestedSpelling)
    case .naive: steps.insert(.naiveSpelling)
    }
    return steps
  }

  /// The spellings of a token that mixes Latin and Cyrillic look-alikes, repaired into either
  /// script (the tokenizer already splits off a possessive `'s`).
  private static func homoglyphRepairs(of token: String) -> [String] {
    guard ScriptCounts(token).mixesLatinAndCyrillic else { return [] }
    var repairs: [String] = []
    for context in [Script.latin, .cyrillic] {
      if let repair = Homoglyphs.repair(token, context: context), repair.repaired != token,
        !repairs.contains(repair.repaired)
      {
        repairs.append(repair.repaired)
      }
    }
    return repairs
  }

  /// The key of a token of a lexicon form in `layer` (the side that is stored); `nil` when the
  /// layer does not apply to the token.
  static func storedKey(_ token: String, layer: KeyLayer, language: LanguageTag? = nil) -> String? {
    let token = token.normalized(.nfc)
    switch layer {
    case .folded:
      return Folding.key(token)
    case .englishStem, .germanStem, .russianStem:
      let folded = Folding.key(token)
      return stemLayers(for: folded).contains(layer) ? stem(folded, layer: layer) : nil
    case .nameSyllable:
      if language == .vi, let key = NameKey.vietnameseSyllableKey(token) { return key }
      return NameKey.candidates(forToken: token).first { $0.strippedEnding == nil }?.key
    }
  }

  /// The stemming layers that apply to a folded token, by its script.
  static func stemLayers(for folded: String) -> [KeyLayer] {
    switch ScriptCounts(folded).dominant {
    case .latin: latinStemLayers
    case .cyrillic: cyrillicStemLayers
    default: []
    }
  }

  private static let latinStemLayers: [KeyLayer] = [.englishStem, .germanStem]
  private static let cyrillicStemLayers: [KeyLayer] = [.russianStem]

  static func stem(_ folded: String, layer: KeyLayer) -> String {
    switch layer {
    case .englishStem: english.stem(folded)
    case .germanStem: german.stem(folded)
    case .russianStem: russian.stem(folded)
    case .folded, .nameSyllable: folded
    }
  }

  private static let english = Stemmer(language: .english)
  private static let german = Stemmer(language: .german)
  private static let russian = Stemmer(language: .russian)
}
