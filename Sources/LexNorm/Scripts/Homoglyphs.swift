/// Repair of tokens that mix Latin and Cyrillic look-alike letters, such as `Тô` (Cyrillic `Т`
/// with Latin `ô`) or `Thоng` (Latin with a Cyrillic `о`).
///
/// Machine translation and copy-paste produce such tokens; they look right but match nothing.
/// ``repair(_:context:)`` rewrites the minority letters into the token's dominant script using an
/// explicit table of visually identical letters (the Latin/Cyrillic pairs of Unicode's
/// confusables data), and reports each replacement.
///
/// ```swift
/// Homoglyphs.repair("Тô", context: .cyrillic)?.repaired   // "То"
/// Homoglyphs.repair("Thоng")?.repaired                    // "Thong"
/// ```
enum Homoglyphs {
  /// One letter replaced by its look-alike.
  struct Replacement: Sendable, Hashable {
    /// UTF-8 offset of the replaced letter (with its combining marks) in the original token.
    let utf8Offset: Int
    /// The letter as written, with any combining marks.
    let original: String
    /// What it became.
    let replacement: String
  }

  /// The outcome of a repair.
  struct Repair: Sendable, Hashable {
    /// The token as written.
    let original: String
    /// The token with every letter in ``script``.
    let repaired: String
    /// The script the token was rewritten into.
    let script: Script
    /// The letters that were replaced, in order.
    let replacements: [Replacement]
  }

  /// Rewrites a token that mixes Latin and Cyrillic letters into one script.
  ///
  /// The target is the script with more letters. On a tie, `context` (the script of the
  /// surrounding words, when known) decides; without context, the script that needs no
  /// diacritic dropped wins, and then Latin.
  ///
  /// - Returns: `nil` when the token does not mix the two scripts, or when a letter of the
  ///   minority script has no look-alike in the target script (then it is not a homoglyph slip).
  static func repair(_ token: String, context: Script? = nil) -> Repair? {
    let counts = ScriptCounts(token)
    guard counts.mixesLatinAndCyrillic else { return nil }
    let candidates: [Script]
    if let dominant = counts.dominant, dominant != .other {
      candidates = [dominant]
    } else if let context, context != .other {
      candidates = [context]
    } else {
      candidates = [.latin, .cyrillic]
    }
    var lossy: Repair?
    for target in candidates {
      guard let (repair, lostMarks) = rewrite(token, into: target) else { continue }
      if !lostMarks { return repair }
      if lossy == nil { lossy = repair }
    }
    return lossy
  }

  /// Repairs every mixed token of a text, choosing each token's target script from the majority
  /// of the unmixed words around it.
  static func repairText(_ text: String) -> (text: String, repairs: [Repair]) {
    // A word can mix the two scripts only where the text has both: most texts have one.
    guard ScriptCounts(text).mixesLatinAndCyrillic else { return (text, []) }
    let words = text.split(whereSeparator: { !isWordCharacter($0) })
    var textCounts = (latin: 0, cyrillic: 0)
    for word in words {
      let counts = ScriptCounts(word)
      if counts.mixesLatinAndCyrillic { continue }
      if counts.latin > 0 { textCounts.latin += 1 }
      if counts.cyrillic > 0 { textCounts.cyrillic += 1 }
    }
    let context: Script? =
      textCounts.latin == textCounts.cyrillic
      ? nil : (textCounts.latin > textCounts.cyrillic ? .latin : .cyrillic)
    var output = ""
    var repairs: [Repair] = []
    var lastEnd = text.startIndex
    for word in words {
      output += text[lastEnd..<word.startIndex]
      if let repair = repair(String(word), context: context) {
        output += repair.repaired
        repairs.append(repair)
      } else {
        output += word
      }
      lastEnd = word.endIndex
    }
    output += text[lastEnd...]
    return (output, repairs)
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.unicodeScalars.contains { Script(of: $0) != nil }
      || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark }
  }

  /// Rewrites the letters not in `target`; reports whether a diacritic had to be dropped.
  private static func rewrite(_ token: String, into target: Script) -> (Repair, Bool)? {
    var output = ""
    var replacements: [Replacement] = []
    var lostMarks = false
    var offset = 0
    for character in token {
      let width = character.utf8.count
      defer { offset += width }
      guard let base = character.unicodeScalars.first, let script = Script(of: base),
        script != target, script != .other
      else {
        output.append(character)
        continue
      }
      let decomposed = String(character).normalized(.nfd).unicodeScalars
      guard let letter = decomposed.first else { return nil }
      let marks = decomposed.dropFirst()
      let table = target == .latin ? cyrillicToLatin : latinToCyrillic
      guard let lookalike = table[letter] else { return nil }
      var replaced = String(lookalike)
      if target == .latin {
        replaced.unicodeScalars.append(contentsOf: marks)
        replaced = replaced.normalized(.nfc)
      } else if !marks.isEmpty {
        lostMarks = true
      }
      output += replaced
      replacements.append(
        Replacement(utf8Offset: offset, original: String(character), replacement: replaced))
    }
    return (
      Repair(original: token, repaired: output, script: target, replacements: replacements),
      lostMarks
    )
  }

  /// Cyrillic letters that look exactly like a Latin letter (Unicode confusables, Latin/Cyrillic).
  private static let cyrillicToLatin: [Unicode.Scalar: Unicode.Scalar] = [
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "Ѕ": "S", "І": "I", "Ј": "J", "Ԛ": "Q", "Ԝ": "W",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s", "і": "i",
    "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l",
  ]

  private static let latinToCyrillic: [Unicode.Scalar: Unicode.Scalar] = {
    var table: [Unicode.Scalar: Unicode.Scalar] = [:]
    for (cyrillic, latin) in cyrillicToLatin where table[latin] == nil {
      table[latin] = cyrillic
    }
    // Prefer the common Russian letters where two Cyrillic letters share a Latin look-alike.
    table["y"] = "у"
    table["Y"] = "У"
    return table
  }()
}
