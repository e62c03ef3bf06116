import Foundation
import Testing

@Suite("--input jsonl")
struct RecordModeTests {
  /// JSON Lines of `records`, one compact object per line.
  private func jsonLines(_ records: [[String: Any]]) throws -> Data {
    var data = Data()
    for record in records {
      data += try JSONSerialization.data(
        withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])
      data += Data("\n".utf8)
    }
    return data
  }

  private func objects(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  /// The dateline of each sample text.
  private static let dates = [
    "de-parteitag": "2025-10-20", "en-politburo-meeting": "2025-04-11",
    "ru-president-visit": "2025-03-14", "vi-hoi-nghi": "2025-05-15",
  ]

  /// An archive of the sample texts annotates, record by record, exactly as each file does on its
  /// own (same spans, IDs, methods), every mention naming its record, line and date.
  @Test func archiveOfTheSampleTextsMatchesTheFiles() throws {
    let stems = exampleTexts.map {
      ($0 as NSString).lastPathComponent.replacingOccurrences(of: ".txt", with: "")
    }
    #expect(Set(stems) == Set(Self.dates.keys))
    let archive = try jsonLines(
      zip(exampleTexts, stems).map { path, stem in
        [
          "id": stem, "date": Self.dates[stem] ?? "", "lang": String(stem.prefix(2)),
          "text": String(decoding: try packageFile(path), as: UTF8.self),
        ]
      })
    let result = try CLI.run(["annotate", "--input", "jsonl"], input: archive)
    #expect(result.status == 0)
    #expect(result.standardError == "")
    let mentions = try objects(result.standardOutput)
    for (line, (path, stem)) in zip(exampleTexts, stems).enumerated() {
      let single = try objects(try CLI.run(["annotate", path]).standardOutput)
      let fromArchive = mentions.filter { $0["doc"] as? String == stem }
      #expect(single.count >= 10)
      #expect(
        fromArchive.allSatisfy {
          $0["line"] as? Int == line + 1 && $0["date"] as? String == Self.dates[stem]
            && $0["file"] as? String == "-"
        })
      let strip = { (object: [String: Any]) in
        NSDictionary(
          dictionary: object.filter { !["file", "doc", "line", "date"].contains($0.key) })
      }
      #expect(fromArchive.map(strip) == single.map(strip), "\(stem)")
    }
    #expect(mentions.count == mentions.filter { stems.contains($0["doc"] as? String ?? "") }.count)
  }

  private static let shortFormInput = """
    {"id": "r1", "text": "Luong Cuong spoke."}
    {"id": "r2", "text": "Later Cuong left."}
    {"id": "r3", "text": "Luong Cuong came; Cuong spoke."}

    """
  private static let shortFormOutput = """
    {"file": "-", "doc": "r1", "line": 1, "start": 0, "end": 11, "text": "Luong Cuong", "id": "person:luong-cuong", "kind": "person", "label": "Lương Cường", "score": 1, "method": ["exact"]}
    {"file": "-", "doc": "r3", "line": 3, "start": 0, "end": 11, "text": "Luong Cuong", "id": "person:luong-cuong", "kind": "person", "label": "Lương Cường", "score": 1, "method": ["exact"]}
    {"file": "-", "doc": "r3", "line": 3, "start": 18, "end": 23, "text": "Cuong", "id": "person:luong-cuong", "kind": "person", "label": "Lương Cường", "score": 0.8, "method": ["short-form"]}

    """

  /// `Cuong` in record 2 names nobody: Luong Cuong was named only in record 1.
  @Test func shortFormsDoNotCrossRecords() throws {
    let result = try CLI.run(
      ["annotate", "--input", "jsonl"], input: Data(Self.shortFormInput.utf8))
    #expect(result.status == 0)
    #expect(result.standardOutput == Self.shortFormOutput)
  }

  /// Bare titles resolve against each record's own date; a date found in one record's text
  /// does not carry over to the next.
  @Test func rolesUseEachRecordsDate() throws {
    let input = """
      {"id": "a", "date": "2024-06-01", "text": "The President said."}
      {"id": "b", "date": "2025-07-19T08:30:00+07:00", "text": "The President said."}
      {"id": "c", "text": "On 2024-06-01 the President said."}
      {"id": "d", "text": "The President said."}

      """
    let result = try CLI.run(["annotate", "--input", "jsonl"], input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(
      result.standardOutput == """
        {"file": "-", "doc": "a", "line": 1, "date": "2024-06-01", "start": 4, "end": 13, "text": "President", "id": "title:president", "kind": "title", "label": "Chủ tịch nước", "score": 1, "method": ["exact", "role"], "refers_to": "person:to-lam"}
        {"file": "-", "doc": "b", "line": 2, "date": "2025-07-19", "start": 4, "end": 13, "text": "President", "id": "title:president", "kind": "title", "label": "Chủ tịch nước", "score": 1, "method": ["exact", "role"], "refers_to": "person:luong-cuong"}
        {"file": "-", "doc": "c", "line": 3, "date": "2024-06-01", "start": 18, "end": 27, "text": "President", "id": "title:president", "kind": "title", "label": "Chủ tịch nước", "score": 1, "method": ["exact", "role"], "refers_to": "person:to-lam"}
        {"file": "-", "doc": "d", "line": 4, "start": 4, "end": 13, "text": "President", "id": "title:president", "kind": "title", "label": "Chủ tịch nước", "score": 1, "method": ["exact"]}

        """)
  }

  /// Nested fields by dotted path; a number ID stays a number; offsets count the UTF-8 bytes of
  /// the decoded text (`\u0110\u1eb7ng "` is 9 bytes: `Đ` two, `ặ` three).
  @Test func nestedFieldsAndEscapedText() throws {
    let input =
      #"{"meta": {"n": 42, "day": "2025-01-02"}, "body": {"t": "\u0110\u1eb7ng \"Tô Lâm\""}}"#
      + "\n"
    let result = try CLI.run(
      [
        "annotate", "--input", "jsonl", "--text-field", "body.t", "--id-field", "meta.n",
        "--date-field", "meta.day",
      ], input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(
      result.standardOutput == """
        {"file": "-", "doc": 42, "line": 1, "date": "2025-01-02", "start": 9, "end": 17, "text": "Tô Lâm", "id": "person:to-lam", "kind": "person", "label": "Tô Lâm", "score": 1, "method": ["exact"]}

        """)
  }

  private static let badRecords: [(String, String)] = [
    ("not json", "invalid JSON at byte 0: expected a value"),
    (#"{"id": "x", "text": "Tô Lâm""#, "invalid JSON at byte 30: expected ',' or '}' in an object"),
    (
      #"{"id": "x", "text": "Tô Lâm"} 1"#,
      "invalid JSON at byte 32: unexpected text after the value"
    ),
    (#"{"text": "a\qb"}"#, "invalid JSON at byte 12: invalid escape in a string"),
    (#"{"text": "\ud800"}"#, "invalid JSON at byte 10: \\u escape of a lone surrogate"),
    (#"{"id": "x"}"#, "no \"text\" field"),
    (#"{"text": ["Tô Lâm"]}"#, "field \"text\" is an array, not a string"),
    (#"{"text": null}"#, "field \"text\" is a null, not a string"),
    (#"{"id": {"a": 1}, "text": "Tô Lâm"}"#, "field \"id\" is an object, not a string or number"),
    (
      #"{"date": "2025-02-30", "text": "Tô Lâm"}"#,
      "field \"date\" is not a date (YYYY-MM-DD): \"2025-02-30\""
    ),
    (#"{"date": 20250101, "text": "Tô Lâm"}"#, "field \"date\" is a number, not a string"),
    ("[\"Tô Lâm\"]", "the record is an array, not a JSON object"),
    (String(repeating: "[", count: 600), "invalid JSON at byte 512: nested deeper than 512"),
  ]

  /// A bad record is named by line and skipped; the good records around it are annotated and
  /// the exit status is 1.
  @Test(arguments: badRecords)
  func badRecordIsReportedByLine(record: String, message: String) throws {
    let input =
      #"{"id": 1, "text": "Tô Lâm"}"# + "\n" + record + "\n" + #"{"id": 3, "text": "Hanoi"}"# + "\n"
    let result = try CLI.run(["annotate", "--input", "jsonl"], input: Data(input.utf8))
    #expect(result.status == 1)
    #expect(result.standardError == "lexnorm: -:2: error: \(message)\n")
    #expect(try objects(result.standardOutput).map { $0["doc"] as? Int } == [1, 3])
  }

  /// A byte-order mark starting the input is skipped, not read as invalid JSON; elsewhere it is.
  @Test func byteOrderMarkStartingTheInputIsSkipped() throws {
    let bom = Data([0xEF, 0xBB, 0xBF])
    let first = Data(#"{"id": 1, "text": "Tô Lâm"}"#.utf8)
    let input = bom + first + Data("\n".utf8) + bom + Data(#"{"id": 2, "text": "Tô Lâm"}"#.utf8)
    let annotated = try CLI.run(["annotate", "--input", "jsonl"], input: input)
    #expect(annotated.status == 1)
    #expect(
      annotated.standardError == "lexnorm: -:2: error: invalid JSON at byte 0: expected a value\n")
    #expect(
      annotated.standardOutput == """
        {"file": "-", "doc": 1, "line": 1, "start": 0, "end": 8, "text": "Tô Lâm", "id": "person:to-lam", "kind": "person", "label": "Tô Lâm", "score": 1, "method": ["exact"]}

        """)
    let normalized = try CLI.run(
      ["normalize", "--to", "en", "--input", "jsonl"], input: bom + first)
    #expect(normalized.status == 0)
    #expect(normalized.standardError == "")
    #expect(normalized.standardOutput == #"{"id": 1, "text": "To Lam"}"#)
  }

  /// Malformed UTF-8 inside a string: a bad continuation, an overlong form, a surrogate, a code
  /// point above U+10FFFF, a sequence cut short by the closing quote.
  @Test(arguments: [
    [0xC3, 0x28], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
  ])
  func invalidUTF8IsReportedByLineAndByte(sequence: [UInt8]) throws {
    let input =
      Data(#"{"text": "T"#.utf8) + Data(sequence) + Data("\"}\n".utf8)
      + Data(#"{"id": 2, "text": "Tô Lâm"}"#.utf8)
    let result = try CLI.run(["annotate", "--input", "jsonl"], input: input)
    #expect(result.status == 1)
    #expect(result.standardError == "lexnorm: -:1: error: invalid JSON at byte 11: invalid UTF-8\n")
    #expect(try objects(result.standardOutput).map { $0["doc"] as? Int } == [2])
  }

  /// A line over --max-record-bytes is skipped without being held (this one is longer than a
  /// read, too); the records after it are read, the last one without a final newline.
  @Test func overlongRecordIsReportedByLine() throws {
    let input =
      Data(("{\"text\": \"" + String(repeating: "x", count: 200_000) + "\"}\n").utf8)
      + Data(#"{"id": 2, "text": "Tô Lâm"}"#.utf8)
    let result = try CLI.run(
      ["annotate", "--input", "jsonl", "--max-record-bytes", "64"], input: input)
    #expect(result.status == 1)
    #expect(result.standardError == "lexnorm: -:1: error: record longer than 64 bytes\n")
    #expect(try objects(result.standardOutput).map { $0["doc"] as? Int } == [2])
  }

  /// Only the text value is rewritten: spacing, key order, escapes elsewhere, CR before the line
  /// feed and a missing final newline all stay; a record without mentions is copied unchanged.
  @Test func normalizeRewritesOnlyTheTextValue() throws {
    let input =
      #"{ "id" :1,"text":"Tô Lâm met \u041b\u044b\u043e\u043d\u0433 \u041a\u044b\u043e\u043d\u0433\n", "tags":["a\/b", 1.5e3] }"#
      + "\r\n" + #"{"text": "no names h\u00e9re", "x": {"y": null}}"# + "\n\n"
      + #"{"id": 2, "text": "Hanoi"}"#
    let result = try CLI.run(
      ["normalize", "--to", "en", "--input", "jsonl"], input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(
      result.standardOutput
        == #"{ "id" :1,"text":"To Lam met Luong Cuong\n", "tags":["a\/b", 1.5e3] }"#
        + "\r\n" + #"{"text": "no names h\u00e9re", "x": {"y": null}}"# + "\n"
        + #"{"id": 2, "text": "Hanoi"}"#)
  }

  @Test func normalizeSkipsBadRecords() throws {
    let input = "{\"text\": \"Tô Lâm\"}\n{\"text\": 1}\n{\"text\": \"Ханой\"}\n"
    let result = try CLI.run(
      ["normalize", "--to", "en", "--input", "jsonl"], input: Data(input.utf8))
    #expect(result.status == 1)
    #expect(result.standardOutput == "{\"text\": \"To Lam\"}\n{\"text\": \"Hanoi\"}\n")
    #expect(
      result.standardError == "lexnorm: -:2: error: field \"text\" is a number, not a string\n")
  }

  /// Each record's text field is one query; answers name the record.
  @Test func lookupAnswersEachRecord() throws {
    let input =
      #"{"id": "p1", "name": "Lyong Kyong"}"# + "\n" + #"{"id": "p2", "name": "Nobody Here"}"#
      + "\n"
    let result = try CLI.run(
      ["lookup", "--input", "jsonl", "--text-field", "name"], input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(
      result.standardOutput == """
        {"file": "-", "doc": "p1", "line": 1, "query": "Lyong Kyong", "candidates": [{"id": "person:luong-cuong", "kind": "person", "label": "Lương Cường", "score": 0.85, "method": ["romanised-ru"]}]}
        {"file": "-", "doc": "p2", "line": 2, "query": "Nobody Here", "candidates": []}

        """)
  }

  @Test(arguments: [
    (["annotate", "--input", "jsonl", "--format", "text"], "--format text needs --input text"),
    (
      ["annotate", "--input", "jsonl", "--text-field", "body..text"],
      "--text-field 'body..text' is not a field name"
    ),
    (
      ["normalize", "--to", "en", "--input", "jsonl", "--date-field", ""],
      "--date-field '' is not a field name"
    ),
    (["lookup", "--input", "jsonl", "Tô Lâm"], "queries are read from standard input, not NAME"),
    (
      ["annotate", "--input", "jsonl", "--replace-invalid"],
      "--replace-invalid applies to --input text only"
    ),
    (
      ["normalize", "--to", "en", "--input", "jsonl", "--replace-invalid"],
      "--replace-invalid applies to --input text only"
    ),
    (
      ["lookup", "--input", "jsonl", "--replace-invalid"],
      "--replace-invalid applies to --input text only"
    ),
  ])
  func usageErrors(arguments: [String], message: String) throws {
    let result = try CLI.run(arguments, input: Data(#"{"text": "x"}"#.utf8))
    #expect(result.status == 2)
    #expect(result.standardError.contains(message))
    #expect(result.standardOutput == "")
  }

  /// A consumer on a pipe gets each record's mentions as soon as the record's line is written,
  /// while the input is still open.
  @Test func outputIsFlushedPerRecord() throws {
    let process = Process()
    process.executableURL = CLI.executable
    process.arguments = ["annotate", "--input", "jsonl"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    defer {
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
    }
    for id in 1...2 {
      input.fileHandleForWriting.write(Data(#"{"id": \#(id), "text": "Tô Lâm"}"#.utf8 + [0x0A]))
      var ready = pollfd(
        fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
      #expect(poll(&ready, 1, 20_000) == 1, "no output for record \(id) within 20 s")
      let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
      #expect(
        line.hasPrefix(#"{"file": "-", "doc": \#(id), "line": \#(id), "start": 0, "end": 8,"#))
    }
  }
}
