/// What the words around a bare title say about whom it denotes: the cues that keep a title
/// from being resolved to the Vietnamese office holder (another country's office, a vice or
/// former holder, a sentence about another time).
///
/// The word lists hold closed-class modifiers and nationality adjectives, not names: whether a
/// capitalised neighbour is a foreign name is decided by its shape (no Vietnamese syllable).
enum RoleContext {
  /// How a modifier before a title changes it.
  enum Modifier {
    /// Another office (`Vice President`, `вице-президент`, `Phó Thủ tướng`): no link at all.
    case otherOffice
    /// Same office, but not the current holder (`former`, `бывший`, `nguyên`, `neuen`).
    case otherHolder
  }

  /// The modifier a lower-case word before a title is, if any.
  static func modifier(_ word: String) -> Modifier? {
    if otherOffice.contains(word) { return .otherOffice }
    if otherHolder.contains(word) { return .otherHolder }
    return nil
  }

  /// Whether a lower-case word before a title makes it a position rather than a person
  /// (`elected as President`, `zum Generalsekretär`, `на пост генсека`, `giữ chức Chủ tịch`).
  static func introducesPosition(_ word: String) -> Bool { positionWords.contains(word) }

  /// Whether a Russian title ends in an instrumental ending (`президентом`, `генсеком`).
  static func isInstrumental(_ title: String) -> Bool {
    guard let last = title.split(separator: " ").first else { return false }
    return ScriptCounts(String(last)).cyrillic > 0
      && (last.hasSuffix("ом") || last.hasSuffix("ем") || last.hasSuffix("ым"))
  }

  /// Whether a lower-case word before a title makes it another country's office
  /// (`indischen Premierminister`, `US President`, `Russian President`).
  static func isForeignAdjective(_ word: String) -> Bool {
    if word.hasPrefix("vietnam") || word.hasPrefix("вьетнам") { return false }
    if foreignAdjectives.contains(word) { return true }
    // German nationality adjectives: indischen, chinesischen, französischen, russischer.
    return word.count > 6
      && ["ischen", "ischer", "ische", "ischem"].contains { word.hasSuffix($0) }
  }

  /// Whether the sentence `range` of `bytes` names a year other than `present` (`in 2011`,
  /// `2016 года`): a career summary or history, not the document's present.
  static func namesYear(
    _ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, other present: Int?
  ) -> Bool {
    // A year inside a numeric date (`2025-07-19`, `12/3/2025`) dates the text itself.
    func isDatePart(_ index: Int) -> Bool {
      range.contains(index)
        && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "/"))
    }
    var run = 0
    var value = 0
    for index in range.lowerBound...range.upperBound {
      let digit = index < range.upperBound ? bytes[index] &- 0x30 : 10
      if digit < 10 {
        // Only four-digit runs are years: a longer run (a phone number, 30 digits of noise)
        // stops adding up, rather than overflowing `value`.
        run += 1
        if run <= 4 { value = value * 10 + Int(digit) }
      } else {
        if run == 4, (1900...2099).contains(value), value != present,
          !isDatePart(index), !isDatePart(index - 5)
        {
          return true
        }
        (run, value) = (0, 0)
      }
    }
    return false
  }

  /// The sentence around `range`: from after the previous sentence end to the next one.
  static func sentence(around range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>
  {
    func ends(_ index: Int) -> Bool {
      switch bytes[index] {
      case UInt8(ascii: "\n"), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
      case UInt8(ascii: "."):
        // A full stop ends a sentence when a space follows (`No. 18`, `3.5` do not count as
        // well as they could, but stay inside one sentence at worst).
        return index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: " ")
      default: return false
      }
    }
    var start = range.lowerBound
    while start > 0, !ends(start - 1) { start -= 1 }
    var end = range.upperBound
    while end < bytes.count, !ends(end) { end += 1 }
    return start..<end
  }

  private static let otherOffice: Set<String> = [
    "vice", "deputy", "vize", "stellvertretende", "stellvertretender", "stellvertretenden",
    "вице", "заместитель", "заместителя", "заместителю", "заместителем", "phó",
  ]

  private static let otherHolder: Set<String> = [
    "acting", "former", "late", "new", "outgoing", "interim", "ex",
    "bisherige", "bisherigen", "bisheriger", "ehemalige", "ehemaligen", "ehemaliger",
    "frühere", "früheren", "früherer", "verstorbene", "verstorbenen", "neue", "neuen", "neuer",
    "amtierende", "amtierenden", "kommissarische", "kommissarischen",
    "бывший", "бывшего", "бывшему", "бывшим", "покойный", "покойного", "новый", "нового",
    "новым", "новому", "обязанности", "временно",
    "nguyên", "cố", "tân", "quyền",
  ]

  private static let positionWords: Set<String> = [
    "as", "als", "zum", "zur", "пост", "посту", "поста", "должность", "должности", "làm", "chức",
    "cử",
    "vụ", "vị", "trí",
  ]

  private static let foreignAdjectives: Set<String> = [
    "us", "u.s", "american", "russian", "chinese", "french", "japanese", "indian", "german",
    "british", "korean", "thai", "lao", "cambodian", "indonesian", "philippine", "foreign",
    "российского", "российский", "американского", "американский", "китайского", "китайский",
    "mỹ", "nga",
  ]
}
