/// A fast pre-check on the outline of a token before any syllable parsing: a Vietnamese
/// syllable, in any spelling, is a few consonants, one group of vowels, and a few consonants.
///
/// Most words of English, German and Russian text (`Politburo`, `secretary`, `секретаря`) have
/// two or more vowel groups and are rejected here in a single pass over their bytes.
enum SyllableShape {
  /// Whether a folded Latin token (lower-case ASCII letters and `đ`) has one vowel group, at most
  /// three consonant letters before it and after it (`ngh…`, `…ngs`), and at most 9 letters.
  static func mayBeLatinSyllable(_ folded: String) -> Bool {
    var folded = folded
    return folded.withUTF8 { bytes in
      var groups = 0
      var inVowels = false
      var consonantRun = 0
      var letters = 0
      for byte in bytes where byte & 0xC0 != 0x80 {  // count scalars, not UTF-8 bytes
        letters += 1
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
          UInt8(ascii: "u"), UInt8(ascii: "y"):
          if !inVowels { groups += 1 }
          inVowels = true
          consonantRun = 0
        default:
          inVowels = false
          consonantRun += 1
          if consonantRun > 3 { return false }
        }
      }
      return groups == 1 && letters <= 9
    }
  }

  /// Whether a lower-case Cyrillic token has at most two vowel groups (the syllable and a case
  /// ending: Кыонг-ом) and at most 12 letters. `й` counts as a vowel (Хоай), `ь` as a consonant.
  static func mayBeCyrillicSyllable(_ word: String) -> Bool {
    var word = word
    return word.withUTF8 { bytes in
      var groups = 0
      var inVowels = false
      var letters = 0
      var index = 0
      while index < bytes.count {
        let (value, width) = UTF8Scalars.decode(bytes, at: index)
        index += width
        letters += 1
        if isCyrillicVowel(value) {
          if !inVowels { groups += 1 }
          inVowels = true
        } else {
          inVowels = false
        }
      }
      return (1...2).contains(groups) && letters <= 12
    }
  }

  /// а е ё и й о у ы э ю я.
  private static func isCyrillicVowel(_ value: UInt32) -> Bool {
    switch value {
    case 0x430, 0x435, 0x451, 0x438, 0x439, 0x43E, 0x443, 0x44B, 0x44D, 0x44E, 0x44F: true
    default: false
    }
  }
}
