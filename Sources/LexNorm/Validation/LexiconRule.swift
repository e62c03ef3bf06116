/// The rules lexicon validation checks; the raw value is the stable ID printed with each finding.
///
/// `Lexicons/README.md` explains every rule with an example.
public enum LexiconRule: String, Sendable, Hashable, CaseIterable, Codable {
  case unreadable = "unreadable"
  case noLexiconFiles = "no-lexicon-files"
  case invalidUTF8 = "invalid-utf8"
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

  /// One line on what the rule checks.
  public var summary: String {
    switch self {
    case .unreadable: "a path is missing, not readable, or larger than 256 MiB"
    case .noLexiconFiles: "a folder holds no *.yaml or *.yml file (warning)"
    case .invalidUTF8: "the file is not UTF-8"
    case .yamlSyntax: "the file is not well-formed YAML (or holds several documents)"
    case .yamlAlias: "YAML aliases (*name) are not supported"
    case .emptyFile: "the file defines nothing (warning)"
    case .unsupportedVersion: "`version` is not 1"
    case .wrongType: "a value has the wrong type (text, list, mapping, true/false)"
    case .unknownKey: "a key is not part of the format (typos)"
    case .duplicateKey: "a key appears twice in one mapping"
    case .misplacedKey: "`roles` outside a person, `single-holder` outside a title"
    case .missingKey: "`entities`, `id`, `kind`, `labels` or a role's `title` is missing"
    case .invalidID: "an ID is not kind:slug with a lower-case ASCII slug"
    case .unknownKind: "`kind` is not person, title, organization, place, document or term"
    case .idKindMismatch: "the ID's prefix differs from `kind`"
    case .duplicateID: "two entities share an ID (in one file or across files)"
    case .unknownLanguage: "a language tag is not a known lower-case BCP 47 primary tag"
    case .multipleLabels: "more than one label for one language"
    case .emptyString: "a label, alias or ID is empty"
    case .whitespace: "leading, trailing, double or non-space whitespace"
    case .notNFC: "text is not in Unicode NFC"
    case .mixedScript: "a word mixes Latin and Cyrillic look-alike letters"
    case .aliasEqualsLabel: "an alias repeats one of its entity's labels"
    case .labelCollision: "two entities share a form (ignoring case), unless both are `ambiguous`"
    case .foldedCollision:
      "two entities' forms differ only in diacritics or case (warning), unless both are `ambiguous`"
    case .unknownTitle: "a role names an ID that is not a title"
    case .invalidDate: "a date is not a real YYYY-MM-DD date"
    case .dateOrder: "a role's `until` is before its `from`"
    case .overlappingHolders: "two persons hold a `single-holder` title at once (warning)"
    case .russianTranscription:
      "a person's ru label differs from the transcription of the vi label (warning)"
    }
  }

  /// The severity of the rule's findings.
  public var severity: Diagnostic.Severity {
    switch self {
    case .noLexiconFiles, .emptyFile, .foldedCollision, .overlappingHolders, .russianTranscription:
      .warning
    default:
      .error
    }
  }
}
