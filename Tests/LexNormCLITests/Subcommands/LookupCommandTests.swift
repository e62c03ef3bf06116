import Foundation
import Testing

@Suite("lexnorm lookup")
struct LookupCommandTests {
  /// One `--format json` line: the query and the IDs of its candidates in rank order.
  private struct Answer: Equatable {
    var query: String
    var ids: [String]

    init(query: String, ids: [String]) {
      self.query = query
      self.ids = ids
    }

    init(line: Substring) throws {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
      let fields = try #require(object as? [String: Any])
      #expect(Set(fields.keys) == ["query", "candidates"])
      query = try #require(fields["query"] as? String)
      let candidates = try #require(fields["candidates"] as? [[String: Any]])
      ids = try candidates.map { try #require($0["id"] as? String) }
    }
  }

  private func answers(_ output: String) throws -> [Answer] {
    try output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      .map(Answer.init(line:))
  }

  @Test func dativeRussianNameRanksLuongCuongFirst() throws {
    let result = try CLI.run(["lookup", "Лыонгу Кыонгу"])
    #expect(result.status == 0)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.first == "Лыонгу Кыонгу")
    #expect(
      lines.dropFirst().first?.hasPrefix("  1. person:luong-cuong  person  Lương Cường  ") == true)
  }

  @Test func jsonHasOneObjectPerQueryInOrder() throws {
    let queries = ["Лыонгу Кыонгу", "Mai", "Tô Lâm", "to", "Lyong Kyong"]
    let result = try CLI.run(["lookup", "--format", "json"] + queries)
    #expect(result.status == 0)
    let found = try answers(result.standardOutput)
    #expect(found.map(\.query) == queries)
    #expect(
      found.map { $0.ids.first ?? "" } == [
        "person:luong-cuong", "person:truong-thi-mai", "person:to-lam", "", "person:luong-cuong",
      ])
    #expect(found[3].ids == [])
  }

  /// Without NAME each line of standard input is one query, CRLF line ends included.
  @Test(arguments: ["\n", "\r\n"])
  func standardInputHasOneQueryPerLine(lineEnd: String) throws {
    let queries = ["Tô Lâm", "to", "Лыонгу Кыонгу"]
    let input = queries.map { $0 + lineEnd }.joined()
    let result = try CLI.run(["lookup", "--format", "json"], input: Data(input.utf8))
    #expect(result.status == 0)
    let found = try answers(result.standardOutput)
    #expect(found.map(\.query) == queries)
    #expect(found.map { $0.ids.first ?? "" } == ["person:to-lam", "", "person:luong-cuong"])
  }

  /// A line longer than the 1 MiB segment limit is still one query, answered once.
  @Test func overlongLineIsOneQuery() throws {
    let long = "Tô Lâm " + String(repeating: "x ", count: 800_000)
    let result = try CLI.run(
      ["lookup", "--format", "json"], input: Data((long + "\nto\n").utf8))
    #expect(result.status == 0)
    let found = try answers(result.standardOutput)
    #expect(found.count == 2)
    #expect(found.first?.query.hasPrefix("Tô Lâm x x ") == true)
    #expect(found.last == Answer(query: "to", ids: []))
  }

  @Test(arguments: ["mai", "to"])
  func lonePartsOfNamesMatchNothing(query: String) throws {
    let json = try CLI.run(["lookup", "--format", "json", query])
    #expect(try answers(json.standardOutput) == [Answer(query: query, ids: [])])
    let text = try CLI.run(["lookup", query])
    #expect(text.standardOutput == "\(query)\n  no match\n")
    #expect(text.status == 0)
  }

  @Test func labelLanguageChoosesTheLabel() throws {
    let result = try CLI.run(["lookup", "--format", "json", "--label-lang", "en", "Lương Cường"])
    let object =
      try JSONSerialization.jsonObject(
        with: Data(result.standardOutput.utf8)) as? [String: Any]
    let candidates = try #require(object?["candidates"] as? [[String: Any]])
    #expect(candidates.first?["label"] as? String == "Luong Cuong")
  }
}
