/// One finding of lexicon validation: where, how serious, which rule, and what to do.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious a finding is.
  public enum Severity: String, Sendable, Hashable, Comparable {
    /// Worth a look; loading goes on (`lexnorm validate --strict` fails on it).
    case warning
    /// Loading fails; `lexnorm validate` exits 1.
    case error

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .warning && rhs == .error }
  }

  /// The file's path as it was given (a file found in a given folder: folder path + relative path).
  public var path: String
  /// 1-based line; `nil` for findings about the whole file (missing, unreadable).
  public var line: Int?
  /// 1-based column in characters (Unicode scalars); `nil` when ``line`` is.
  public var column: Int?
  /// Error or warning.
  public var severity: Severity
  /// The rule that found it.
  public var rule: LexiconRule
  /// What is wrong, with the fix where one is known.
  public var message: String

  /// A finding; text quoted in `message` (between backticks) longer than
  /// ``maximumExcerpt`` characters is cut, so that a huge value gives a short diagnostic.
  init(
    path: String, line: Int?, column: Int?, severity: Severity, rule: LexiconRule,
    message: String
  ) {
    self.path = path
    self.line = line
    self.column = column
    self.severity = severity
    self.rule = rule
    self.message = Self.cappingExcerpts(message)
  }

  /// The most characters (Unicode scalars, as columns count) of a quoted value a message shows.
  static let maximumExcerpt = 120

  /// `message` with each quoted part cut to ``maximumExcerpt`` characters and an ellipsis.
  /// Unquoted parts are the validator's own words; they can only grow long when a value holds
  /// a backtick, and are cut at a looser limit.
  static func cappingExcerpts(_ message: String) -> String {
    // Cheap test first: no part can be too long in a short message.
    guard message.utf8.count > maximumExcerpt else { return message }
    var parts = message.split(separator: "`", omittingEmptySubsequences: false)
    for index in parts.indices {
      let limit = index % 2 == 1 ? maximumExcerpt : 4 * maximumExcerpt
      guard parts[index].utf8.count > limit else { continue }
      let kept = parts[index].unicodeScalars.prefix(limit)
      if kept.endIndex < parts[index].endIndex { parts[index] = Substring(kept) + "…" }
    }
    return parts.joined(separator: "`")
  }

  /// `path:line:column: severity: message [rule]`, the compiler-style line editors understand.
  public var description: String {
    let position = line.map { ":\($0):\(column ?? 1)" } ?? ""
    return "\(path)\(position): \(severity.rawValue): \(message) [\(rule.rawValue)]"
  }
}

/// The result of validating lexicon files: every entity that could be read and every finding.
public struct ValidationReport: Sendable {
  /// Entities with a well-formed ID and kind, in file order; later duplicates of an ID are kept
  /// here too (``Lexicon/init(entities:)`` drops them).
  public var entities: [Entity]
  /// All findings, file by file in the order the files were read, then by line and column.
  public var diagnostics: [Diagnostic]
  /// The paths of the files that were read, as reported in diagnostics.
  public var files: [String]

  /// Whether any finding is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
