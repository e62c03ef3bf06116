/// Text of printable ASCII and precomposed Latin letters only (Latin-1 Supplement, Latin
/// Extended-A and -B, Latin Extended Additional, which hold every Vietnamese letter): the text
/// of almost every name and ID of a lexicon.
///
/// Such text needs no Unicode analysis: each scalar is a character of its own (there are no
/// combining marks, joiners or controls), the text is in NFC (none of these scalars decomposes
/// to another, and no two of them compose), and its only whitespace is U+0020. It has no
/// Cyrillic letters.
enum PlainLatin {
  static func isPlain(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
      switch scalar.value {
      case 0x20...0x7E, 0xC0...0x24F, 0x1E00...0x1EFF: true
      default: false
      }
    }
  }
}
