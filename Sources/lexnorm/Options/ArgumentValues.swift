import ArgumentParser
import LexNorm

/// Option values that explain a bad value: they list the valid ones and suggest the nearest
/// (`--to vn`: did you mean 'vi'?), or say why a date does not exist.
enum ArgumentValues {
  /// Why a value was refused; ArgumentParser prints it after the option's name.
  struct Invalid: Error, CustomStringConvertible {
    let description: String
  }

  static let languages = ["vi", "en", "de", "ru"]

  static func language(_ argument: String) throws -> LanguageTag {
    let name = try choice(argument, among: languages)
    guard let language = LanguageTag(rawValue: name) else {
      throw Invalid(description: "'\(name)' is not a language tag")
    }
    return language
  }

  static func target(_ argument: String) throws -> TransliterationTarget {
    let name = try choice(argument, among: TransliterationTarget.allCases.map(\.rawValue))
    return TransliterationTarget(rawValue: name) ?? .ascii
  }

  /// `argument` when it is one of `choices`; otherwise an error listing them.
  static func choice(_ argument: String, among choices: [String]) throws -> String {
    guard !choices.contains(argument) else { return argument }
    var message = "use one of " + choices.joined(separator: ", ")
    if let near = nearest(to: argument, among: choices) { message += " (did you mean '\(near)'?)" }
    throw Invalid(description: message)
  }

  /// A `YYYY-MM-DD` date that exists, or an error saying which part is wrong.
  static func date(_ argument: String) throws -> CalendarDate {
    if let date = CalendarDate(iso8601: argument) { return date }
    let parts = argument.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts.map(\.count) == [4, 2, 2],
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { throw Invalid(description: "expected a date as YYYY-MM-DD, such as 2025-07-19") }
    guard (1...12).contains(month) else {
      throw Invalid(description: "there is no month \(month); months are 01 to 12")
    }
    // The month's length, as the library counts it (leap years included).
    let length = (28...31).last { CalendarDate(year: year, month: month, day: $0) != nil } ?? 31
    throw Invalid(
      description: "there is no day \(day) in \(parts[0])-\(parts[1]), which has \(length) days")
  }

  /// The candidate closest to `word` by edit distance, if it is close enough to be a typo
  /// (one edit for short words, two from five letters on); ties go to the longer shared prefix.
  static func nearest(to word: String, among candidates: [String]) -> String? {
    let limit = word.count >= 5 ? 2 : 1
    let scored = candidates.map { candidate in
      (candidate, distance(word, candidate), sharedPrefix(word, candidate))
    }
    let best = scored.filter { $0.1 <= limit }.min { ($0.1, -$0.2) < ($1.1, -$1.2) }
    return best?.0
  }

  /// Levenshtein distance between `a` and `b`, by characters.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var previous = Array(0...b.count)
    for (i, left) in a.enumerated() {
      var current = [i + 1]
      for (j, right) in b.enumerated() {
        current.append(
          min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }

  private static func sharedPrefix(_ a: String, _ b: String) -> Int {
    zip(a, b).prefix { $0 == $1 }.count
  }
}
