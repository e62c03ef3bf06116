extension Lexicon {
  /// The names of the lexicon files built into LexNorm, relative to the package's `Lexicons/`.
  static var bundledFileNames: [String] { BundledLexiconFiles.files.map(\.name) }

  /// The lexicon files built into LexNorm, named `Lexicons/<name>` in diagnostics.
  static var bundledSources: [LexiconSource] {
    BundledLexiconFiles.files.map { LexiconSource(path: "Lexicons/" + $0.name, text: $0.text) }
  }

  /// LexNorm's default lexicon: the package's `Lexicons/` folder, embedded at build time so a
  /// copied `lexnorm` binary still has it. Loaded once, on first use.
  ///
  /// - Throws: ``LexiconLoadingError`` when the embedded files have errors (the test suite
  ///   checks they have none).
  public static func bundled() throws(LexiconLoadingError) -> Lexicon {
    try bundledResult.get()
  }

  private static let bundledResult = Result { () throws(LexiconLoadingError) in
    try load(bundledSources)
  }
}
