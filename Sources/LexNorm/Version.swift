/// The versions a program built on LexNorm can report (`lexnorm --version`).
public enum LexNormVersion {
  /// The release of the library and its command line.
  public static let release = "0.1.0"
  /// The compiled-lexicon (`.lnx`) format this build reads and writes; files of another
  /// format are rejected as stale.
  public static let compiledLexiconFormat = Int(CompiledLexicon.formatVersion)
}
