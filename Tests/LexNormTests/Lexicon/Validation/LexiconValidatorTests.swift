import Foundation
import Testing

@testable import LexNorm

/// The fixtures folder, found through this file's path (no SwiftPM resources).
private let fixtures = TestPaths.fixtures.appendingPathComponent("lexicons")

/// A stand-in for the real Russian transcription: a fixed table.
private let fakeTranscription: @Sendable (String) -> String = {
  ["Lương Cường": "Лыонг Кыонг", "Tô Lâm": "То Лам"][$0] ?? "?"
}

private struct Finding: Equatable, CustomStringConvertible {
  var rule: LexiconRule
  var line: Int?
  var column: Int?
  var description: String { "\(rule.rawValue)@\(line ?? 0):\(column ?? 0)" }

  init(_ rule: LexiconRule, _ line: Int?, _ column: Int?) {
    self.rule = rule
    self.line = line
    self.column = column
  }

  init(_ diagnostic: Diagnostic) {
    self.init(diagnostic.rule, diagnostic.line, diagnostic.column)
  }
}

@Suite("Lexicon validation")
struct LexiconValidatorTests {
  /// Each fixture `invalid/<rule>.yaml` breaks exactly its rule, at one place.
  @Test(arguments: [
    (LexiconRule.invalidUTF8, 4, 24),
    (.yamlSyntax, 5, 1),
    (.yamlAlias, 6, 5),
    (.unsupportedVersion, 1, 10),
    (.wrongType, 4, 13),
    (.unknownKey, 5, 5),
    (.duplicateKey, 5, 5),
    (.misplacedKey, 5, 5),
    (.missingKey, 2, 5),
    (.invalidID, 2, 9),
    (.unknownKind, 3, 11),
    (.idKindMismatch, 2, 9),
    (.duplicateID, 5, 9),
    (.unknownLanguage, 6, 7),
    (.multipleLabels, 6, 7),
    (.emptyString, 6, 11),
    (.tooLong, 6, 11),
    (.whitespace, 6, 11),
    (.notNFC, 5, 11),
    (.mixedScript, 6, 11),
    (.aliasEqualsLabel, 6, 12),
    (.labelCollision, 7, 18),
    (.foldedCollision, 7, 18),
    (.unknownTitle, 6, 16),
    (.invalidDate, 7, 15),
    (.dateOrder, 8, 16),
    (.overlappingHolders, 17, 16),
    (.russianTranscription, 6, 11),
    (.invalidURL, 5, 15),
    (.unknownRule, 5, 19),
    (.missingSources, 2, 9),
    (.unknownReplacement, 7, 18),
    (.overlappingValidity, 7, 18),
  ])
  func fixtureBreaksOneRule(rule: LexiconRule, line: Int, column: Int) {
    let file = fixtures.appendingPathComponent("invalid/\(rule.rawValue).yaml")
    let report = LexiconValidator(russianTranscription: fakeTranscription).validate([file])
    let findings = rule == .missingSources ? report.diagnostics : report.findingsBesidesSources
    #expect(findings.map(Finding.init) == [Finding(rule, line, column)])
    #expect(findings.allSatisfy { $0.path == file.relativePath })
    #expect(findings.map(\.severity) == [rule.severity])
  }

  @Test func everyRuleHasAFixtureOrATestOfItsOwn() throws {
    let names = try FileManager.default.contentsOfDirectory(
      atPath: fixtures.appendingPathComponent("invalid").path)
    let covered = Set(names.map { String($0.dropLast(".yaml".count)) })
      .union(["unreadable", "no-lexicon-files", "empty-file", "compiled-lexicon"])
    #expect(covered == Set(LexiconRule.allCases.map(\.rawValue)))
  }

  @Test func emptyFileIsAWarningAboutTheWholeFile() {
    let file = fixtures.appendingPathComponent("invalid/empty-file.yaml")
    let report = LexiconValidator().validate([file])
    #expect(report.diagnostics.map(Finding.init) == [Finding(.emptyFile, nil, nil)])
    #expect(!report.hasErrors)
  }

  @Test func russianTranscriptionIsSkippedWithoutATranscription() {
    let file = fixtures.appendingPathComponent("invalid/russian-transcription.yaml")
    #expect(LexiconValidator().validate([file]).diagnostics.isEmpty)
  }

