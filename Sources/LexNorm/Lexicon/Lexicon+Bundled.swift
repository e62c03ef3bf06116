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
  /// The files are embedded as YAML: the first call parses and validates them, and an
  /// ``Annotator`` made from the result builds its index (together about 105 ms of CPU for the
  /// 950 bundled entities, growing with the lexicon). A program that starts often should load
  /// the compiled lexicon instead, as `lexnorm` does (its build embeds the bundled lexicon
  /// compiled): write it with `lexnorm compile -o bundled.lnx` and load it with
  /// ``Annotator/init(compiledContentsOf:source:)`` or ``Annotator/init(compiled:source:)``.
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
