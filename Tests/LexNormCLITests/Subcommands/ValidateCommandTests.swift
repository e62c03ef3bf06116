import Foundation
import Testing

/// Relative to the package root, where `CLI.run` starts `lexnorm`.
private let invalid = "Tests/LexNormTests/Fixtures/lexicons/invalid"
private let valid = "Tests/LexNormTests/Fixtures/lexicons/valid.yaml"

@Suite("lexnorm validate")
struct ValidateCommandTests {
  /// Every broken fixture in one run: all findings, each at its exact place.
  @Test func reportsEveryProblemOfAFolderInOneRun() throws {
    let result = try CLI.run(["validate", "--no-default-lexicon", invalid])
    #expect(result.status == 1)
    #expect(result.standardError == "")
    // Most fixtures have no `sources`: that rule counts only in its own fixture.
    let lines = result.standardOutput.split(separator: "\n").filter {
      !$0.hasSuffix("[missing-sources]") || $0.contains("/missing-sources.yaml:")
    }
    let findings = lines.map { line in
      // path:line:column: severity: message [rule]  →  "file line:column severity rule"
      let head = line.split(separator: " ", maxSplits: 2)
      let place = head[0].dropLast().split(separator: ":")
      let file = place[0].dropFirst(invalid.count + 1)
      let position = place.count == 3 ? " \(place[1]):\(place[2])" : ""
      let rule = line.split(separator: "[").last?.dropLast() ?? ""
      return "\(file)\(position) \(head[1].dropLast()) \(rule)"
    }
    #expect(
      findings == [
        "alias-equals-label.yaml 6:12 error alias-equals-label",
        "date-order.yaml 8:16 error date-order",
        "duplicate-id.yaml 5:9 error duplicate-id",
        "duplicate-key.yaml 5:5 error duplicate-key",
        "empty-file.yaml warning empty-file",
        "empty-string.yaml 6:11 error empty-string",
        "folded-collision.yaml 7:18 error folded-collision",
        "id-kind-mismatch.yaml 2:9 error id-kind-mismatch",
        "invalid-date.yaml 7:15 error invalid-date",
        "invalid-id.yaml 2:9 error invalid-id",
        "invalid-url.yaml 5:15 error invalid-url",
        "invalid-utf8.yaml 4:24 error invalid-utf8",
        "label-collision.yaml 7:18 error label-collision",
        "misplaced-key.yaml 5:5 error misplaced-key",
        "missing-key.yaml 2:5 error missing-key",
        "missing-sources.yaml 2:9 warning missing-sources",
        "mixed-script.yaml 6:11 error mixed-script",
        "multiple-labels.yaml 6:7 error multiple-labels",
        "not-nfc.yaml 5:11 error not-nfc",
        "overlapping-holders.yaml 17:16 warning overlapping-holders",
        "overlapping-validity.yaml 7:18 warning overlapping-validity",
        "russian-transcription.yaml 6:11 warning russian-transcription",
        "too-long.yaml 6:11 error too-long",
        "unknown-key.yaml 5:5 error unknown-key",
        "unknown-kind.yaml 3:11 error unknown-kind",
        "unknown-language.yaml 6:7 error unknown-language",
        "unknown-replacement.yaml 7:18 error unknown-replacement",
        "unknown-rule.yaml 5:19 error unknown-rule",
        "unknown-title.yaml 6:16 error unknown-title",
        "unsupported-version.yaml 1:10 error unsupported-version",
        "whitespace.yaml 6:11 error whitespace",
        "wrong-type.yaml 4:13 error wrong-type",
        "yaml-alias.yaml 6:5 error yaml-alias",
        "yaml-syntax.yaml 5:1 error yaml-syntax",
      ])
  }

  private let formatInputs = [
    "--no-default-lexicon", "\(invalid)/unknown-language.yaml", "\(invalid)/empty-file.yaml",
    "no/such.yaml",
  ]

  @Test func textFormat() throws {
    let result = try CLI.run(["validate"] + formatInputs)
    #expect(result.status == 1)
    #expect(
      result.standardOutput == """
        \(invalid)/unknown-language.yaml:6:7: error: unknown language tag `vn`; did you mean `vi`? [unknown-language]
        \(invalid)/empty-file.yaml: warning: the file defines no entities [empty-file]
        no/such.yaml: error: no such file or folder [unreadable]

        """)
  }

  @Test func jsonFormat() throws {
    let result = try CLI.run(["validate", "--format", "json"] + formatInputs)
    #expect(result.status == 1)
    #expect(
      result.standardOutput == """
        [
          {"path": "\(invalid)/unknown-language.yaml", "line": 6, "column": 7, "severity": "error", "rule": "unknown-language", "message": "unknown language tag `vn`; did you mean `vi`?"},
          {"path": "\(invalid)/empty-file.yaml", "line": null, "column": null, "severity": "warning", "rule": "empty-file", "message": "the file defines no entities"},
          {"path": "no/such.yaml", "line": null, "column": null, "severity": "error", "rule": "unreadable", "message": "no such file or folder"}
        ]

        """)
    let parsed = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    #expect((parsed as? [[String: Any]])?.count == 3)
    let clean = try CLI.run(["validate", "--no-default-lexicon", "--format", "json", valid])
    #expect(clean.standardOutput == "[]\n")
  }

  @Test func jsonEscapesQuotesAndControlCharacters() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("lexnorm-json-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("q.yaml")
    try Data("entities:\n  - {id: place:q, kind: place, labels: {en: \"a\\\"\\tb\"}}\n".utf8)
      .write(to: file)
    let result = try CLI.run(["validate", "--no-default-lexicon", "--format", "json", file.path])
    #expect(
      result.standardOutput.contains(
        #""message": "label `a\"\tb` contains U+0009; use a plain space"}"#))
  }

  @Test func githubFormat() throws {
    let result = try CLI.run(["validate", "--format", "github"] + formatInputs)
    #expect(result.status == 1)
    #expect(
      result.standardOutput == """
        ::error file=\(invalid)/unknown-language.yaml,line=6,col=7::unknown language tag `vn`; did you mean `vi`? [unknown-language]
        ::warning file=\(invalid)/empty-file.yaml::the file defines no entities [empty-file]
        ::error file=no/such.yaml::no such file or folder [unreadable]

        """)
  }

  private static let exitStatuses: [([String], Int32)] = [
    ([valid], 0),
    ([valid, "--strict"], 0),
    (["\(invalid)/russian-transcription.yaml"], 0),  // warnings only
    (["\(invalid)/russian-transcription.yaml", "--strict"], 1),
    (["\(invalid)/folded-collision.yaml"], 1),
    (["\(invalid)/duplicate-key.yaml"], 1),
    ([], 2),
    (["--format", "xml", valid], 2),
  ]

  @Test(arguments: exitStatuses)
  func exitStatus(arguments: [String], status: Int32) throws {
    #expect(try CLI.run(["validate", "--no-default-lexicon"] + arguments).status == status)
  }

  @Test func russianLabelIsCheckedAgainstTheTranscription() throws {
    let result = try CLI.run([
      "validate", "--no-default-lexicon", "\(invalid)/russian-transcription.yaml",
    ])
    #expect(result.status == 0)
    #expect(
      result.standardOutput == """
        \(invalid)/russian-transcription.yaml:6:11: warning: ru label `Лыонг Куонг` differs from \
        the transcription `Лыонг Кыонг` of `Lương Cường` [russian-transcription]

        """)
  }

  @Test func bundledLexiconSourcesHaveNoErrors() throws {
    let result = try CLI.run(["validate", "Lexicons"])
    #expect(result.status == 0)
    #expect(!result.standardOutput.contains(": error: "))
  }

  @Test func validLexiconPrintsNothing() throws {
    let result = try CLI.run(["validate", "--no-default-lexicon", valid])
    #expect(result.standardOutput == "")
    #expect(result.standardError == "")
  }

  @Test func helpTeachesWithExamplesAndRules() throws {
    let result = try CLI.run(["validate", "--help"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("lexnorm validate --format github Lexicons"))
    #expect(
      result.standardOutput.contains(
        "unknown-language: not a known lower-case language tag (vn: use vi)"))
    #expect(result.standardOutput.contains("Lexicons/README.md"))
    #expect(try CLI.run(["--help"]).standardOutput.contains("lexnorm validate Lexicons"))
  }
}

