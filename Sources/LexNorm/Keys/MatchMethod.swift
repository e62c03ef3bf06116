/// How a written form reached an entity: the steps reported in a match's method chain.
public enum MatchMethod: String, Sendable, Hashable, Codable, CaseIterable {
  /// Same letters and diacritics as a label or alias (case aside).
  case exact
  /// Equal after folding case and diacritics (`Luong Cuong` for `Lương Cường`).
  case folded
  /// A Latin/Cyrillic look-alike letter was repaired (`Тô Лам`).
  case homoglyph
  /// Through the Vietnamese→Russian practical transcription or its naive variants (`Лыонг Кыонг`).
  case transcribedRussian = "transcribed-ru"
  /// Through Russian transcription written back in Latin letters (`Lyong Kyong`).
  case romanisedRussian = "romanised-ru"
  /// A case ending or plural was set aside (`Лыонгу Кыонгу`, `des Politbüros`).
  case inflected
  /// A party document identifier (`Resolution No. 18-NQ/TW`).
  case documentCode = "document-code"
  /// A later mention by the given name of a person named in full earlier in the document; in a
  /// lookup, a one-word query that is a person's given name (`Lam`).
  case shortForm = "short-form"
  /// A title without a name, resolved to the holder of the office on the document's date.
  case role
  /// A title without a name, resolved to the one person the same document names with that
  /// title (`Premierminister Pham Minh Chinh` … `Der Premierminister sagte`).
  case roleInDocument = "role-in-document"
  /// An organization or place that did not exist on the document's date, resolved along
  /// `replaced-by` to the one that did (`Hà Tây` in 2019 → `place:hanoi`).
  case succession
  /// Part of a person's name in a lookup: middle and given name (`Tấn Dũng`), or family and
  /// given name, when no whole form matches.
  case partial
  /// A near miss: a syllable one letter away from the name's (a letter wrong, dropped, added
  /// or two swapped: `Nguyne Tan Dung`).
  case fuzzy
  /// A name of two or more syllables with one damaged syllable: a letter lost to a space, `?`,
  /// `|` or U+FFFD, or a mark left on a consonant (`Ph m Minh Chính`, `Tr?n`).
  case repaired
}

extension MatchMethod: CustomStringConvertible {
  /// The name in JSON output and method chains (`transcribed-ru`).
  public var description: String { rawValue }
}

extension MatchMethod {
  /// Position in a method chain: the order in which the steps apply.
  var order: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }
}

/// The steps a token took to reach its key (a set of ``MatchMethod`` flags on the hot path).
struct MethodSteps: OptionSet, Sendable, Hashable {
  let rawValue: UInt8
  static let homoglyph = MethodSteps(rawValue: 1 << 0)
  static let inflected = MethodSteps(rawValue: 1 << 1)
  static let transcribedRussian = MethodSteps(rawValue: 1 << 2)
  static let romanisedRussian = MethodSteps(rawValue: 1 << 3)
  static let fuzzy = MethodSteps(rawValue: 1 << 4)
  static let repaired = MethodSteps(rawValue: 1 << 5)
  /// A Russian spelling counted in the press but not the rule's (`Тьинь`, `Зуй`); not reported
  /// as a method, only scored.
  static let attestedSpelling = MethodSteps(rawValue: 1 << 6)
  /// A letter-by-letter Russian spelling (`Тран`, `Дунг`); not reported, only scored.
  static let naiveSpelling = MethodSteps(rawValue: 1 << 7)

  /// The steps in reporting order.
  var methods: [MatchMethod] {
    var result: [MatchMethod] = []
    if contains(.homoglyph) { result.append(.homoglyph) }
    if contains(.transcribedRussian) { result.append(.transcribedRussian) }
    if contains(.romanisedRussian) { result.append(.romanisedRussian) }
    if contains(.inflected) { result.append(.inflected) }
    if contains(.fuzzy) { result.append(.fuzzy) }
    if contains(.repaired) { result.append(.repaired) }
    return result
  }

  /// Confidence lost by taking these steps.
  var penalty: Double {
    var value = 0.0
    if contains(.homoglyph) { value += 0.02 }
    if contains(.transcribedRussian) { value += 0.05 }
    if contains(.romanisedRussian) { value += 0.1 }
    if contains(.inflected) { value += 0.04 }
    if contains(.fuzzy) { value += 0.2 }
    if contains(.repaired) { value += 0.25 }
    // A name costs what its dearest spelling costs, not the sum over its syllables.
    if contains(.naiveSpelling) {
      value += 0.02
    } else if contains(.attestedSpelling) {
      value += 0.01
    }
    return value
  }
}
