/// The comparisons a phrase can be stored under. A stored phrase uses one layer throughout; a
/// token of text offers keys in every layer, so a walk only follows paths that exist.
enum KeyLayer: UInt8, Sendable, CaseIterable {
  /// ``Folding/key(_:)`` of the token: case and diacritics ignored, script kept.
  case folded = 0
  /// Snowball English stem of the folded token (plurals: `Committees`).
  case englishStem = 1
  /// Snowball German stem of the folded token (`Politbüros`, `Generalsekretärs`).
  case germanStem = 2
  /// Snowball Russian stem of the folded token (`Генерального секретаря`).
  case russianStem = 3
  /// Cross-script Vietnamese name-syllable key (`Лыонг`, `Lyong`, `Lương` meet).
  case nameSyllable = 4

  /// The layer's key prefix in the vocabulary: keys of different layers never compare equal.
  var prefix: Character {
    switch self {
    case .folded: "f"
    case .englishStem: "e"
    case .germanStem: "g"
    case .russianStem: "r"
    case .nameSyllable: "n"
    }
  }

  func key(_ text: some StringProtocol) -> String { String(prefix) + ":" + text }
}
