/// A syllable that lost one letter on the way (legacy encodings, PDF extraction): the letter
/// became a space (`Ph m`), `?`, `|` or U+FFFD (`Tr?n`), its tone mark stayed behind on a
/// consonant (`Tr̀n`), or a consonant with a mark took its place (`Thŕnh`).
///
/// The session reads it as one token that offers the keys of every syllable the lost letter
/// (a vowel or `đ`) would make, and links it only inside a name of two or more syllables with
/// an intact one (method `repaired`).
struct DamagedSyllable {
  /// Tokens of the text the syllable's fragments are.
  var tokens: Range<Int>
  /// The keys of the syllables it may have been, marked ``MethodSteps/repaired``.
  var candidates: [KeyCandidate]
  /// Whether the syllable starts with a capital letter (a lost first letter counts as one).
  var isCapitalized: Bool

  /// Letters a lost Vietnamese letter folds to: the vowels (the precomposed letters are vowels
  /// with marks), `đ`, and the vowel pairs whose two marked letters often go at once (`ườ`,
  /// `iế`, `uố`).
  private static let fills = ["a", "e", "i", "o", "u", "y", "d", "uo", "ie", "ua"]

  /// The damaged syllable starting at token `position`, if the text there shows damage; `keys`
  /// gives the index keys of a spelling.
  static func at(
    _ position: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
    keys: (String) -> ArraySlice<KeyCandidate>
  ) -> DamagedSyllable? {
    let token = tokens[position]
    func text(_ token: Token) -> String {
      String(decoding: bytes[token.start..<token.end], as: UTF8.self)
    }
    let next = position + 1
    // A capitalised word runs on before or after a damaged syllable (a syllable alone is never
    // linked): tested first, as most capitalised words have no such neighbour.
    func isInName(_ range: Range<Int>) -> Bool {
      let before = range.lowerBound - 1
      let after = range.upperBound
      return (before >= 0 && tokens[range.lowerBound].joinsPrevious && tokens[before].isCapitalized)
        || (after < tokens.count && tokens[after].joinsPrevious && tokens[after].isCapitalized)
    }
    guard isInName(position..<next) || (next < tokens.count && isInName(next..<next + 1)) else {
      return nil
    }
    // A marker glued to the word, with or without letters after it (`Tr?n`, `Nguy\u{FFFD}n`),
    // or standing between spaces inside it (`Tr | ng`).
    let spaced =
      token.end + 2 < bytes.count && bytes[token.end] == UInt8(ascii: " ")
      && markerLength(bytes, at: token.end + 1).map {
        bytes[token.end + 1 + $0] == UInt8(ascii: " ")
      } == true
    if let marker = spaced
      ? markerLength(bytes, at: token.end + 1).map({ $0 + 2 }) : markerLength(bytes, at: token.end)
    {
      let after = token.end + marker
      let glued = next < tokens.count && tokens[next].start == after && !tokens[next].isNumeric
      guard isInName(position..<(glued ? next + 1 : next)) else { return nil }
      return make(
        text(token), glued ? text(tokens[next]) : "", tokens: position..<(glued ? next + 1 : next),
        capitalized: token.isCapitalized, keys: keys)
    }
    // One space where a last letter was: a capital letter alone before a name (`H Chí Minh`).
    if next < tokens.count, token.isCapitalized, token.length == 1, tokens[next].isCapitalized,
      tokens[next].start == token.end + 1, bytes[token.end] == UInt8(ascii: " ")
    {
      return make(text(token), "", tokens: position..<next, capitalized: true, keys: keys)
    }
    // One space where a letter was: a capitalised word, then a short lower-case fragment.
    if next < tokens.count, token.isCapitalized, tokens[next].start == token.end + 1,
      bytes[token.end] == UInt8(ascii: " "), !tokens[next].isCapitalized, tokens[next].isASCII,
      tokens[next].length <= 3, !tokens[next].isNumeric, isInName(position..<next + 1)
    {
      return make(
        text(token), text(tokens[next]), tokens: position..<next + 1, capitalized: true, keys: keys)
    }
    // A mark left on a consonant, or a marked consonant in a vowel's place.
    guard !token.isASCII, isInName(position..<next),
      bytes[token.start..<token.end].contains(where: {
        (0xC4...0xC5).contains($0) || (0xCC...0xCD).contains($0)
      })
    else { return nil }
    var scalars = Array(text(token).unicodeScalars)
    guard let odd = scalars.indices.first(where: { isStray(scalars, at: $0) }) else { return nil }
    scalars.remove(at: odd)
    return make(
      String(String.UnicodeScalarView(scalars[..<odd])),
      String(String.UnicodeScalarView(scalars[odd...])), tokens: position..<next,
      capitalized: token.isCapitalized || odd == 0, keys: keys)
  }

  private static func make(
    _ head: String, _ tail: String, tokens range: Range<Int>, capitalized: Bool,
    keys: (String) -> ArraySlice<KeyCandidate>
  ) -> DamagedSyllable? {
    // Two letters survive (one, a capital before a name), and the syllable stays a plausible
    // length.
    let kept = head.count + tail.count
    guard kept >= 2 || (kept == 1 && tail.isEmpty), kept <= 6 else { return nil }
    var candidates: [KeyCandidate] = []
    for fill in fills {
      let spelling = head.isEmpty ? fill.uppercased() + tail : head + fill + tail
      for var candidate in keys(spelling)
      where !candidates.contains(where: { $0.key == candidate.key }) {
        candidate.steps.insert(.repaired)
        candidates.append(candidate)
      }
    }
    guard !candidates.isEmpty else { return nil }
    return DamagedSyllable(tokens: range, candidates: candidates, isCapitalized: capitalized)
  }

  /// The length of a damage marker at `offset`: `?`, `|` or U+FFFD.
  private static func markerLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
    guard offset < bytes.count else { return nil }
    if bytes[offset] == UInt8(ascii: "?") || bytes[offset] == UInt8(ascii: "|") { return 1 }
    if offset + 2 < bytes.count, bytes[offset] == 0xEF, bytes[offset + 1] == 0xBF,
      bytes[offset + 2] == 0xBD
    {
      return 3
    }
    return nil
  }

  /// Whether the scalar at `index` is damage: a combining mark right after a consonant, or a
  /// Latin consonant other than `đ` carrying a mark (Vietnamese marks only vowels).
  private static func isStray(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    let scalar = scalars[index]
    if scalar.properties.generalCategory == .nonspacingMark {
      return index > 0 && isConsonant(scalars[index - 1])
    }
    guard !scalar.isASCII, scalar.properties.isAlphabetic,
      let base = String(scalar).normalized(.nfd).unicodeScalars.first, base != scalar
    else { return false }
    return isConsonant(base) && base != "d" && base != "D"
  }

  private static func isConsonant(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && scalar.properties.isAlphabetic
      && !"aeiouyAEIOUY".unicodeScalars.contains(scalar)
  }
}
