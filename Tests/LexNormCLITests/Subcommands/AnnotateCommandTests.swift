import Foundation
import Testing

@Suite("lexnorm annotate")
struct AnnotateCommandTests {
  @Test func russianSampleFindsLuongCuongInTheHeadline() throws {
    let path = "Examples/texts/ru-president-visit.txt"
    let result = try CLI.run(["annotate", path])
    #expect(result.status == 0)
    #expect(result.standardError == "")
    let records = try MentionRecord.parse(result.standardOutput)
    // The headline: "Президент Лыонг Кыонг посетил …".
    let title = "Президент"
    let name = "Лыонг Кыонг"
    try #require(records.count >= 2)
    #expect(records[0].file == path)
    #expect([records[0].id, records[0].text] == ["title:president", title])
    #expect([records[0].start, records[0].end] as [Int] == [0, title.utf8.count])
    #expect(
      [records[1].id, records[1].kind, records[1].text] == ["person:luong-cuong", "person", name])
    let nameStart = title.utf8.count + 1
    #expect(
      [records[1].start, records[1].end] as [Int] == [nameStart, nameStart + name.utf8.count])
    #expect(records[1].label == "Lương Cường")
  }

  /// Every line is a complete record whose offsets cut exactly its text out of the file.
  @Test(arguments: exampleTexts)
  func offsetsCutTheTextOutOfTheFile(path: String) throws {
    let bytes = try packageFile(path)
    let result = try CLI.run(["annotate", path])
    #expect(result.status == 0)
    let records = try MentionRecord.parse(result.standardOutput)
    #expect(records.count >= 10)
    for record in records {
      #expect(record.file == path)
      #expect(bytes.utf8Text(record.start, record.end) == record.text, "\(record)")
    }
    #expect(records.map(\.start) == records.map(\.start).sorted())
  }

  /// The sample-text tables run on the listing of Examples/texts: an empty one must not pass.
  @Test func sampleTextsAreFound() {
    #expect(exampleTexts.count >= 4)
  }

  /// A UTF-8 byte order mark and CRLF line ends stay in the offsets but not in the mentions.
  @Test func byteOrderMarkAndCRLFKeepExactOffsets() throws {
    let input = Data([0xEF, 0xBB, 0xBF]) + Data("Tô Lâm\r\nЛыонг Кыонг\r\n".utf8)
    let result = try CLI.run(["annotate"], input: input)
    #expect(result.status == 0)
    let records = try MentionRecord.parse(result.standardOutput)
    #expect(records.map(\.id) == ["person:to-lam", "person:luong-cuong"])
    #expect(records.map(\.text) == ["Tô Lâm", "Лыонг Кыонг"])
    let secondLine = 3 + "Tô Lâm\r\n".utf8.count
    #expect(records.map(\.start) == [3, secondLine])
    #expect(records.map(\.end) == [3 + "Tô Lâm".utf8.count, secondLine + "Лыонг Кыонг".utf8.count])
  }

  /// Decomposed input (NFD) keeps exact offsets into its own bytes and finds the same entities.
  @Test(arguments: exampleTexts)
  func decomposedCopiesKeepExactOffsets(path: String) throws {
    let scratch = try ScratchFolder()
    let text = try #require(String(data: try packageFile(path), encoding: .utf8))
    let decomposed = Data(text.decomposedStringWithCanonicalMapping.utf8)
    if !path.contains("/en-") { #expect(decomposed != Data(text.utf8)) }  // en is plain ASCII
    let copy = try scratch.write("nfd.txt", decomposed)
    let records = try MentionRecord.parse(try CLI.run(["annotate", copy]).standardOutput)
    for record in records {
      #expect(decomposed.utf8Text(record.start, record.end) == record.text, "\(record)")
    }
    let composedIDs = try MentionRecord.parse(try CLI.run(["annotate", path]).standardOutput)
      .map(\.id)
    // A decomposed й (и + U+0306) is composed before matching: the same entities are found.
    #expect(records.map(\.id) == composedIDs)
  }

  private static let markedTexts: [(options: [String], input: String, expected: String)] = [
    (
      [], "Президент Лыонг Кыонг прибыл в Ханой.\n",
      "[Президент]{title:president|Chủ tịch nước} [Лыонг Кыонг]{person:luong-cuong|Lương Cường} "
        + "прибыл в [Ханой]{place:hanoi|Hà Nội}.\n"
    ),
    (
      ["--label-lang", "ru"], "Президент Лыонг Кыонг прибыл в Ханой.\n",
      "[Президент]{title:president} [Лыонг Кыонг]{person:luong-cuong} прибыл в [Ханой]{place:hanoi}.\n"
    ),
    (
      ["--label-lang", "en"], "Член Политбюро Тô Лам",
      "[Член Политбюро]{title:politburo-member|Politburo member} [Тô Лам]{person:to-lam|To Lam}"
    ),
    (
      ["--label-lang", "en", "--nested"], "Член Политбюро Тô Лам\n",
      "[Член [Политбюро]{organization:politburo|Politburo}]{title:politburo-member|Politburo member} "
        + "[Тô Лам]{person:to-lam|To Lam}\n"
    ),
    // A misspelled syllable between two intact ones: linked only with the switch.
    ([], "Then Nguyen Tna Dung left.\n", "Then Nguyen Tna Dung left.\n"),
    (
      ["--link-misspelled-names"], "Then Nguyen Tna Dung left.\n",
      "Then [Nguyen Tna Dung]{person:nguyen-tan-dung|Nguyễn Tấn Dũng} left.\n"
    ),
  ]

  /// `--format text` marks every mention with its ID and its label in --label-lang (left out
  /// when it is the text itself); with --nested the marks nest.
  @Test(arguments: markedTexts)
  func textFormatMarksEveryMention(options: [String], input: String, expected: String) throws {
    let result = try CLI.run(["annotate", "--format", "text"] + options, input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(result.standardOutput == expected)
  }

  private static let labels: [(String, String, String)] = [
    ("vi", "Lương Cường", "Hà Nội"),
    ("en", "Luong Cuong", "Hanoi"),
    ("ru", "Лыонг Кыонг", "Ханой"),
  ]

  @Test(arguments: labels)
  func labelLanguageChoosesTheLabel(language: String, person: String, place: String) throws {
    let input = "Лыонг Кыонг прибыл в Ханой.\n"
    let result = try CLI.run(["annotate", "--label-lang", language], input: Data(input.utf8))
    let records = try MentionRecord.parse(result.standardOutput)
    #expect(records.map(\.id) == ["person:luong-cuong", "place:hanoi"])
    #expect(records.map(\.label) == [person, place])
  }

  /// Lexicons/persons.yaml: Tô Lâm President 2024-05-22…2024-10-21, Lương Cường from 2024-10-21,
  /// Nguyễn Phú Trọng 2018-10-23…2021-04-05.
  private static let presidents: [(String, String)] = [
    ("2024-06-01", "person:to-lam"),
    ("2025-01-01", "person:luong-cuong"),
    ("2019-07-01", "person:nguyen-phu-trong"),
  ]

  @Test(arguments: presidents)
  func dateResolvesABareTitle(date: String, holder: String) throws {
    let input = Data("Президент выступил с речью.\n".utf8)
    let result = try CLI.run(["annotate", "--date", date], input: input)
    #expect(result.status == 0)
    let records = try MentionRecord.parse(result.standardOutput)
    #expect(records.map(\.id) == ["title:president"])
    #expect(records.map(\.refersTo) == [holder])
  }

  private static let userText = "The Zorblax Institute in Quillon Bay invited Tô Lâm.\n"

  @Test func userLexiconAddsItsEntitiesToTheBundledOnes() throws {
    let scratch = try ScratchFolder()
    let lexicon = try scratch.write("user.yaml", Data(userLexiconYAML.utf8))
    let result = try CLI.run(["annotate", "--lexicon", lexicon], input: Data(Self.userText.utf8))
    #expect(result.status == 0)
    let records = try MentionRecord.parse(result.standardOutput)
    #expect(
      records.map(\.id) == [
        "organization:zorblax-institute", "place:quillon-bay", "person:to-lam",
      ])
    let text = Data(Self.userText.utf8)
    for record in records { #expect(text.utf8Text(record.start, record.end) == record.text) }
  }

  @Test func withoutTheDefaultLexiconOnlyTheUsersEntitiesAreFound() throws {
    let scratch = try ScratchFolder()
    let lexicon = try scratch.write("user.yaml", Data(userLexiconYAML.utf8))
    let result = try CLI.run(
      ["annotate", "--no-default-lexicon", "--lexicon", lexicon], input: Data(Self.userText.utf8))
    #expect(result.status == 0)
    let records = try MentionRecord.parse(result.standardOutput)
    #expect(records.map(\.id) == ["organization:zorblax-institute", "place:quillon-bay"])
    #expect(records.map(\.label) == ["Viện Zorblax", "Quillon Bay"])
  }

  @Test func brokenUserLexiconIsReportedWithItsPlace() throws {
    let scratch = try ScratchFolder()
    let lexicon = try scratch.write("notes.yaml", Data("Tô Lâm spoke.\n".utf8))
    let result = try CLI.run(["annotate", "--lexicon", lexicon], input: Data("Tô Lâm\n".utf8))
    #expect(result.status == 1)
    #expect(result.standardOutput == "")
    #expect(result.standardError.hasPrefix("lexnorm: \(lexicon):1:1: error: "))
    #expect(result.standardError.hasSuffix(" [wrong-type]\n"))
    #expect(result.standardError.split(separator: "\n").count == 1)
  }

  /// A lexicon path that gives no entities is most likely a mistake: warn, and go on.
  @Test(arguments: [false, true])
  func userLexiconWithoutEntitiesIsAWarning(isFolder: Bool) throws {
    let scratch = try ScratchFolder()
    let lexicon = isFolder ? scratch.url.path : try scratch.write("empty.yaml", Data())
    let rule = isFolder ? "no-lexicon-files" : "empty-file"
    let result = try CLI.run(["annotate", "--lexicon", lexicon], input: Data("Tô Lâm\n".utf8))
    #expect(result.status == 0)
    #expect(try MentionRecord.parse(result.standardOutput).map(\.id) == ["person:to-lam"])
    #expect(result.standardError.hasPrefix("lexnorm: \(lexicon): warning: "))
    #expect(result.standardError.hasSuffix(" [\(rule)]\n"))
  }

  /// The document date found in one file does not carry over to the next, even the same path;
  /// within a file it reaches titles before it (a file is one document).
  @Test func eachFileStartsWithoutTheDateOfThePreviousOne() throws {
    let scratch = try ScratchFolder()
    let dated = try scratch.write(
      "dated.txt",
      Data("Президент выступил.\nХаной, 14 марта 2025 года.\nПрезидент выступил.\n".utf8))
    let undated = try scratch.write("undated.txt", Data("Президент выступил.\n".utf8))
    let result = try CLI.run(["annotate", dated, dated, undated])
    #expect(result.status == 0)
    let records = try MentionRecord.parse(result.standardOutput).filter {
      $0.id == "title:president"
    }
    let lateTitle = "Президент выступил.\nХаной, 14 марта 2025 года.\n".utf8.count
    #expect(records.map(\.file) == [dated, dated, dated, dated, undated])
    #expect(records.map(\.start) == [0, lateTitle, 0, lateTitle, 0])
    #expect(
      records.map(\.refersTo) == Array(repeating: "person:luong-cuong", count: 4) + [nil])
  }

  @Test(arguments: [[String](), ["-"]])
  func readsStandardInput(files: [String]) throws {
    let input = "Tô Lâm\n"
    let result = try CLI.run(["annotate"] + files, input: Data(input.utf8))
    #expect(result.status == 0)
    let records = try MentionRecord.parse(result.standardOutput)
    #expect(records.map(\.file) == ["-"])
    #expect(records.map(\.id) == ["person:to-lam"])
    #expect(records.map(\.start) == [0])
    #expect(records.map(\.end) == ["Tô Lâm".utf8.count])
  }
}

@Suite("lexnorm annotate --jobs")
struct AnnotateJobsTests {
  /// Several files at once, on 1, 2 and 4 threads: the same bytes out.
  @Test func outputIsTheSameForAnyNumberOfThreads() throws {
    let one = try CLI.run(["annotate", "--jobs", "1"] + exampleTexts)
    #expect(one.status == 0)
    #expect(try MentionRecord.parse(one.standardOutput).count >= 40)
    for jobs in ["2", "4"] {
      let many = try CLI.run(["annotate", "--jobs", jobs] + exampleTexts)
      #expect(many.status == 0)
      #expect(many.standardOutput == one.standardOutput, "--jobs \(jobs)")
    }
  }

  @Test func zeroJobsIsAUsageError() throws {
    let result = try CLI.run(["annotate", "--jobs", "0", "-"], input: Data())
    #expect(result.status == 2)
    #expect(result.standardError.contains("--jobs must be at least 1, not 0."))
  }
}