  @Test func validFixtureHasNoFindingsAndEveryField() throws {
    let file = fixtures.appendingPathComponent("valid.yaml")
    let report = LexiconValidator(russianTranscription: fakeTranscription).validate([file])
    #expect(report.diagnostics.map(\.description) == [])
    let lexicon = try Lexicon.load(from: [file])
    #expect(
      lexicon.entities.map(\.id) == [
        "person:luong-cuong", "person:to-lam", "person:nguyen-van-an-1937",
        "person:nguyen-van-an-1955", "title:president", "title:general-secretary",
        "organization:national-assembly", "place:hanoi", "place:ha-tay",
        "organization:example-committee", "document:constitution-2013", "term:doi-moi",
      ])
    let luongCuong = try #require(lexicon["person:luong-cuong"])
    #expect(luongCuong.labels == [.vi: "Lương Cường", .en: "Luong Cuong", .ru: "Лыонг Кыонг"])
    #expect(luongCuong.aliases == [.ru: ["Лыонг Кыонга"]])
    #expect(
      luongCuong.roles == [
        Role(
          title: "title:president", from: CalendarDate(iso8601: "2024-10-21"),
          source: "https://example.org/president-2024")
      ])
    #expect(luongCuong.sources == ["https://example.org/luong-cuong", "http://example.org/a?b=1"])
    #expect(luongCuong.externalIDs == ["wikidata": "Q123"])
    #expect(luongCuong.unverified.isEmpty && luongCuong.acknowledged.isEmpty)
    let toLam = try #require(lexicon["person:to-lam"])
    #expect(toLam.unverified == ["roles"])
    #expect(toLam.acknowledged == [.russianTranscription, .overlappingHolders])
    #expect(toLam.roles.map(\.isUnverified) == [false, true])
    let haTay = try #require(lexicon["place:ha-tay"])
    #expect(haTay.validity == Validity(until: CalendarDate(iso8601: "2008-07-31")))
    #expect(haTay.replacedBy == "place:hanoi")
    #expect(
      lexicon["organization:example-committee"]?.validity
        == Validity(
          from: CalendarDate(iso8601: "1955-10-08"), until: CalendarDate(iso8601: "1995-10-31")))
    #expect(lexicon["place:hanoi"]?.validity == Validity())
    #expect(luongCuong.location == SourceLocation(path: file.relativePath, line: 4, column: 9))
    let president = try #require(lexicon["title:president"])
    #expect(president.hasSingleHolder && president.kind == .title)
    #expect(lexicon["title:general-secretary"]?.hasSingleHolder == true)
    #expect(lexicon["person:nguyen-van-an-1955"]?.generatesVariants == false)
    #expect(lexicon["person:nguyen-van-an-1955"]?.isAmbiguous == true)
    #expect(lexicon["person:to-lam"]?.generatesVariants == true)
    let french = try #require(LanguageTag(rawValue: "fr"))
    #expect(lexicon["organization:national-assembly"]?.labels[french] == "Assemblée nationale")
    let handover = try #require(CalendarDate(iso8601: "2024-10-21"))
    #expect(
      lexicon.holders(of: "title:president", on: handover).map(\.id) == [
        "person:luong-cuong", "person:to-lam",
      ])
  }

  @Test func duplicateIDsAcrossFilesNameBothPlaces() {
    let entity = "entities:\n  - id: place:hue\n    kind: place\n    labels: {vi: Huế}\n"
    let report = LexiconValidator().validate([
      LexiconSource(path: "a.yaml", text: entity),
      LexiconSource(path: "b.yaml", text: "# Hue again\n" + entity),
    ])
    #expect(
      report.findingsBesidesSources.map(\.description) == [
        "b.yaml:3:9: error: duplicate ID `place:hue`; first defined at a.yaml:2:9 [duplicate-id]"
      ])
  }

  @Test func collisionsAcrossFilesAndAmbiguousPairs() {
    let person = { (id: String, name: String, ambiguous: Bool) in
      "entities:\n  - id: person:\(id)\n    kind: person\n    ambiguous: \(ambiguous)\n"
        + "    labels: {vi: \(name)}\n"
    }
    let report = LexiconValidator().validate([
      LexiconSource(path: "a.yaml", text: person("a", "Lê Văn Hà", true)),
      LexiconSource(path: "b.yaml", text: person("b", "Lê Văn Hà", true)),
      LexiconSource(path: "c.yaml", text: person("c", "LÊ VĂN HÀ", false)),
      LexiconSource(path: "d.yaml", text: person("d", "Lê Văn Hạ", false)),
    ])
    #expect(
      report.findingsBesidesSources.map(\.description) == [
        "c.yaml:5:18: error: `LÊ VĂN HÀ` is also a form of `person:a` (a.yaml:5:18); "
          + "set `ambiguous: true` on both if intended [label-collision]",
        "d.yaml:5:18: error: `Lê Văn Hạ` folds to the same key as `Lê Văn Hà` of `person:a` "
          + "(a.yaml:5:18); text without diacritics cannot tell them apart; set `ambiguous: true` "
          + "on both if intended [folded-collision]",
      ])
  }

  @Test(arguments: [
    // Roles
    ("roles: [{title: place:hue}]", "role names `place:hue`, which is a place, not a title"),
    ("roles: [{from: 2020-01-01}]", "role without `title` (such as `title: title:president`)"),
    (
      "roles: title:president",
      "`roles` must be a list of `{title: …, from: …, until: …}`, found `title:president`"
    ),
    // Values
    ("generate: yes", "`generate` must be true or false, found `yes`"),
    ("ambiguous: \"true\"", "`ambiguous` must be true or false, found `true`"),
    ("single-holder: true", "`single-holder` belongs to titles only"),
    ("aliases: {en: Nguyen}", "the `en` aliases must be a list (`en: [form, …]`), found `Nguyen`"),
    ("aliases: {en: [x], en: [y]}", "duplicate key `en` (first at 5:15)"),
    ("aliases: {VI: [x]}", "unknown language tag `VI`; write it in lower case: `vi`"),
    ("aliases: {vi-VN: [x]}", "unknown language tag `vi-VN`; write the language alone: `vi`"),
    ("aliases: {en: [\"x\\u00A0y\"]}", "alias `x\u{A0}y` contains U+00A0; use a plain space"),
    ("aliases: {en: [\" x\"]}", "alias ` x` has leading or trailing space"),
    ("aliases: {en: [[x]]}", "the alias must be text, found a list"),
    ("aliases: {en: [~]}", "empty alias"),
    // New keys
    (
      "from: 2020-01-01",
      "`from` belongs to organizations and places only; a person's offices go in `roles`"
    ),
    (
      "replaced-by: place:hue",
      "`replaced-by` belongs to organizations and places only; a person's offices go in `roles`"
    ),
    (
      "sources: https://example.org",
      "`sources` must be a list (`sources: [ … ]`), found `https://example.org`"
    ),
    (
      "sources: [ftp://example.org]",
      "`ftp://example.org` is not a URL; write the page's address, starting with https:// or http://"
    ),
    ("unverified: true", "`unverified` must be a list (`unverified: [ … ]`), found `true`"),
    (
      "acknowledge: [no-such-rule]",
      "`no-such-rule` is not a rule; acknowledge only warnings about entities: overlapping-holders, russian-transcription, missing-sources, overlapping-validity"
    ),
    (
      "external-ids: [Q1]",
      "`external-ids` must map schemes to identifiers (`wikidata: Q123`), found a list"
    ),
    (
      "external-ids: {Wikidata: Q1}",
      "scheme `Wikidata` must be lower-case ASCII letters and hyphens, such as `wikidata`"
    ),
    (
      "roles: [{title: title:x, source: example}]",
      "`example` is not a URL; write the page's address, starting with https:// or http://"
    ),
    (
      "roles: [{title: title:x, unverified: [from]}]",
      "`unverified` must be true or false, found a list"
    ),
  ])
  func entityProblems(line: String, message: String) {
    let text = """
      entities:
        - id: person:hoa
          kind: person
          labels: {vi: Hòa}
          \(line)
        - id: place:hue
          kind: place
          labels: {vi: Huế}
        - id: title:x
          kind: title
          labels: {en: Office X}
      """
    let report = LexiconValidator().validate([LexiconSource(path: "x.yaml", text: text)])
    #expect(report.findingsBesidesSources.map(\.message) == [message])
    #expect(report.findingsBesidesSources.first?.line == 5)
  }

  @Test func topLevelProblems() {
    let cases: [(String, [String])] = [
      (
        "- a\n- b\n",
        [
          "x.yaml:1:1: error: the top level must be a mapping of `key: value` lines, found a list [wrong-type]"
        ]
      ),
      (
        "version: 1\n",
        ["x.yaml:1:1: error: missing `entities`, the list of entities [missing-key]"]
      ),
      (
        "entities:\n",
        [
          "x.yaml:1:10: error: `entities` must be a list of entities (lines starting with `- `), found nothing [wrong-type]"
        ]
      ),
      (
        "entities: []\n---\nentities: []\n",
        [
          "x.yaml:3:1: error: a lexicon file holds one YAML document; remove the `---` and merge the entities [yaml-syntax]"
        ]
      ),
      (
        "entities: []\nentites: []\n",
        [
          "x.yaml:2:1: error: unknown key `entites` in the top level; expected `version`, `entities` [unknown-key]"
        ]
      ),
      (
        "entities:\n  - [a]\n",
        [
          "x.yaml:2:5: error: an entity must be a mapping of `key: value` lines, found a list [wrong-type]"
        ]
      ),
      (
        "entities:\n  - {}\n",
        [
          "x.yaml:2:5: error: entity without `id` (such as `id: person:to-lam`) [missing-key]",
          "x.yaml:2:5: error: entity has no `kind` [missing-key]",
          "x.yaml:2:5: error: entity has no `labels` (such as `labels: {vi: Tô Lâm}`) [missing-key]",
        ]
      ),
      (
        "entities:\n  - {id: place:x, kind: place, labels: {}}\n",
        [
          "x.yaml:2:40: error: entity `place:x` needs at least one label [missing-key]"
        ]
      ),
    ]
    for (text, expected) in cases {
      let report = LexiconValidator().validate([LexiconSource(path: "x.yaml", text: text)])
      #expect(report.findingsBesidesSources.map(\.description) == expected, "\(text)")
    }
  }

  /// Inputs that must produce findings, never a crash or a hang.
  @Test(arguments: [
    (
      String(repeating: "[", count: 100_000), "1:1",
      "nesting deeper than 1000 levels while parsing (line 1, column 1)"
    ),
    (
      String(repeating: "- ", count: 100_000) + "x\n", "1:1999",
      "nesting deeper than 1000 levels while parsing (line 1, column 1999)"
    ),
    (
      String(repeating: "{a: ", count: 100_000), "1:3997",
      "nesting deeper than 1000 levels while parsing (line 1, column 3997)"
    ),
    ("entities: [\u{0}]", "1:12", "control characters are not allowed"),
    (
      "entities:\n\t- x", "2:1",
      "found character that cannot start any token while scanning for the next token (line 2, column 1)"
    ),
  ])
  func brokenYAMLIsReported(text: String, position: String, message: String) {
    let report = LexiconValidator().validate([LexiconSource(path: "x.yaml", text: text)])
    #expect(
      report.diagnostics.map(\.description) == [
        "x.yaml:\(position): error: \(message) [yaml-syntax]"
      ])
  }

  @Test func bigFilesAndBinaryFiles() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("lexnorm-validator-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("nested/.hidden"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0xFF]).write(
      to: folder.appendingPathComponent("binary.yaml"))
    try Data(("entities: [" + String(repeating: "a", count: 3_000_000)).utf8).write(
      to: folder.appendingPathComponent("nested/big.yml"))
    try Data().write(to: folder.appendingPathComponent("nested/.hidden/skipped.yaml"))
    try Data().write(to: folder.appendingPathComponent("nested/notes.txt"))

    let report = LexiconValidator().validate([folder, folder.appendingPathComponent("missing")])
    let root = folder.relativePath
    #expect(
      report.diagnostics.map(\.description) == [
        "\(root)/binary.yaml:1:8: error: invalid UTF-8 at byte 7 [invalid-utf8]",
        "\(root)/nested/big.yml:2:1: error: did not find expected ',' or ']' while "
          + "parsing a flow sequence (line 1, column 11) [yaml-syntax]",
        "\(root)/missing: error: no such file or folder [unreadable]",
      ])
    #expect(report.files == ["\(root)/binary.yaml", "\(root)/nested/big.yml"])
  }

  @Test func folderWithoutLexiconFilesIsAWarning() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("lexnorm-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let report = LexiconValidator().validate([folder])
    #expect(report.diagnostics.map(Finding.init) == [Finding(.noLexiconFiles, nil, nil)])
    #expect(try Lexicon.load(from: [folder]).entities.isEmpty)
  }

  @Test func oneBadFileKeepsTheOthers() {
    let report = LexiconValidator().validate([
      fixtures.appendingPathComponent("invalid/yaml-syntax.yaml"),
      fixtures.appendingPathComponent("valid.yaml"),
      fixtures.appendingPathComponent("invalid/unknown-language.yaml"),
    ])
    #expect(report.findingsBesidesSources.map(\.rule) == [.yamlSyntax, .unknownLanguage])
    #expect(report.entities.count == 13)
    #expect(report.entities.last?.id == "person:unknown-language-case")
  }

  @Test func loadingThrowsWithEveryDiagnostic() {
    let text = "entities:\n  - {id: place:x, kind: plac, labels: {vn: X}}\n"
    #expect {
      try Lexicon.load(yaml: text, path: "mem.yaml")
    } throws: { error in
      guard let error = error as? LexiconLoadingError else { return false }
      return error.diagnostics.map(\.description) == [
        "mem.yaml:2:25: error: unknown kind `plac`; expected one of person, title, organization, place, document, term [unknown-kind]",
        "mem.yaml:2:40: error: unknown language tag `vn`; did you mean `vi`? [unknown-language]",
      ]
    }
  }

  @Test func loadingFromText() throws {
    let lexicon = try Lexicon.load(
      yaml: "entities:\n  - {id: term:doi-moi, kind: term, labels: {vi: Đổi Mới}}\n", path: "m.yaml"
    )
    #expect(lexicon.entities.map(\.id) == ["term:doi-moi"])
    #expect(
      lexicon["term:doi-moi"]?.location == SourceLocation(path: "m.yaml", line: 2, column: 10))
  }

  @Test func bundledLexiconIsTheLexiconsFolder() throws {
    let folder = TestPaths.packageRoot.appendingPathComponent("Lexicons")
    let fromFolder = LexiconValidator().validate([folder])
    #expect(!fromFolder.hasErrors)
    #expect(
      try Lexicon.bundled().entities.map(\.id)
        == Lexicon(entities: fromFolder.entities).entities.map(\.id))
    #expect(Lexicon.bundledFileNames.map { "\(folder.relativePath)/\($0)" } == fromFolder.files)
  }

  @Test(arguments: [
    ("person:to-lam", true), ("title:general-secretary", true),
    ("document:constitution-2013", true),
    ("person:", false), ("person:to--lam", false), ("person:-to", false), ("person:to-", false),
    ("Person:to", false), ("person:To", false), ("person:tô", false), ("to-lam", false),
    ("person:to:lam", false), (":to", false), ("person:to lam", false),
  ])
  func idSyntax(id: String, valid: Bool) {
    #expect(LexiconFileDecoder.isWellFormedID(id) == valid)
  }

  // MARK: Huge and foreign input

  /// A value of 2 MB (combining marks, the worst case for NFC) gives a short diagnostic.
  @Test func quotedValuesAreCut() {
    let marks = String(repeating: "\u{0301}", count: 1_000_000)
    let yaml = "entities:\n  - id: person:x\n    kind: person\n    labels: {vi: \"a\(marks)\"}\n"
    let report = LexiconValidator().validate([LexiconSource(path: "huge.yaml", text: yaml)])
    let cut = "a" + String(repeating: "\u{0301}", count: 119)
    #expect(
      report.diagnostics.filter { $0.rule != .missingSources }.map(\.description) == [
        "huge.yaml:4:18: error: label `\(cut)…` is longer than 200 characters; "
          + "labels, aliases and IDs are names [too-long]"
      ])
  }

  @Test(arguments: [
    ("short `Tô Lâm` stays", "short `Tô Lâm` stays"),
    (
      "label `" + String(repeating: "Tô Lâm ", count: 30) + "` is bad",
      "label `" + String(repeating: "Tô Lâm ", count: 17) + "T…` is bad"
    ),
  ])
  func excerptsAreCapped(message: String, expected: String) {
    #expect(Diagnostic.cappingExcerpts(message) == expected)
  }

  @Test func compiledLexiconIsNamedAsSuch() {
    let compiled = Annotator(lexicon: Lexicon(entities: [])).compiled()
    let text = String(decoding: compiled, as: UTF8.self)
    let report = LexiconValidator().validate([LexiconSource(path: "people.lnx", text: text)])
    #expect(
      report.diagnostics.map(\.description) == [
        "people.lnx: error: a compiled lexicon (.lnx), not YAML: validate the YAML files it was "
          + "compiled from [compiled-lexicon]"
      ])
  }

  /// The size check before reading must let a file of zero bytes through.
  @Test func zeroByteFileIsAnEmptyFile() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("lexnorm-zero-\(UUID().uuidString).yaml")
    try Data().write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let report = LexiconValidator().validate([file])
    #expect(report.diagnostics.map(Finding.init) == [Finding(.emptyFile, nil, nil)])
  }

  @Test func tooLargeTextIsRefusedUnparsed() {
    let text = String(repeating: "#", count: LexiconValidator.maximumFileSize + 1)
    let report = LexiconValidator().validate([LexiconSource(path: "big.yaml", text: text)])
    #expect(
      report.diagnostics.map(\.description) == [
        "big.yaml: error: larger than 64 MiB; split the lexicon [unreadable]"
      ])
  }
}
