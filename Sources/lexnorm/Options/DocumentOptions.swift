import ArgumentParser
import LexNorm

/// How much of a plain-text document is held to annotate it as a whole.
struct DocumentOptions: ParsableArguments {
  @Option(
    name: .customLong("max-document-bytes"),
    help: """
      A file (or standard input) is one document, held until it ends so that short forms \
      before the full name are linked; from this size on it streams instead (short forms only \
      after the full name, or within one line). Default 1 MiB.
      """)
  var limit = Self.defaultLimit

  /// 1 MiB: news articles are far smaller; an archive in one file streams (the second pass
  /// costs up to a fifth more time on multi-megabyte documents full of names).
  static let defaultLimit = 1 << 20

  func validate() throws {
    if limit < 0 { throw ValidationError("--max-document-bytes must not be negative") }
  }
}
