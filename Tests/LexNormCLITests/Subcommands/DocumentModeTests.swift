import Foundation
import Testing

/// Plain-text input: each file (or standard input) is one document, read whole up to
/// `--max-document-bytes`, so short forms before the full name on an earlier line are linked.
@Suite("lexnorm annotate: one file, one document")
struct DocumentModeTests {
  static let headline = "Chinh lands\n\nLeader Pham Minh Chinh arrived.\n"

  /// (files, extra options) → every mention as "file-number start end id method…".
  static let cases: [(files: [String], options: [String], expected: [String])] = [
    (
      [headline], [],
      ["0 0 5 person:pham-minh-chinh short-form", "0 20 35 person:pham-minh-chinh exact"]
    ),
    // Streaming (a limit below the file's size): the headline comes before the name.
    ([headline], ["--max-document-bytes", "10"], ["0 20 35 person:pham-minh-chinh exact"]),
    // Two files are two documents: the name in the second does not reach the first.
    (
      ["Chinh lands\n", "Pham Minh Chinh arrived.\nChinh left.\n"], [],
      ["1 0 15 person:pham-minh-chinh exact", "1 25 30 person:pham-minh-chinh short-form"]
    ),
  ]

  @Test(arguments: cases)
  func shortFormsResolveWithinTheFile(files: [String], options: [String], expected: [String]) throws
  {
    let scratch = try ScratchFolder()
    let paths = try files.enumerated().map { try scratch.write("\($0).txt", Data($1.utf8)) }
    let result = try CLI.run(["annotate"] + options + paths)
    #expect(result.status == 0)
    let found = try MentionRecord.parse(result.standardOutput).map { record in
      let file = try #require(paths.firstIndex(of: record.file))
      return (["\(file)", "\(record.start)", "\(record.end)", record.id] + record.method)
        .joined(separator: " ")
    }
    #expect(found == expected)
  }

  /// Standard input is one document too; `--format text` marks the headline.
  @Test func standardInputIsOneDocument() throws {
    let result = try CLI.run(["annotate", "--format", "text"], input: Data(Self.headline.utf8))
    #expect(result.status == 0)
    #expect(
      result.standardOutput
        == "[Chinh]{person:pham-minh-chinh|Phạm Minh Chính} lands\n\n"
        + "Leader [Pham Minh Chinh]{person:pham-minh-chinh|Phạm Minh Chính} arrived.\n")
  }

  /// A bad byte ends the document: what was read before it is still annotated as a whole,
  /// and the next file is a new document.
  @Test func invalidUTF8EndsTheDocumentAfterItsMentions() throws {
    let scratch = try ScratchFolder()
    let bad = try scratch.write(
      "bad.txt", Data("Chinh quits\nPham Minh Chinh said\n".utf8) + Data([0xFF]))
    let good = try scratch.write("good.txt", Data("Chinh\n".utf8))
    let result = try CLI.run(["annotate", bad, good])
    #expect(result.status == 1)
    #expect(result.standardError.contains("bad.txt"))
    let records = try MentionRecord.parse(result.standardOutput)
    #expect(records.map(\.text) == ["Chinh", "Pham Minh Chinh"])
    #expect(records.map(\.file) == [bad, bad])
  }

  /// Many files on several threads: each is still one document (two passes), and the output is
  /// in input order, byte for byte that of one thread, also when some files stream.
  @Test(arguments: [[String](), ["--max-document-bytes", "40"]])
  func filesOnSeveralThreadsKeepTheirOrder(options: [String]) throws {
    let documents = [Self.headline, "Chinh lands\n", "Pham Minh Chinh arrived.\nChinh left.\n"]
    // Per document: its mentions as "start end id method"; the headline streams over 40 bytes.
    let headline =
      options.isEmpty
      ? ["0 5 person:pham-minh-chinh short-form", "20 35 person:pham-minh-chinh exact"]
      : ["20 35 person:pham-minh-chinh exact"]
    let perDocument = [
      headline, [],
      ["0 15 person:pham-minh-chinh exact", "25 30 person:pham-minh-chinh short-form"],
    ]
    let scratch = try ScratchFolder()
    let paths = try (0..<12).map {
      try scratch.write("\($0).txt", Data(documents[$0 % documents.count].utf8))
    }
    let one = try CLI.run(["annotate", "--jobs", "1"] + options + paths)
    let three = try CLI.run(["annotate", "--jobs", "3"] + options + paths)
    #expect(one.status == 0)
    #expect(three.status == 0)
    let found = try MentionRecord.parse(three.standardOutput).map { record in
      let file = try #require(paths.firstIndex(of: record.file))
      return (["\(file)", "\(record.start)", "\(record.end)", record.id] + record.method)
        .joined(separator: " ")
    }
    let expected = (0..<12).flatMap { file in
      perDocument[file % documents.count].map { "\(file) \($0)" }
    }
    #expect(found == expected)
    #expect(three.standardOutput == one.standardOutput)
  }

  @Test func negativeLimitIsAUsageError() throws {
    let result = try CLI.run(["annotate", "--max-document-bytes=-1"], input: Data())
    #expect(result.status == 2)
    #expect(result.standardError.contains("--max-document-bytes must not be negative"))
  }
}
