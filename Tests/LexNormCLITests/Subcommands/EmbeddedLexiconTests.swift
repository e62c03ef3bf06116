import Foundation
import Testing

/// `lexnorm` carries the bundled lexicon compiled (the EmbedCompiledLexicon plugin); every
/// command must see exactly what compiling `Lexicons/` now gives.
@Suite("The compiled bundled lexicon embedded in lexnorm")
struct EmbeddedLexiconTests {
  /// `compile` without paths writes the embedded index; compiling the YAML of `Lexicons/`
  /// alone gives the same bytes (entities, source locations and index alike).
  @Test func embeddedBytesEqualTheCompiledYAML() throws {
    let scratch = try ScratchFolder()
    let embedded = scratch.path("embedded.lnx")
    let fromYAML = scratch.path("yaml.lnx")
    let embeddedRun = try CLI.run(["compile", "-o", embedded])
    let yamlRun = try CLI.run(["compile", "--no-default-lexicon", "Lexicons", "-o", fromYAML])
    #expect(embeddedRun.status == 0 && yamlRun.status == 0)
    let summary = { (output: String, path: String) in output.dropFirst(path.count) }
    #expect(
      summary(embeddedRun.standardOutput, embedded) == summary(yamlRun.standardOutput, fromYAML))
    let embeddedBytes = try Data(contentsOf: URL(fileURLWithPath: embedded))
    #expect(embeddedBytes.count > 100_000)
    #expect(embeddedBytes == (try Data(contentsOf: URL(fileURLWithPath: fromYAML))))
  }

  /// The example articles give the same mentions with the embedded lexicon as with the YAML.
  @Test func annotateMatchesTheYAMLLexicon() throws {
    let embedded = try CLI.run(["annotate"] + exampleTexts)
    let fromYAML = try CLI.run(
      ["annotate", "--no-default-lexicon", "--lexicon", "Lexicons"] + exampleTexts)
    #expect(embedded.status == 0)
    #expect(embedded.standardError == "")
    #expect(try MentionRecord.parse(embedded.standardOutput).count > 40)
    #expect(embedded.standardOutput == fromYAML.standardOutput)
  }

  @Test func oneLineAnnotate() throws {
    let result = try CLI.run(["annotate"], input: Data("Tô Lâm gặp Лыонг Кыонг.\n".utf8))
    #expect(result.status == 0)
    let found = try MentionRecord.parse(result.standardOutput).map {
      [$0.id, "\($0.start)", "\($0.end)", $0.text]
    }
    #expect(
      found == [
        ["person:to-lam", "0", "8", "Tô Lâm"],
        ["person:luong-cuong", "15", "36", "Лыонг Кыонг"],
      ])
  }

  /// A collision with a bundled entity names the file, line and column of the bundled entity's
  /// ID, which the compiled lexicon keeps.
  @Test func collisionNamesTheBundledLine() throws {
    let scratch = try ScratchFolder()
    let file = try scratch.write(
      "user.yaml",
      Data(
        """
        entities:
          - id: person:to-lam-2
            kind: person
            labels: {vi: Tô Lâm}
            sources: [https://example.org/x]

        """.utf8))
    let bundled = try String(
      contentsOf: CLI.packageRoot.appendingPathComponent("Lexicons/persons.yaml"), encoding: .utf8)
    let lines = bundled.components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { $0.hasSuffix("- id: person:to-lam") })
    let column = lines[line].count - "person:to-lam".count + 1
    let result = try CLI.run(["validate", file])
    #expect(result.status == 1)
    #expect(
      result.standardOutput == """
        \(file):4:18: error: `Tô Lâm` is also a form of `person:to-lam` \
        (Lexicons/persons.yaml:\(line + 1):\(column)); set `ambiguous: true` on both if intended \
        [label-collision]

        """)
  }
}
