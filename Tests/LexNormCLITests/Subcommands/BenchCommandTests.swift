import Foundation
import Testing

/// `lexnorm bench`: the figures are timings, so the tests check what is not: the keys, counts
/// and sizes each summary reports.
@Suite("lexnorm bench")
struct BenchCommandTests {
  private func summary(_ output: String) throws -> [String: Double] {
    let object = try JSONSerialization.jsonObject(with: Data(output.utf8))
    return try #require(object as? [String: Double])
  }

  @Test(arguments: ["de-parteitag.txt", "ru-president-visit.txt", "vi-hoi-nghi.txt"])
  func annotateCountsWhatAnnotatePrints(text: String) throws {
    let path = "Examples/texts/\(text)"
    let printed = try CLI.run(["annotate", path]).standardOutput.split(separator: "\n").count
    let result = try CLI.run(["bench", "annotate", "--corpus", path])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("{\"mb\": "))
    let figures = try summary(result.standardOutput)
    let bytes =
      try FileManager.default.attributesOfItem(
        atPath: CLI.packageRoot.appendingPathComponent(path).path)[.size] as? Int
    #expect(figures["matches"] == Double(printed))
    #expect(figures["mb"] == (Double(try #require(bytes)) / 1_000).rounded() / 1_000)
    #expect(
      Set(figures.keys) == [
        "mb", "seconds", "mb_per_s", "matches", "build_seconds", "peak_rss_mb", "entities",
      ])
  }

  @Test func lookupCountsQueriesAndAnswers() throws {
    let queries = FileManager.default.temporaryDirectory
      .appendingPathComponent("lexnorm-bench-queries-\(UUID().uuidString).txt")
    try Data("Лыонгу Кыонгу\nTô Lâm\n\nnobody at all\n".utf8).write(to: queries)
    defer { try? FileManager.default.removeItem(at: queries) }
    let result = try CLI.run(["bench", "lookup", "--queries", queries.path])
    #expect(result.status == 0)
    let figures = try summary(result.standardOutput)
    #expect(figures["queries"] == 3)
    #expect(figures["found"] == 2)
    let p50 = try #require(figures["p50_us"])
    let p99 = try #require(figures["p99_us"])
    #expect(p50 > 0 && p50 <= p99)
  }

  @Test func loadReportsTheEntitiesOfTheLexicon() throws {
    let result = try CLI.run([
      "bench", "load", "--no-default-lexicon", "--lexicon",
      "Tests/LexNormTests/Fixtures/lexicons/valid.yaml",
    ])
    #expect(result.status == 0)
    let figures = try summary(result.standardOutput)
    #expect(figures["entities"] == 12)
    #expect((figures["lnx_mb"] ?? 0) > 0)
  }

  @Test(arguments: [["lookup", "--queries", "x", "--rounds", "0"], ["load", "--rounds", "0"]])
  func rejectsZeroRounds(arguments: [String]) throws {
    let result = try CLI.run(["bench"] + arguments)
    #expect(result.status == 2)
    #expect(result.standardError.hasPrefix("lexnorm: error: --rounds must be at least 1"))
  }

  @Test func isHiddenFromTheTopLevelHelp() throws {
    let help = try CLI.run(["--help"]).standardOutput
    #expect(help.contains("annotate"))
    #expect(!help.contains("bench"))
  }
}
