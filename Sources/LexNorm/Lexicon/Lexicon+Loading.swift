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
  /// Loads lexicon files and folders (folders recursively: `*.yaml`, `*.yml`, in path order).
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

  private static func lexicon(
    from report: ValidationReport
  ) throws(LexiconLoadingError) -> Lexicon {
    guard !report.hasErrors else { throw LexiconLoadingError(diagnostics: report.diagnostics) }
    return Lexicon(entities: report.entities)
  }
}
