internal import _LexNormSystem

/// A label or alias as written, for the checks across entities.
struct FormSite: Sendable {
  var language: LanguageTag
  var text: String
  /// ``Folding/key(_:)`` of the text, which the collision check compares.
  var foldedKey: String
  var isLabel: Bool
  var line: Int
  var column: Int

  init(language: LanguageTag, text: String, isLabel: Bool, line: Int, column: Int) {
    self.language = language
    self.text = text
    foldedKey = Folding.key(text)
    self.isLabel = isLabel
    self.line = line
    self.column = column
  }
}

/// A role as written; the position is that of its `title` value.
struct RoleSite: Sendable {
  var role: Role
  var line: Int
  var column: Int
}

/// An entity read from a file, with the positions the checks across entities report.
struct DecodedEntity: Sendable {
  var entity: Entity
  /// The file's index in the run; negative for an entity of the lexicon checked against.
  var fileIndex: Int
  var path: String
  var forms: [FormSite]
  var roles: [RoleSite]
  /// Where `replaced-by` was written.
  var replacedBySite: (line: Int, column: Int)?
  var idLine: Int { entity.location?.line ?? 1 }
  var idColumn: Int { entity.location?.column ?? 1 }
  /// `path:line:column` of the ID.
  var place: String { "\(path):\(idLine):\(idColumn)" }
  /// Whether the entity belongs to the lexicon checked against, not to the files checked.
  var isBase: Bool { fileIndex < 0 }
}

extension DecodedEntity {
  /// An entity of the lexicon checked against; its forms and roles are placed at its ID (the
  /// finer positions are not kept after loading).
  init(base entity: Entity) {
    let line = entity.location?.line ?? 1
    let column = entity.location?.column ?? 1
    self.init(
      entity: entity, fileIndex: -1, path: entity.location?.path ?? entity.id,
      forms: entity.allForms.enumerated().map { index, form in
        FormSite(
          language: form.language, text: form.text, isLabel: index < entity.labels.count,
          line: line, column: column)
      },
      roles: entity.roles.map { RoleSite(role: $0, line: line, column: column) })
  }
}

/// Reads one lexicon file: the YAML, the format's structure and every check of a single value.
///
/// Checks that need other entities (duplicate IDs, collisions, roles) are in
/// `LexiconValidator+CrossChecks.swift`.
struct LexiconFileDecoder {
  let path: String
  let fileIndex: Int
  private(set) var diagnostics: [Diagnostic] = []
  private(set) var entities: [DecodedEntity] = []

  init(path: String, fileIndex: Int) {
    self.path = path
    self.fileIndex = fileIndex
  }

  static let topLevelKeys = ["version", "entities"]
  static let entityKeys = [
    "id", "kind", "labels", "aliases", "roles", "generate", "ambiguous", "single-holder",
    "sources", "external-ids", "unverified", "acknowledge", "from", "until", "replaced-by",
  ]
  static let roleKeys = ["title", "from", "until", "source", "unverified"]
  /// The most characters (Unicode scalars: combining marks count) a label, alias or ID may have.
  static let maximumTextLength = 200
  /// The most characters a source URL may have (news URLs with percent-encoded Vietnamese run
  /// long; browsers and servers commonly stop near 2,000).
  static let maximumURLLength = 2048
  /// The kinds that may carry `from`, `until` and `replaced-by`.
  static let kindsWithValidity: Set<EntityKind> = [.organization, .place]
  /// Entities decoded per run on one core: entities are independent of each other.
  static let entitiesPerRun = 512

  mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>) {
    if CompiledLexiconSignature.starts(bytes) {
      report(
        .compiledLexicon, line: nil, column: nil,
        "a compiled lexicon (.lnx), not YAML: validate the YAML files it was compiled from")
      return
    }
    if let offset = Self.firstInvalidUTF8Byte(in: bytes) {
      let (line, column) = YAMLReader.position(ofByte: offset, in: bytes)
      report(.invalidUTF8, line: line, column: column, "invalid UTF-8 at byte \(offset)")
      return
    }
    switch YAMLReader.documents(of: bytes) {
    case .failure(let error):
      report(.yamlSyntax, line: error.line, column: error.column, error.message)
    case .success(let documents):
      guard let root = documents.first, !root.isNull else {
        report(.emptyFile, line: nil, column: nil, "the file defines no entities")
        return
      }
      if documents.count > 1 {
        report(
          .yamlSyntax, at: documents[1],
          "a lexicon file holds one YAML document; remove the `---` and merge the entities")
        return
      }
      decodeRoot(root)
    }
  }

  // MARK: Structure

  private mutating func decodeRoot(_ root: YAMLNode) {
    guard let fields = fields(of: root, in: "the top level", keys: Self.topLevelKeys) else {
      return
    }
    if let version = fields["version"]?.value, version.text != "1" {
      report(
        .unsupportedVersion, at: version,
        "unsupported lexicon format version `\(version.text ?? "")`; this LexNorm reads version 1")
    }
    guard let list = fields["entities"]?.value else {
      report(.missingKey, at: root, "missing `entities`, the list of entities")
      return
    }
    guard case .sequence(let items) = list.content else {
      wrongType(list, "`entities` must be a list of entities (lines starting with `- `)")
      return
    }
    let (path, fileIndex) = (path, fileIndex)
    let runs = ParallelRuns.map(
      count: items.count, runLength: Self.entitiesPerRun, makeWorker: {}
    ) { _, run in
      var decoder = LexiconFileDecoder(path: path, fileIndex: fileIndex)
      for item in items[run] { decoder.decodeEntity(item) }
      return (decoder.diagnostics, decoder.entities)
    }
    for (runDiagnostics, runEntities) in runs {
      diagnostics += runDiagnostics
      entities += runEntities
    }
  }

  private mutating func decodeEntity(_ node: YAMLNode) {
    guard let fields = fields(of: node, in: "an entity", keys: Self.entityKeys) else { return }
    var id: String?
    if let idNode = fields["id"]?.value {
      id = decodeID(idNode)
    } else {
      report(.missingKey, at: node, "entity without `id` (such as `id: person:to-lam`)")
    }
    let name = id.map { "entity `\($0)`" } ?? "entity"

    var kind: EntityKind?
    if let kindNode = fields["kind"]?.value {
      kind = decodeKind(kindNode)
    } else {
      report(.missingKey, at: node, "\(name) has no `kind`")
    }
    // A well-formed ID has its kind before the first colon.
    if let id, let kind, let idNode = fields["id"]?.value,
      let prefix = id.utf8.firstIndex(of: UInt8(ascii: ":")).map({ id[..<$0] }),
      prefix != kind.rawValue
    {
      report(
        .idKindMismatch, at: idNode,
        "ID `\(id)` starts with `\(prefix):` but the kind is `\(kind.rawValue)`")
    }

    var labels: [LanguageTag: String] = [:]
    var forms: [FormSite] = []
    if let labelsNode = fields["labels"]?.value {
      decodeLabels(labelsNode, into: &labels, forms: &forms)
      if case .mapping(let pairs) = labelsNode.content, pairs.isEmpty {
        report(.missingKey, at: labelsNode, "\(name) needs at least one label")
      }
    } else {
      report(.missingKey, at: node, "\(name) has no `labels` (such as `labels: {vi: Tô Lâm}`)")
    }
    var aliases: [LanguageTag: [String]] = [:]
    if let aliasesNode = fields["aliases"]?.value {
      decodeAliases(aliasesNode, labels: labels, into: &aliases, forms: &forms)
    }

    var roles: [RoleSite] = []
    if let (key, value) = fields["roles"] {
      if kind == .person {
        roles = decodeRoles(value)
      } else if kind != nil {
        report(.misplacedKey, at: key, "only persons hold `roles`")
      }
    }
    var singleHolder = false
    if let (key, value) = fields["single-holder"] {
      if kind == .title {
        singleHolder = decodeBool(value, key: "single-holder") ?? false
      } else if kind != nil {
        report(.misplacedKey, at: key, "`single-holder` belongs to titles only")
      }
    }
    let generate = fields["generate"].flatMap { decodeBool($0.value, key: "generate") } ?? true
    let ambiguous = fields["ambiguous"].flatMap { decodeBool($0.value, key: "ambiguous") } ?? false
    let sources =
      fields["sources"].map { decodeList($0.value, key: "sources") { $0.decodeURL($1) } } ?? []
    let unverified =
      fields["unverified"].map {
        decodeList($0.value, key: "unverified") { $0.decodeText($1, what: "`unverified` item") }
      } ?? []
    let acknowledged = Set(
      fields["acknowledge"].map {
        decodeList($0.value, key: "acknowledge") { $0.decodeWarningRule($1) }
      }
        ?? [])
    let externalIDs = fields["external-ids"].map { decodeExternalIDs($0.value) } ?? [:]
    let (validity, replacedBy) = decodeValidity(fields, kind: kind, name: name)

    guard let id, let kind, let idNode = fields["id"]?.value else { return }
    let entity = Entity(
      id: id, kind: kind, labels: labels, aliases: aliases, roles: roles.map(\.role),
      generatesVariants: generate, isAmbiguous: ambiguous, hasSingleHolder: singleHolder,
      location: SourceLocation(path: path, line: idNode.line, column: idNode.column),
      sources: sources, externalIDs: externalIDs, unverified: unverified,
      acknowledged: acknowledged, validity: validity, replacedBy: replacedBy)
    let replacedBySite = fields["replaced-by"].map { ($0.value.line, $0.value.column) }
    entities.append(
      DecodedEntity(
        entity: entity, fileIndex: fileIndex, path: path, forms: forms, roles: roles,
        replacedBySite: replacedBy == nil ? nil : replacedBySite))
  }

  private mutating func decodeLabels(
    _ node: YAMLNode, into labels: inout [LanguageTag: String], forms: inout [FormSite]
  ) {
    guard case .mapping(let pairs) = node.content else {
      wrongType(node, "`labels` must map language tags to text (`vi: Tô Lâm`)")
      return
    }
    var firstKeys: [LanguageTag: YAMLNode] = [:]
    for (key, value) in pairs {
      guard let language = decodeLanguage(key) else { continue }
      if let first = firstKeys[language] {
        report(
          .multipleLabels, at: key,
          "second `\(language)` label (first at \(first.line):\(first.column)); "
            + "keep one label per language and put further forms in `aliases`")
        continue
      }
      firstKeys[language] = key
      if case .sequence = value.content {
        report(
          .multipleLabels, at: value,
          "a list of `\(language)` labels; keep one label and put the others in `aliases`")
        continue
      }
      guard let text = decodeText(value, what: "label") else { continue }
      labels[language] = text
      forms.append(
        FormSite(
          language: language, text: text, isLabel: true, line: value.line, column: value.column))
    }
  }

  private mutating func decodeAliases(
    _ node: YAMLNode, labels: [LanguageTag: String], into aliases: inout [LanguageTag: [String]],
    forms: inout [FormSite]
  ) {
    guard case .mapping(let pairs) = node.content else {
      wrongType(node, "`aliases` must map language tags to lists (`ru: [Лыонг Кыонг]`)")
      return
    }
    var firstKeys: [LanguageTag: YAMLNode] = [:]
    for (key, value) in pairs {
      guard let language = decodeLanguage(key),
        isFirst(language, at: key, among: &firstKeys)
      else { continue }
      guard case .sequence(let items) = value.content else {
        wrongType(value, "the `\(language)` aliases must be a list (`\(language): [form, …]`)")
        continue
      }
      for item in items {
        guard let text = decodeText(item, what: "alias") else { continue }
        if let label = labels.first(where: { $0.value == text }) {
          report(
            .aliasEqualsLabel, at: item,
            "alias `\(text)` repeats the `\(label.key)` label; remove it")
          continue
        }
        aliases[language, default: []].append(text)
        forms.append(
          FormSite(
            language: language, text: text, isLabel: false, line: item.line, column: item.column))
      }
    }
  }

  private mutating func decodeRoles(_ node: YAMLNode) -> [RoleSite] {
    guard case .sequence(let items) = node.content else {
      wrongType(node, "`roles` must be a list of `{title: …, from: …, until: …}`")
      return []
    }
    var roles: [RoleSite] = []
    for item in items {
      guard let fields = fields(of: item, in: "a role", keys: Self.roleKeys) else { continue }
      let dates = decodeDates(fields)
      let source = fields["source"].flatMap { decodeURL($0.value) }
      let unverified =
        fields["unverified"].flatMap { decodeBool($0.value, key: "unverified") } ?? false
      guard let titleNode = fields["title"]?.value else {
        report(.missingKey, at: item, "role without `title` (such as `title: title:president`)")
        continue
      }
      guard let title = decodeText(titleNode, what: "title ID") else { continue }
      roles.append(
        RoleSite(
          role: Role(
            title: title, from: dates.from, until: dates.until, source: source,
            isUnverified: unverified),
          line: titleNode.line, column: titleNode.column))
    }
    return roles
  }

  /// `from` and `until` of a role or an entity; reports an `until` before the `from`.
  private mutating func decodeDates(
    _ fields: [String: (key: YAMLNode, value: YAMLNode)]
  ) -> Validity {
    let from = fields["from"].flatMap { decodeDate($0.value, key: "from") }
    let until = fields["until"].flatMap { decodeDate($0.value, key: "until") }
    if let from, let until, until < from, let untilNode = fields["until"]?.value {
      report(.dateOrder, at: untilNode, "`until` \(until) is before `from` \(from)")
    }
    return Validity(from: from, until: until)
  }

  /// An organization's or place's `from`, `until` and `replaced-by`; misplaced on other kinds.
  private mutating func decodeValidity(
    _ fields: [String: (key: YAMLNode, value: YAMLNode)], kind: EntityKind?, name: String
  ) -> (Validity, String?) {
    let keys = ["from", "until", "replaced-by"]
    guard let kind, Self.kindsWithValidity.contains(kind) else {
      if kind != nil {
        for key in keys {
          guard let (keyNode, _) = fields[key] else { continue }
          let hint = kind == .person ? "; a person's offices go in `roles`" : ""
          report(
            .misplacedKey, at: keyNode,
            "`\(key)` belongs to organizations and places only\(hint)")
        }
      }
      return (Validity(), nil)
    }
    let replacedBy = fields["replaced-by"].flatMap { decodeID($0.value) }
    return (decodeDates(fields), replacedBy)
  }

  /// A list whose items `decodeItem` reads; items it rejects are left out.
  private mutating func decodeList<Item>(
    _ node: YAMLNode, key: String, _ decodeItem: (inout Self, YAMLNode) -> Item?
  ) -> [Item] {
    guard case .sequence(let items) = node.content else {
      wrongType(node, "`\(key)` must be a list (`\(key): [ … ]`)")
      return []
    }
    return items.compactMap { decodeItem(&self, $0) }
  }

  /// An `http://` or `https://` URL without spaces.
  private mutating func decodeURL(_ node: YAMLNode) -> String? {
    guard let text = decodeText(node, what: "source URL", maximumLength: Self.maximumURLLength)
    else { return nil }
    let lower = text.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
      !text.unicodeScalars.contains(where: { $0.properties.isWhitespace })
    else {
      report(
        .invalidURL, at: node,
        "`\(text)` is not a URL; write the page's address, starting with https:// or http://")
      return nil
    }
    return text
  }

  /// A rule ID in `acknowledge`: only warnings about entities can be acknowledged.
  private mutating func decodeWarningRule(_ node: YAMLNode) -> LexiconRule? {
    guard let text = decodeText(node, what: "rule ID") else { return nil }
    guard let rule = LexiconRule(rawValue: text), rule.isAcknowledgeable else {
      let warnings = LexiconRule.allCases.filter(\.isAcknowledgeable).map(\.rawValue)
      let found = LexiconRule(rawValue: text).map { "`\($0.rawValue)` is an \($0.severity)" }
      report(
        .unknownRule, at: node,
        "\(found ?? "`\(text)` is not a rule"); acknowledge only warnings about entities: "
          + warnings.joined(separator: ", "))
      return nil
    }
    return rule
  }

  /// `external-ids`: scheme (lower-case ASCII word) → identifier text.
  private mutating func decodeExternalIDs(_ node: YAMLNode) -> [String: String] {
    guard case .mapping(let pairs) = node.content else {
      wrongType(node, "`external-ids` must map schemes to identifiers (`wikidata: Q123`)")
      return [:]
    }
    var ids: [String: String] = [:]
    var firstKeys: [String: YAMLNode] = [:]
    for (key, value) in pairs {
      guard let scheme = decodeText(key, what: "scheme") else { continue }
      guard scheme.utf8.allSatisfy({ (0x61...0x7A).contains($0) || $0 == 0x2D }) else {
        report(
          .wrongType, at: key,
          "scheme `\(scheme)` must be lower-case ASCII letters and hyphens, such as `wikidata`")
        continue
      }
      guard isFirst(scheme, at: key, among: &firstKeys) else { continue }
      if let id = decodeText(value, what: "`\(scheme)` identifier") { ids[scheme] = id }
    }
    return ids
  }

  /// Records `key`'s first position; reports a repeat of it as a duplicate key.
  private mutating func isFirst<Key: Hashable & CustomStringConvertible>(
    _ key: Key, at node: YAMLNode, among firstKeys: inout [Key: YAMLNode]
  ) -> Bool {
    if let first = firstKeys[key] {
      report(
        .duplicateKey, at: node, "duplicate key `\(key)` (first at \(first.line):\(first.column))")
      return false
    }
    firstKeys[key] = node
    return true
  }

  // MARK: Values

  /// The pairs of a mapping by key; reports duplicate and unknown keys.
  private mutating func fields(
    of node: YAMLNode, in context: String, keys: [String]
  ) -> [String: (key: YAMLNode, value: YAMLNode)]? {
    guard case .mapping(let pairs) = node.content else {
      wrongType(node, "\(context) must be a mapping of `key: value` lines")
      return nil
    }
    var fields: [String: (key: YAMLNode, value: YAMLNode)] = [:]
    for (key, value) in pairs {
      guard case .scalar(let name, _) = key.content else {
        wrongType(key, "keys must be text")
        continue
      }
      if let first = fields[name] {
        report(
          .duplicateKey, at: key,
          "duplicate key `\(name)` (first at \(first.key.line):\(first.key.column))")
      } else if !keys.contains(name) {
        let expected = keys.map { "`\($0)`" }.joined(separator: ", ")
        report(.unknownKey, at: key, "unknown key `\(name)` in \(context); expected \(expected)")
      } else {
        fields[name] = (key, value)
      }
    }
    return fields
  }

  private mutating func decodeID(_ node: YAMLNode) -> String? {
    guard let text = decodeText(node, what: "ID") else { return nil }
    guard Self.isWellFormedID(text) else {
      report(
        .invalidID, at: node,
        "invalid ID `\(text)`; write kind:slug with lower-case ASCII letters, digits and single "
          + "hyphens, such as `person:to-lam`")
      return nil
    }
    return text
  }

  /// `kind:slug`: a lower-case ASCII word, a colon, and lower-case ASCII words or numbers joined
  /// by single hyphens.
  static func isWellFormedID(_ id: String) -> Bool {
    var kindLength = 0
    var slugLength = 0
    var inSlug = false
    var afterHyphen = true  // the slug may not start with a hyphen
    for byte in id.utf8 {
      let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      if !inSlug {
        if byte == UInt8(ascii: ":") && kindLength > 0 {
          inSlug = true
        } else if isLetter {
          kindLength += 1
        } else {
          return false
        }
      } else if byte == UInt8(ascii: "-") {
        if afterHyphen { return false }
        afterHyphen = true
        slugLength += 1
      } else if isLetter || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
        afterHyphen = false
        slugLength += 1
      } else {
        return false
      }
    }
    return slugLength > 0 && !afterHyphen
  }

  private mutating func decodeKind(_ node: YAMLNode) -> EntityKind? {
    guard let text = decodeText(node, what: "kind") else { return nil }
    guard let kind = EntityKind(rawValue: text) else {
      let kinds = EntityKind.allCases.map(\.rawValue).joined(separator: ", ")
      report(.unknownKind, at: node, "unknown kind `\(text)`; expected one of \(kinds)")
      return nil
    }
    return kind
  }

  private mutating func decodeLanguage(_ node: YAMLNode) -> LanguageTag? {
    guard case .scalar(let text, _) = node.content else {
      wrongType(node, "a language tag must be text such as `vi`")
      return nil
    }
    if let tag = LanguageTag(rawValue: text) { return tag }
    let lower = text.lowercased()
    let primary = lower.split(separator: "-").first.flatMap { LanguageTag(rawValue: String($0)) }
    let hint: String
    if let lower = LanguageTag(rawValue: lower) {
      hint = "write it in lower case: `\(lower)`"
    } else if let slip = LanguageTag.commonSlips[lower] {
      hint = "did you mean `\(slip)`?"
    } else if let primary {
      hint = "write the language alone: `\(primary)`"
    } else {
      hint = "known tags: " + LanguageTag.known.sorted().map(\.rawValue).joined(separator: " ")
    }
    report(.unknownLanguage, at: node, "unknown language tag `\(text)`; \(hint)")
    return nil
  }

  /// A label, alias or ID; reports the checks every written form must pass.
  private mutating func decodeText(
    _ node: YAMLNode, what: String, maximumLength: Int = maximumTextLength
  ) -> String? {
    guard case .scalar = node.content else {
      wrongType(node, "the \(what) must be text")
      return nil
    }
    guard let text = node.text, !text.isEmpty else {
      report(.emptyString, at: node, "empty \(what)")
      return nil
    }
    // Names, not documents: a huge value would make every later check and the index costly.
    if text.utf8.count > maximumLength, !text.unicodeScalars.dropFirst(maximumLength).isEmpty {
      let why =
        maximumLength == Self.maximumTextLength ? "labels, aliases and IDs are names" : "cut it"
      report(
        .tooLong, at: node, "\(what) `\(text)` is longer than \(maximumLength) characters; \(why)")
      return nil
    }
    if PlainLatin.isPlain(text) {
      // Only the spaces can be wrong (see `PlainLatin`); each is a character of its own.
      if text.utf8.first == 0x20 || text.utf8.last == 0x20 {
        report(.whitespace, at: node, "\(what) `\(text)` has leading or trailing space")
      } else if Self.hasDoubleSpace(text) {
        report(.whitespace, at: node, "\(what) `\(text)` has a double space")
      }
      return text
    }
    if let space = text.unicodeScalars.first(where: Self.isUnusualWhitespace) {
      let code = String(space.value, radix: 16, uppercase: true)
      let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
      report(.whitespace, at: node, "\(what) `\(text)` contains U+\(padded); use a plain space")
    } else if text.hasPrefix(" ") || text.hasSuffix(" ") {
      report(.whitespace, at: node, "\(what) `\(text)` has leading or trailing space")
    } else if Self.hasDoubleSpace(text) {
      report(.whitespace, at: node, "\(what) `\(text)` has a double space")
    }
    if !text.utf8.allSatisfy({ $0 < 0x80 }), !text.isNormalized(.nfc) {
      report(
        .notNFC, at: node,
        "\(what) `\(text)` is not in NFC (decomposed diacritics); save it composed as "
          + "`\(text.normalized(.nfc))`")
    }
    if ScriptCounts(text).mixesLatinAndCyrillic {
      let (repaired, repairs) = Homoglyphs.repairText(text)
      if let first = repairs.first {
        report(
          .mixedScript, at: node,
          "\(what) `\(text)` mixes Latin and Cyrillic letters in `\(first.original)`; "
            + "did you mean `\(repaired)`?")
      }
    }
    return text
  }

  private static func hasDoubleSpace(_ text: String) -> Bool {
    var afterSpace = false
    for byte in text.utf8 {
      if byte == 0x20 && afterSpace { return true }
      afterSpace = byte == 0x20
    }
    return false
  }

  /// Whitespace other than U+0020 (the ASCII test first: Unicode properties are slow).
  private static func isUnusualWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
  }

  private mutating func decodeDate(_ node: YAMLNode, key: String) -> CalendarDate? {
    guard case .scalar = node.content else {
      wrongType(node, "`\(key)` must be a date (YYYY-MM-DD)")
      return nil
    }
    guard let text = node.text, let date = CalendarDate(iso8601: text) else {
      report(.invalidDate, at: node, "`\(key)` `\(node.text ?? "")` is not a date (YYYY-MM-DD)")
      return nil
    }
    return date
  }

  private mutating func decodeBool(_ node: YAMLNode, key: String) -> Bool? {
    switch node.content {
    case .scalar("true", plain: true), .scalar("True", plain: true), .scalar("TRUE", plain: true):
      return true
    case .scalar("false", plain: true), .scalar("False", plain: true),
      .scalar("FALSE", plain: true):
      return false
    default:
      wrongType(node, "`\(key)` must be true or false")
      return nil
    }
  }

  /// Reports a value of the wrong type, or an alias, which lexicon files do not support.
  private mutating func wrongType(_ node: YAMLNode, _ expectation: String) {
    let found: String
    switch node.content {
    case .alias:
      report(.yamlAlias, at: node, "aliases (`*name`) are not supported; write the value out")
      return
    case .mapping: found = "a mapping"
    case .sequence: found = "a list"
    case .scalar: found = node.isNull ? "nothing" : "`\(node.text ?? "")`"
    }
    report(.wrongType, at: node, "\(expectation), found \(found)")
  }

  // MARK: Reporting

  private mutating func report(_ rule: LexiconRule, at node: YAMLNode, _ message: String) {
    report(rule, line: node.line, column: node.column, message)
  }

  private mutating func report(_ rule: LexiconRule, line: Int?, column: Int?, _ message: String) {
    diagnostics.append(
      Diagnostic(
        path: path, line: line, column: column, severity: rule.severity, rule: rule,
        message: message))
  }

  /// The offset of the first byte that is not part of valid UTF-8.
  static func firstInvalidUTF8Byte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }
}
