/// The first bytes of a compiled lexicon (`.lnx`). Here, below both users: `CompiledLexicon`
/// writes and checks them, and lexicon validation uses them to refuse a compiled file as YAML.
enum CompiledLexiconSignature {
  static let bytes: [UInt8] = Array("LEXNORM\u{1A}".utf8)

  /// Whether `data` starts with the signature.
  static func starts(_ data: some Collection<UInt8>) -> Bool { data.starts(with: bytes) }
}
