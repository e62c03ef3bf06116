/// Whether the words around a national office's title make it another, narrower office: a
/// province's or city's (`party chief of Hanoi`, `Parteichef der Provinz`, `Hanoi party chief`)
/// or the head of another body (`President of the European Council`, `Präsident des Rates`,
/// `Президент Европейского совета`). The lexicon's own councils are whole titles of their own
/// (`Chủ tịch Hội đồng Nhà nước`), so they never reach this test.
struct OfficeScope {
  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: UnsafeBufferPointer<Token>
  /// The ID of the place mention covering the token at a position, if any.
  let place: (Int) -> String?
  /// Whether a mention covers the token at a position.
  let isMention: (Int) -> Bool

  /// Whether the title covering the tokens `span` is a narrower office than the one it names.
  func narrowsOffice(_ span: Range<Int>) -> Bool {
    isLocal(span) || namesOtherBody(after: span.upperBound)
  }

  /// A place of Vietnam (not the country) or a word for a province or city beside the title.
  private func isLocal(_ span: Range<Int>) -> Bool {
    var position = span.upperBound
    var links = 0
    while position < tokens.count, tokens[position].joinsPrevious, links < 3,
      Self.links.contains(word(position))
    {
      position += 1
      links += 1
    }
    if position < tokens.count, tokens[position].joinsPrevious {
      if Self.localUnits.contains(word(position)) { return true }
      // A place right after a title is a name in apposition at worst (`President Ho Chi Minh`).
      if links > 0, isLocalPlace(position) { return true }
    }
    let before = span.lowerBound - 1
    guard before >= 0, tokens[span.lowerBound].joinsPrevious else { return false }
    if Self.localAdjectives.contains(word(before)) { return true }
    // `Hanoi party chief`, but not `in Hanoi President …`.
    guard isLocalPlace(before) else { return false }
    var first = before
    while first > 0, place(first - 1) != nil, tokens[first].joinsPrevious { first -= 1 }
    return first == 0 || !tokens[first].joinsPrevious
      || !Self.prepositions.contains(word(first - 1))
  }

  private func isLocalPlace(_ position: Int) -> Bool {
    guard let id = place(position) else { return false }
    return id != "place:vietnam"
  }

  /// `of the European Council`, `des Europäischen Rates`, `Европейского совета`: link words
  /// (Latin script) or genitive adjectives (Cyrillic), then a word for a council, commission,
  /// parliament or board that no mention covers.
  private func namesOtherBody(after end: Int) -> Bool {
    guard end < tokens.count, tokens[end].joinsPrevious, !isMention(end) else { return false }
    let cyrillic = !tokens[end].isASCII && ScriptCounts(word(end)).cyrillic > 0
    if !cyrillic, !Self.links.contains(word(end)) { return false }
    var position = end
    while position < tokens.count, position - end < 5, tokens[position].joinsPrevious,
      !isMention(position), !tokens[position].isNumeric
    {
      let text = word(position)
      if Self.bodies.contains(text) { return true }
      if Self.stateWords.contains(text) { return false }
      let mayQualify =
        cyrillic
        ? Self.genitiveEndings.contains { text.hasSuffix($0) }
        : Self.links.contains(text) || tokens[position].isCapitalized
      guard mayQualify else { return false }
      position += 1
    }
    return false
  }

  private func word(_ position: Int) -> String {
    NameKey.lowercased(
      String(decoding: bytes[tokens[position].start..<tokens[position].end], as: UTF8.self))
  }

  private static let links: Set<String> = ["of", "the", "der", "des", "von", "của"]

  private static let localUnits: Set<String> = [
    "province", "provinces", "city", "municipality", "district", "provinz", "stadt", "bezirks",
    "provinzen", "провинции", "провинций", "города", "района", "tỉnh", "huyện", "thành",
  ]

  private static let localAdjectives: Set<String> = [
    "provincial", "municipal", "city", "district", "local", "regional", "provinz",
    "провинциальный", "провинциального", "городской", "городского", "местный",
  ]

  private static let prepositions: Set<String> = [
    "in", "at", "from", "to", "near", "nach", "aus", "bei", "в", "во", "из", "tại", "ở",
    "đến", "từ",
  ]

  private static let bodies: Set<String> = [
    "council", "councils", "commission", "board", "senate", "parliament", "court", "rat",
    "rates", "rats", "kommission", "senats", "parlaments", "gerichts", "gerichtshofs", "совета",
    "комиссии", "сената", "парламента", "суда",
  ]

  /// The Council of State was Vietnam's head of state 1981–1992: never another body.
  private static let stateWords: Set<String> = ["state", "staatsrats", "государственного"]

  private static let genitiveEndings = ["ого", "его", "ой", "ей", "ых", "их"]
}
