import Foundation

/// Loading a lexicon failed: the findings, errors and warnings, of all files.
public struct LexiconLoadingError: Error, Sendable, CustomStringConvertible {
  /// Every finding of the run, in file order (see ``ValidationReport/diagnostics``).
  public let diagnostics: [Diagnostic]

  /// The error-level findings, one per line.
  public var description: String {
    diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
  }
}

extension Lexicon {
  /// Loads lexicon files and folders (folders recursively: `*.yaml`, `*.yml`, in path order)
  /// as one lexicon: an ID defined twice is an error. To add files to another lexicon, such as
  /// the bundled one, use ``merging(contentsOf:)``.
  ///
  /// - Throws: ``LexiconLoadingError`` with all findings when any finding is an error;
  ///   warnings alone do not stop loading (use ``LexiconValidator`` to see them).
  public static func load(from urls: [URL]) throws(LexiconLoadingError) -> Lexicon {
    try lexicon(from: LexiconValidator().validate(urls))
  }

  /// Loads lexicon text held in memory; `path` names it in diagnostics.
  public static func load(yaml: String, path: String) throws(LexiconLoadingError) -> Lexicon {
    try load([LexiconSource(path: path, text: yaml)])
  }

  /// Loads several lexicon texts held in memory as one lexicon.
  public static func load(_ sources: [LexiconSource]) throws(LexiconLoadingError) -> Lexicon {
    try lexicon(from: LexiconValidator().validate(sources))
  }

  /// This lexicon plus lexicon files and folders, whose entities win by ID: "the bundled one
  /// plus mine". The files are checked against this lexicon, so their roles may name its titles
  /// and `replaced-by` its entities, and a form they share with one of its entities is a
  /// collision naming both places.
  ///
  /// ```swift
  /// let lexicon = try Lexicon.bundled().merging(contentsOf: [URL(fileURLWithPath: "mine/")])
  /// ```
  ///
  /// - Throws: ``LexiconLoadingError`` when any finding is an error.
  public func merging(contentsOf urls: [URL]) throws(LexiconLoadingError) -> Lexicon {
    merging(try Self.lexicon(from: LexiconValidator().validate(urls, against: self)))
  }

  /// This lexicon plus lexicon texts held in memory, as ``merging(contentsOf:)``.
  public func merging(_ sources: [LexiconSource]) throws(LexiconLoadingError) -> Lexicon {
    merging(try Self.lexicon(from: LexiconValidator().validate(sources, against: self)))
  }

  private static func lexicon(
    from report: ValidationReport
  ) throws(LexiconLoadingError) -> Lexicon {
    guard !report.hasErrors else { throw LexiconLoadingError(diagnostics: report.diagnostics) }
    return Lexicon(entities: report.entities)
  }
}
