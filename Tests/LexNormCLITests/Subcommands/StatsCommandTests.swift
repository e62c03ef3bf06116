import Foundation
import Testing

@Suite("lexnorm stats")
struct StatsCommandTests {
  private static let valid = "Tests/LexNormTests/Fixtures/lexicons/valid.yaml"

  @Test func countsPerKindAndSources() throws {
    let result = try CLI.run(["stats", "--no-default-lexicon", "--lexicon", Self.valid])
    #expect(result.status == 0)
    #expect(
      result.standardOutput == """
        persons            4
        titles             2
        organizations      2
        places             2
        documents          1
        terms              1
        total              12
        with sources       12
        unverified         1
        with external ids  1
        roles              3
        roles with source  1

        """)
  }

  @Test func jsonAndCompiledLexicons() throws {
    let scratch = try ScratchFolder()
    let compiled = scratch.path("valid.lnx")
    let compile = try CLI.run(["compile", "--no-default-lexicon", Self.valid, "-o", compiled])
    #expect(compile.status == 0)
    let expected = """
      {"persons": 4, "titles": 2, "organizations": 2, "places": 2, "documents": 1, "terms": 1, \
      "total": 12, "with_sources": 12, "unverified": 1, "with_external_ids": 1, "roles": 3, \
      "roles_with_source": 1}

      """
    for lexicon in [["--no-default-lexicon", "--lexicon", Self.valid], ["--lexicon", compiled]] {
      let result = try CLI.run(["stats", "--format", "json"] + lexicon)
      #expect(result.standardOutput == expected)
    }
  }
}
