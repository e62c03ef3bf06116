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

  /// The layer of a vocabulary key (`f:luong`), read from its first two bytes; `nil` for a
  /// string that is no layer key.
  init?(vocabularyKey key: String) {
    var utf8 = key.utf8.makeIterator()
    guard let first = utf8.next(), utf8.next() == UInt8(ascii: ":"),
      let layer = Self.allCases.first(where: { $0.prefixByte == first })
    else { return nil }
    self = layer
  }

  /// ``prefix`` as its ASCII byte.
  var prefixByte: UInt8 { Self.prefixBytes[Int(rawValue)] }
  private static let prefixBytes = allCases.map { $0.prefix.asciiValue ?? 0 }

  func key(_ text: some StringProtocol) -> String {
    text.utf8.withContiguousStorageIfAvailable { key($0[...]) } ?? String(prefix) + ":" + text
  }

  /// The key of a text given as UTF-8, written in one go (this runs for every key of every new
  /// token of a text).
  func key(_ utf8: Slice<UnsafeBufferPointer<UInt8>>) -> String {
    String(unsafeUninitializedCapacity: utf8.count + 2) { buffer in
      buffer[0] = prefixByte
      buffer[1] = UInt8(ascii: ":")
      _ = UnsafeMutableBufferPointer(rebasing: buffer[2...]).initialize(from: utf8)
      return utf8.count + 2
    }
  }
}
