/// The rules lexicon validation checks; the raw value is the stable ID printed with each finding.
///
/// `Lexicons/README.md` explains every rule; ``severity`` is fixed per rule.
public enum LexiconRule: String, Sendable, Hashable, CaseIterable, Codable {
  case unreadable = "unreadable"
  case noLexiconFiles = "no-lexicon-files"
  case invalidUTF8 = "invalid-utf8"
  case compiledLexicon = "compiled-lexicon"
  case yamlSyntax = "yaml-syntax"
  case yamlAlias = "yaml-alias"
  case emptyFile = "empty-file"
  case unsupportedVersion = "unsupported-version"
  case wrongType = "wrong-type"
  case unknownKey = "unknown-key"
  case duplicateKey = "duplicate-key"
  case misplacedKey = "misplaced-key"
  case missingKey = "missing-key"
  case invalidID = "invalid-id"
  case unknownKind = "unknown-kind"
  case idKindMismatch = "id-kind-mismatch"
  case duplicateID = "duplicate-id"
  case unknownLanguage = "unknown-language"
  case multipleLabels = "multiple-labels"
  case emptyString = "empty-string"
  case tooLong = "too-long"
  case whitespace = "whitespace"
  case notNFC = "not-nfc"
  case mixedScript = "mixed-script"
  case aliasEqualsLabel = "alias-equals-label"
  case labelCollision = "label-collision"
  case foldedCollision = "folded-collision"
  case unknownTitle = "unknown-title"
  case invalidDate = "invalid-date"
  case dateOrder = "date-order"
  case overlappingHolders = "overlapping-holders"
  case russianTranscription = "russian-transcription"
  case invalidURL = "invalid-url"
  case unknownRule = "unknown-rule"
  case missingSources = "missing-sources"
  case unknownReplacement = "unknown-replacement"
  case overlappingValidity = "overlapping-validity"

  /// One line on what the rule checks.
  public var summary: String {
    switch self {
    case .unreadable: "a path is missing, unreadable or over 64 MiB"
    case .noLexiconFiles: "a folder holds no *.yaml or *.yml file (warning)"
    case .invalidUTF8: "the file is not valid UTF-8"
    case .compiledLexicon: "a compiled lexicon (.lnx), not YAML"
    case .yamlSyntax: "not well-formed YAML, or several documents"
    case .yamlAlias: "YAML aliases (*name) are not supported"
    case .emptyFile: "the file defines nothing (warning)"
    case .unsupportedVersion: "`version` is not 1"
    case .wrongType: "text, list, mapping or true/false expected"
    case .unknownKey: "a key the format does not have (typo?)"
    case .duplicateKey: "a key twice in one mapping"
    case .misplacedKey: "a key on a kind that does not have it (`roles` on a title)"
    case .missingKey: "no `entities`, `id`, `kind`, `labels` or role `title`"
    case .invalidID: "an ID is not kind:slug (lower-case ASCII, hyphens)"
    case .unknownKind: "`kind` is not one of the six kinds"
    case .idKindMismatch: "the ID's prefix is not its `kind`"
    case .duplicateID: "two entities share an ID (in one file or across files)"
    case .unknownLanguage: "not a known lower-case language tag (vn: use vi)"
    case .multipleLabels: "more than one label for a language"
    case .emptyString: "an empty label, alias or ID"
    case .tooLong: "a label, alias or ID over 200 characters"
    case .whitespace: "leading, trailing, double or non-space whitespace"
    case .notNFC: "text not in Unicode NFC"
    case .mixedScript: "a word mixes Latin and Cyrillic look-alikes (Тô)"
    case .aliasEqualsLabel: "an alias repeats a label of its entity"
    case .labelCollision: "two entities share a form, unless both are `ambiguous`"
    case .foldedCollision: "forms of two entities differ only in diacritics"
    case .unknownTitle: "a role names an ID that is not a title"
    case .invalidDate: "not a real YYYY-MM-DD date"
    case .dateOrder: "a role's `until` is before its `from`"
    case .overlappingHolders: "a `single-holder` title held twice at once (warning)"
    case .russianTranscription: "ru label differs from the vi transcription (warning)"
    case .invalidURL: "a source is not an http(s) URL"
    case .unknownRule: "`acknowledge` names no warning an entity can have"
    case .missingSources: "an entity without `sources` (warning)"
    case .unknownReplacement: "`replaced-by` names no entity of the same kind"
    case .overlappingValidity: "dates overlap those of the replacement (warning)"
    }
  }

  /// The severity of the rule's findings.
  public var severity: Diagnostic.Severity {
    switch self {
    case .noLexiconFiles, .emptyFile, .overlappingHolders, .russianTranscription,
      .missingSources, .overlappingValidity:
      .warning
    default:
      .error
    }
  }

  /// Whether an entity's `acknowledge` may name the rule: warnings about entities.
  public var isAcknowledgeable: Bool {
    severity == .warning && self != .noLexiconFiles && self != .emptyFile
  }
}
