/// A transform that ICU could not open, compile or apply.
public struct TransliterationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Sendable, Hashable {
    /// ICU knows no transform with this ID.
    case unknownID
    /// The custom rule set has a syntax error (see ``line`` and ``offset``).
    case invalidRules
    /// ICU failed while transforming text (out of memory, or text longer than ICU can hold).
    case transformFailed
  }

  /// What went wrong.
  public let kind: Kind
  /// The transform ID that was asked for.
  public let id: String
  /// ICU's name for the status code, e.g. `U_INVALID_ID` or `U_MALFORMED_RULE`.
  public let icuStatus: String
  /// For rule sets: the 1-based line of the rule ICU rejected, when ICU reports one.
  public let line: Int?
  /// For rule sets: the offset within that line (or rule) where ICU stopped, when reported.
  public let offset: Int?

  public var description: String {
    switch kind {
    case .unknownID:
      return "unknown transform ID '\(id)' (\(icuStatus))"
    case .invalidRules:
      var where_ = ""
      if let line { where_ += " at line \(line)" }
      if let offset { where_ += ", offset \(offset)" }
      return "invalid rules for transform '\(id)'\(where_) (\(icuStatus))"
    case .transformFailed:
      return "transform '\(id)' failed (\(icuStatus))"
    }
  }
}
