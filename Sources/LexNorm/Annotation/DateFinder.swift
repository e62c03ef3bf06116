/// Finds the first calendar date written in a text (`2025-07-19`, `19/7/2025`, `July 19, 2025`,
/// `19. Juli 2025`, `19 июля 2025`, `ngày 19 tháng 7 năm 2025`): the document date that bare
/// titles are resolved against when none is given.
enum DateFinder {
  /// The first date in `text`, or `nil`.
  static func firstDate(in text: String) -> CalendarDate? {
    var text = text
    return text.withUTF8 { firstDate(in: $0) }
  }

  /// The first date in UTF-8 `bytes`, or `nil`.
  static func firstDate(in bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
    var found: CalendarDate?
    do {
      var index = 0
      // Every supported pattern ends in a four-digit year: find years first, then read back.
      while index + 4 <= bytes.count, found == nil {
        defer { index += 1 }
        guard isYearStart(bytes, index) else { continue }
        let year = (index..<index + 4).reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
        let before = String(decoding: bytes[max(0, index - 40)..<index], as: UTF8.self)
        let after = String(decoding: bytes[(index + 4)..<min(bytes.count, index + 10)], as: UTF8.self)
        found = dateEnding(before: before, year: year, after: after)
        index += 3
      }
    }
    return found
  }

  private static func isYearStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    guard (index..<index + 4).allSatisfy({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }),
      bytes[index] == 0x31 && bytes[index + 1] == 0x39 || bytes[index] == 0x32 && bytes[index + 1] == 0x30
    else { return false }
    let digitBefore = index > 0 && bytes[index - 1] >= 0x30 && bytes[index - 1] <= 0x39
    let digitAfter = index + 4 < bytes.count && bytes[index + 4] >= 0x30 && bytes[index + 4] <= 0x39
    return !digitBefore && !digitAfter
  }

  private static func dateEnding(before: String, year: Int, after: String) -> CalendarDate? {
    // ISO: the year comes first.
    if let match = after.prefixMatch(of: /-(\d\d)-(\d\d)/),
      let month = Int(match.1), let day = Int(match.2)
    {
      return CalendarDate(year: year, month: month, day: day)
    }
    if let match = before.firstMatch(of: /(\d{1,2})[.\/](\d{1,2})[.\/]$/),
      let day = Int(match.1), let month = Int(match.2)
    {
      return CalendarDate(year: year, month: month, day: day)
    }
    if let match = before.firstMatch(of: /ngày (\d{1,2}) tháng (\d{1,2}) năm $/),
      let day = Int(match.1), let month = Int(match.2)
    {
      return CalendarDate(year: year, month: month, day: day)
    }
    let lowered = before.lowercased()
    if let match = lowered.firstMatch(of: /(\d{1,2})\.? ?([[:alpha:]]+)\.? $/),
      let day = Int(match.1), let month = month(named: String(match.2))
    {
      return CalendarDate(year: year, month: month, day: day)
    }
    if let match = lowered.firstMatch(of: /([[:alpha:]]+)\.? (\d{1,2}),? $/),
      let day = Int(match.2), let month = month(named: String(match.1))
    {
      return CalendarDate(year: year, month: month, day: day)
    }
    return nil
  }

  /// The month number of an English, German or Russian month name (Russian in any case).
  private static func month(named name: String) -> Int? {
    for (number, prefixes) in monthPrefixes.enumerated()
    where prefixes.contains(where: { name.hasPrefix($0) }) {
      return number + 1
    }
    return nil
  }

  /// Unambiguous prefixes per month: en/de full or abbreviated names, Russian stems (января, мая…).
  private static let monthPrefixes: [[String]] = [
    ["jan", "jän", "январ"], ["feb", "феврал"], ["mar", "mär", "март"], ["apr", "апрел"],
    ["may", "mai", "мая", "май"], ["jun", "июн"], ["jul", "июл"], ["aug", "август"],
    ["sep", "сентябр"], ["oct", "okt", "октябр"], ["nov", "ноябр"], ["dec", "dez", "декабр"],
  ]
}
