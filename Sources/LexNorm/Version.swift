// Not named `LexNormVersion`: the symbol-graph extractor drops a type named after the module
// plus `Version`, so DocC could not document it.

/// The versions a program built on LexNorm can report (`lexnorm --version`).
public enum LexNormRelease {
  /// The release of the library and its command line (`0.1.0`).
  public static let version = "0.1.0"
  /// The compiled-lexicon (`.lnx`) format this build reads and writes; files of another
  /// format are rejected as stale.
  public static let compiledLexiconFormat = Int(CompiledLexicon.formatVersion)
}
