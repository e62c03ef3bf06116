/// The writing system of a letter or token, as far as LexNorm distinguishes them.
enum Script: String, Sendable, Hashable, CaseIterable, Codable {
  /// Latin letters, including Vietnamese and German letters with diacritics.
  case latin
  /// Cyrillic letters.
  case cyrillic
  /// Letters of any other script.
  case other

  /// The script of one scalar, or `nil` for non-letters and combining marks (which take the script
  /// of the letter they sit on).
  init?(of scalar: Unicode.Scalar) {
    let value = scalar.value
    if value < 0x80 {
      guard (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) else { return nil }
      self = .latin
      return
    }
    if scalar.properties.generalCategory == .nonspacingMark { return nil }
    switch value {
    case 0x00C0...0x024F where value != 0xD7 && value != 0xF7,
      0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
      self = .latin
    case 0x0400...0x052F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F:
      self = .cyrillic
    default:
      guard scalar.properties.isAlphabetic else { return nil }
      self = .other
    }
  }

  /// ``init(of:)`` for the scalars of a ``ScalarTable``.
  static let table = ScalarTable<Script?> { Script(of: $0) }
}

/// How many letters of each script a string has.
struct ScriptCounts: Sendable, Hashable {
  /// Latin letters.
  var latin = 0
  /// Cyrillic letters.
  var cyrillic = 0
  /// Letters of other scripts.
  var other = 0

  /// Counts the letters of `text`.
  init(_ text: some StringProtocol) {
    if let counts = text.utf8.withContiguousStorageIfAvailable(Self.counting) {
      self = counts
      return
    }
    for scalar in text.unicodeScalars { add(Script(of: scalar)) }
  }

  private init() {}

  /// Counting over UTF-8 bytes, through ``Script/table`` where it covers the scalar.
  private static func counting(_ bytes: UnsafeBufferPointer<UInt8>) -> ScriptCounts {
    var counts = ScriptCounts()
    let table = Script.table  // read once, not once a letter
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        if (byte | 0x20) &- 0x61 < 26 { counts.latin += 1 }
        index += 1
        continue
      }
      let (value, width) = UTF8Scalars.decode(bytes, at: index)
      if let script = table[value] {
        counts.add(script)
      } else if let scalar = Unicode.Scalar(value) {
        counts.add(Script(of: scalar))
      }
      index += width
    }
    return counts
  }

  @inline(__always)
  private mutating func add(_ script: Script?) {
    switch script {
    case .latin: latin += 1
    case .cyrillic: cyrillic += 1
    case .other: other += 1
    case nil: break
    }
  }

  /// Whether the text mixes Latin and Cyrillic letters (a homoglyph suspect).
  var mixesLatinAndCyrillic: Bool { latin > 0 && cyrillic > 0 }

  /// The script with the most letters; `nil` when there are no letters or Latin and Cyrillic tie.
  var dominant: Script? {
    if latin == 0 && cyrillic == 0 { return other > 0 ? .other : nil }
    if latin == cyrillic { return nil }
    if other > max(latin, cyrillic) { return .other }
    return latin > cyrillic ? .latin : .cyrillic
  }
}
