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
    var index = 0
    // Every supported pattern ends in a four-digit year: find years first, then read around.
    while index + 4 <= bytes.count {
      guard isYearStart(bytes, index) else {
        index += 1
        continue
      }
      if let date = dateAround(yearAt: index, in: bytes) { return date }
      index += 4
    }
    return nil
  }

  private static func isYearStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    // Most bytes are no digit: rule them out before anything else.
    guard isDigit(bytes[index]),
      (index..<index + 4).allSatisfy({ isDigit(bytes[$0]) }),
      bytes[index] == 0x31 && bytes[index + 1] == 0x39
        || bytes[index] == 0x32 && bytes[index + 1] == 0x30
    else { return false }
    let digitBefore = index > 0 && isDigit(bytes[index - 1])
    let digitAfter = index + 4 < bytes.count && isDigit(bytes[index + 4])
    return !digitBefore && !digitAfter
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

  /// The date whose year is written at `index`, or nil.
  ///
  /// Each pattern is only tried when the bytes next to the year allow it to match: the regular
  /// expressions cost far more than the year search, and most years are no part of a date.
  private static func dateAround(yearAt index: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> CalendarDate?
  {
    let year = (index..<index + 4).reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
    let yearEnd = index + 4
    // ISO: the year comes first, then `-`.
    if yearEnd < bytes.count && bytes[yearEnd] == UInt8(ascii: "-") {
      let after = String(decoding: bytes[yearEnd..<min(bytes.count, yearEnd + 6)], as: UTF8.self)
      if let match = after.prefixMatch(of: Patterns.iso), let month = Int(match.1),
        let day = Int(match.2)
      {
        return CalendarDate(year: year, month: month, day: day)
      }
    }
    // The other patterns end right before the year, in `.`, `/` or a space.
    guard index > 0 else { return nil }
    let last = bytes[index - 1]
    let window = bytes[max(0, index - 40)..<index]
    if last == UInt8(ascii: ".") || last == UInt8(ascii: "/") {
      let before = String(decoding: window, as: UTF8.self)
      if let match = before.firstMatch(of: Patterns.numeric), let day = Int(match.1),
        let month = Int(match.2)
      {
        return CalendarDate(year: year, month: month, day: day)
      }
      return nil
    }
    // The patterns that end in a space hold a day: a digit, ASCII or not.
    guard last == UInt8(ascii: " "), window.contains(where: { isDigit($0) || $0 >= 0x80 }) else {
      return nil
    }
    let before = String(decoding: window, as: UTF8.self)
    if let match = before.firstMatch(of: Patterns.vietnamese), let day = Int(match.1),
      let month = Int(match.2)
    {
      return CalendarDate(year: year, month: month, day: day)
    }
    let lowered = before.lowercased()
    if let match = lowered.firstMatch(of: Patterns.dayMonth), let day = Int(match.1),
      let month = month(named: String(match.2))
    {
      return CalendarDate(year: year, month: month, day: day)
    }
    if let match = lowered.firstMatch(of: Patterns.monthDay), let day = Int(match.2),
      let month = month(named: String(match.1))
    {
      return CalendarDate(year: year, month: month, day: day)
    }
    return nil
  }

  /// The date patterns, made once: a regex literal in a function is built on every call, which
  /// was most of the cost of a date search.
  ///
  /// `Regex` is not marked `Sendable`, but using one from many threads is safe: it compiles its
  /// program lazily with atomic initialization (swift-experimental-string-processing #474, #610).
  private enum Patterns {
    /// `-07-19` after the year.
    nonisolated(unsafe) static let iso = /-(\d\d)-(\d\d)/
    /// `19/7/` or `19.7.` before the year.
    nonisolated(unsafe) static let numeric = /(\d{1,2})[.\/](\d{1,2})[.\/]$/
    nonisolated(unsafe) static let vietnamese = /ngày (\d{1,2}) tháng (\d{1,2}) năm $/
    /// `19. Juli `, `19 июля ` (lower-cased).
    nonisolated(unsafe) static let dayMonth = /(\d{1,2})\.? ?([[:alpha:]]+)\.? $/
    /// `july 19, ` (lower-cased).
    nonisolated(unsafe) static let monthDay = /([[:alpha:]]+)\.? (\d{1,2}),? $/
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