@Suite("lexnorm validate with the bundled lexicon")
struct ValidateAgainstBundledTests {
  /// A made-up person in an office the bundled lexicon defines.
  private static let user = """
    entities:
      - id: person:khong-ten
        kind: person
        labels: {vi: Khổng Văn Tên}
        sources: [https://example.org/khong-ten]
        roles: [{title: title:president, from: 1900-01-01, until: 1900-12-31}]

    """

  @Test func referencesToBundledTitlesResolve() throws {
    let scratch = try ScratchFolder()
    let file = try scratch.write("user.yaml", Data(Self.user.utf8))
    let result = try CLI.run(["validate", "--strict", file])
    #expect(result.status == 0)
    #expect(result.standardOutput == "")
    let alone = try CLI.run(["validate", "--no-default-lexicon", file])
    #expect(alone.status == 1)
    #expect(
      alone.standardOutput == """
        \(file):6:21: error: role names `title:president`, which no lexicon file defines [unknown-title]

        """)
    let annotated = try CLI.run(
      ["annotate", "--lexicon", file, "--date", "1900-06-01"],
      input: Data("Президент выступил с речью.\n".utf8))
    #expect(annotated.status == 0)
    let records = try MentionRecord.parse(annotated.standardOutput)
    #expect(records.map(\.id) == ["title:president"])
    #expect(records.map(\.refersTo) == ["person:khong-ten"])
  }

  @Test func collisionsWithBundledEntitiesNameBothPlaces() throws {
    let scratch = try ScratchFolder()
    let file = try scratch.write(
      "user.yaml",
      Data(
        """
        entities:
          - id: person:luong-cuong-2
            kind: person
            labels: {vi: Lương Cường}
            sources: [https://example.org/x]

        """.utf8))
    let result = try CLI.run(["validate", file])
    #expect(result.status == 1)
    #expect(
      result.standardOutput.hasPrefix(
        "\(file):4:18: error: `Lương Cường` is also a form of `person:luong-cuong` "
          + "(Lexicons/persons.yaml:"))
    #expect(result.standardOutput.hasSuffix("[label-collision]\n"))
    let annotate = try CLI.run(["annotate", "--lexicon", file], input: Data("x\n".utf8))
    #expect(annotate.status == 1)
    #expect(annotate.standardError.hasPrefix("lexnorm: \(file):4:18: error: `Lương Cường`"))
  }
}
