/// Whether a title is another country's office, told by the words after it: a foreign country
/// (`Chủ tịch nước Trung Quốc`, `Prime Minister of Singapore`, `Präsident der USA`) or a
/// foreign name (`President Tharman`, `Президентом РФ`, `Президент В. Путин`).
///
/// A foreign name is a capitalised word that is neither a word of the lexicon nor a Vietnamese
/// syllable; in Latin script only outside headlines that capitalise every word.
struct ForeignTitle {
  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: UnsafeBufferPointer<Token>
  /// Whether a mention covers the token at a position.
  let isMention: (Int) -> Bool
  /// The lexicon entry of the token at a position (negative: none).
  let entry: (Int) -> Int32

  /// The foreign name after the title ending before token `end` (lower-cased words, empty when
  /// no name follows the country), or nil when nothing marks the title as foreign.
  func foreignName(afterTitleEndingAt end: Int) -> [String]? {
    if qualifiesVietnam(from: end) { return nil }
    var position = end
    // `nước Cộng hòa Dân chủ Nhân dân Lào`, `of Singapore`: link words, then the country.
    while position < tokens.count, tokens[position].joinsPrevious, position - end < 12 {
      let ahead = (position..<min(position + 3, tokens.count)).prefix { index in
        index == position || tokens[index].joinsPrevious
      }.map(word)
      let length = RoleContext.foreignCountryLength(ahead)
      if length > 0 { return name(from: position + length) }
      guard RoleContext.linksCountry(ahead[0]) else { break }
      position += 1
    }
    return foreignShape(from: end)
  }

  /// The foreign name that ends a chain of further office words after the title ending before
  /// token `end` (`Prime Minister and Minister for Finance Lawrence Wong`, `Präsident des
  /// Gastgeberlandes Frank-Walter Steinmeier`): Latin-script link words, `and`, and capitalised
  /// words no mention covers, ending in a run of two or more capitalised words of foreign shape.
  /// Nil when a mention (a person the lexicon knows) ends the chain.
  func foreignNameAfterChain(from end: Int) -> [String]? {
    var position = end
    var run: Range<Int>?
    while position < tokens.count, position - end < 8, tokens[position].joinsPrevious,
      tokens[position].isASCII, !tokens[position].isNumeric
    {
      if isMention(position) { return nil }
      let text = word(position)
      if tokens[position].isCapitalized {
        run = (run ?? position..<position).lowerBound..<position + 1
      } else if RoleContext.linksCountry(text) || RoleContext.joinsOffices(text) {
        run = nil
      } else {
        break
      }
      position += 1
    }
    guard let run, run.lowerBound > end, run.count >= 2, run.upperBound == position else {
      return nil
    }
    return foreignShape(from: run.lowerBound)
  }

  /// Whether a name the lexicon lacks follows the title ending before token `end`: two or more
  /// capitalised Vietnamese syllables that no mention covers (`Präsident Tran Van Binh`).
  func startsUnknownName(at end: Int) -> Bool {
    let words = name(from: end)
    return words.count >= 2
      && words.indices.allSatisfy { offset in
        !isMention(end + offset) && !NameKey.candidates(forToken: words[offset]).isEmpty
      }
  }

  /// The lower-cased capitalised words from `position` on (at most three): a name.
  func name(from position: Int) -> [String] {
    var words: [String] = []
    var index = position
    while index < tokens.count, words.count < 3, tokens[index].joinsPrevious,
      tokens[index].isCapitalized, !tokens[index].isNumeric
    {
      words.append(word(index))
      index += 1
    }
    return words
  }

  /// A name of foreign shape right after the title, or after an initial (`В. Путин`).
  private func foreignShape(from end: Int) -> [String]? {
    guard end < tokens.count, tokens[end].joinsPrevious else { return nil }
    var start = end
    let initial = tokens[end]
    if initial.isCapitalized, word(end).count == 1, initial.end < bytes.count,
      bytes[initial.end] == UInt8(ascii: "."), end + 1 < tokens.count,
      tokens[end + 1].isCapitalized
    {
      start = end + 1
    }
    var index = start
    var foreign = false
    var latin = false
    // The run of capitalised words: one of foreign shape makes the name foreign (`Xi Jinping`).
    while index < tokens.count, index - start < 3, index == start || tokens[index].joinsPrevious,
      tokens[index].isCapitalized, !tokens[index].isNumeric, !isMention(index)
    {
      let text = String(decoding: bytes[tokens[index].start..<tokens[index].end], as: UTF8.self)
      // A Roman numeral is a term or congress (`Khóa XII`), not a name.
      let isRomanNumeral = text.allSatisfy { "IVXLCDM".contains($0) }
      if entry(index) < 0, !isRomanNumeral, NameKey.candidates(forToken: text).isEmpty {
        let script = ScriptCounts(text)
        if script.cyrillic > 0 || !text.contains(where: \.isLowercase) {
          foreign = true
        } else if script.latin > 0 {
          (foreign, latin) = (true, true)
        }
      }
      index += 1
    }
    guard foreign else { return nil }
    if latin {
      // English headlines capitalise every word: there a capitalised word is no name.
      let sentence = RoleContext.sentence(
        around: tokens[start].start..<tokens[start].end, in: bytes)
      if RoleContext.isTitleCase(bytes, in: sentence) { return nil }
    }
    return name(from: start)
  }

  /// Whether one of the next few words names Vietnam (`генсек Компартии Вьетнама`,
  /// `Präsident Vietnams`): the office is Vietnam's whatever else stands between.
  private func qualifiesVietnam(from end: Int) -> Bool {
    var index = end
    while index < tokens.count, index - end < 4, tokens[index].joinsPrevious {
      let text = word(index)
      if text.hasPrefix("vietnam") || text.hasPrefix("вьетнам") || text == "việt" {
        return true
      }
      index += 1
    }
    return false
  }

  private func word(_ position: Int) -> String {
    NameKey.lowercased(
      String(decoding: bytes[tokens[position].start..<tokens[position].end], as: UTF8.self))
  }
}
