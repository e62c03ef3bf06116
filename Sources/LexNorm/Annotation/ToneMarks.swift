/// The Vietnamese diacritics of a name as written: a name written with them names the person
/// whose diacritics they are (`Nguyễn Việt Tiến` is not `Nguyễn Viết Tiến`), while a name
/// written without any may be anyone whose letters it has.
///
/// Compared per syllable regardless of where the tone mark sits (`Hoà` is `Hòa`) and of case.
enum ToneMarks {
  /// Whether `words` (a person's name as the text writes it) may be `entity`: written without
  /// diacritics, or with those of one of the entity's written forms of as many words. An entity
  /// with no such form (its names are written without diacritics) accepts any.
  static func agree(_ words: [String], with entity: Entity) -> Bool {
    // Cyrillic letters (`Тô Лам`, a look-alike slip) have no Vietnamese diacritics to compare.
    guard words.contains(where: hasMarks), !words.contains(where: hasCyrillic) else {
      return true
    }
    let written = words.map(signature)
    var compared = false
    for form in forms(of: entity) where form.unicodeScalars.contains(where: isMark) {
      let syllables = PhraseIndex.words(of: form)
      guard syllables.count == words.count else { continue }
      if zip(syllables, written).allSatisfy({ signature($0) == $1 }) { return true }
      compared = true
    }
    return !compared
  }

  /// Whether a word of Latin script carries a Vietnamese diacritic.
  static func hasMarks(_ word: String) -> Bool {
    !word.utf8.allSatisfy { $0 < 0x80 } && word.unicodeScalars.contains(where: isMark)
  }

  private static func hasCyrillic(_ word: String) -> Bool {
    word.unicodeScalars.contains { (0x400...0x52F).contains($0.value) }
  }

  private static func forms(of entity: Entity) -> [String] {
    Array(entity.labels.values) + entity.aliases.values.joined()
  }

  /// A letter of the Latin ranges with a diacritic (precomposed or combining), not Cyrillic.
  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xC0...0x24F, 0x300...0x36F, 0x1E00...0x1EFF: return true
    default: return false
    }
  }

  /// The diacritics of one syllable: each vowel's quality mark (circumflex, breve, horn) with
  /// its letter, `đ`, and the tone, in that order.
  static func signature(_ syllable: String) -> String {
    var marks = ""
    var tone: Unicode.Scalar?
    var previous: Unicode.Scalar = " "
    for scalar in syllable.lowercased().normalized(.nfd).unicodeScalars {
      switch scalar.value {
      case 0x300, 0x301, 0x303, 0x309, 0x323: tone = scalar
      case 0x302, 0x306, 0x31B: marks.unicodeScalars.append(contentsOf: [previous, scalar])
      case 0x111: marks.unicodeScalars.append(scalar)
      default: previous = scalar
      }
    }
    if let tone { marks.unicodeScalars.append(tone) }
    return marks
  }
}
