import LexNorm

/// Messages about problems on standard error, in one format: `lexnorm: PATH: error: …`
/// (`lexnorm: error: …` when no file is concerned). Output written so far goes out first and
/// the progress line is cleared, so on a terminal a message never runs into either.
enum Report {
  enum Severity: String { case error, warning }

  static func error(_ message: String, path: String? = nil) {
    emit(line(path: path, message))
  }

  static func warning(_ message: String, path: String) {
    emit(line(path: path, message, severity: .warning))
  }

  /// A lexicon finding, which names its file, line and column itself.
  static func diagnostic(_ diagnostic: Diagnostic) {
    emit("lexnorm: \(diagnostic)\n")
  }

  /// The message line, line end included.
  static func line(path: String?, _ message: String, severity: Severity = .error) -> String {
    "lexnorm: " + (path.map { $0 + ": " } ?? "") + "\(severity.rawValue): \(message)\n"
  }

  /// An error's message without the path it starts with (library errors name their input).
  static func message(of error: Error, path: String) -> String {
    let text = String(describing: error)
    return text.hasPrefix(path + ": ") ? String(text.dropFirst(path.count + 2)) : text
  }

  private static func emit(_ text: String) {
    Standard.output.flush()
    Progress.shared.clear()
    Standard.error.write(text)
  }
}
