import Foundation
import Testing

@testable import lexnorm

@Suite("lexnorm conventions: '-', version, typos, completions, help width")
struct ConventionsTests {
  private static let toLam = Data("Tô Lâm\n".utf8)

  /// `-` reads standard input wherever a command reads files or text; the output is the same
  /// as when the text is given directly.
  private static let standardInputCases: [(stdin: [String], direct: [String])] = [
    (["lookup", "-"], ["lookup", "Tô Lâm"]),
    (["lookup", "--format", "jsonl", "-"], ["lookup", "--format", "json", "Tô Lâm"]),
    (["fold", "-"], ["fold", "Tô Lâm"]),
    (["translit", "--to", "ascii", "-"], ["translit", "--to", "ascii", "Tô Lâm"]),
    (["annotate", "-"], ["annotate"]),
    (["normalize", "--to", "en", "-"], ["normalize", "--to", "en"]),
  ]

  @Test(arguments: standardInputCases)
  func dashReadsStandardInput(stdin: [String], direct: [String]) throws {
    let fromStandardInput = try CLI.run(stdin, input: Self.toLam)
    let expected = try CLI.run(direct, input: Self.toLam)
    #expect(fromStandardInput.status == 0)
    #expect(fromStandardInput.standardError == "")
    #expect(!fromStandardInput.standardOutput.isEmpty)
    #expect(fromStandardInput.standardOutput == expected.standardOutput)
  }

  @Test func dashAmongArgumentsKeepsTheirOrder() throws {
    let result = try CLI.run(["fold", "A", "-", "B"], input: Data("Ё\n".utf8))
    #expect(result.standardOutput == "a\nе\nb\n")
  }

  @Test(arguments: ["validate", "compile"])
  func dashReadsALexiconFromStandardInput(command: String) throws {
    let arguments =
      command == "validate" ? ["validate", "-"] : ["compile", "--no-default-lexicon", "-"]
    let scratch = try ScratchFolder()
    let output = scratch.path("user.lnx")
    let result = try CLI.run(
      arguments + (command == "compile" ? ["-o", output] : []),
      input: Data(userLexiconYAML.utf8))
    #expect(result.status == 0)
    #expect(result.standardError == "")
    if command == "compile" {
      let annotate = try CLI.run(
        ["annotate", "--lexicon", output], input: Data("Quillon Bay\n".utf8))
      #expect(try MentionRecord.parse(annotate.standardOutput).map(\.id) == ["place:quillon-bay"])
    }
  }

  @Test func findingsInStandardInputNameIt() throws {
    let yaml = "version: 1\nentities:\n  - id: place:x\n    kind: plac\n    labels: {en: X}\n"
    let result = try CLI.run(["validate", "-"], input: Data(yaml.utf8))
    #expect(result.status == 1)
    #expect(result.standardOutput.hasPrefix("-:4:11: error: unknown kind `plac`"))
  }

  /// The version names the format of the `.lnx` files this lexnorm writes and reads (the
  /// little-endian number after the 8-byte signature).
  @Test func versionNamesTheCompiledFormat() throws {
    let header = try CLI.run(["compile", "-o", "-"]).outputBytes.prefix(12)
    try #require(header.count == 12)
    let format = header.suffix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
    let expected = "lexnorm 0.1.0 (compiled lexicons: .lnx format \(format))\n"
    let version = try CLI.run(["--version"])
    #expect(version.status == 0)
    #expect(version.standardOutput == expected)
    #expect(try CLI.run(["help"]).standardOutput.contains("\n" + expected))
  }

  private static let typos: [(arguments: [String], message: String)] = [
    (
      ["anotate"],
      "lexnorm: error: unknown command 'anotate'; did you mean 'annotate'? (see `lexnorm help`)\n"
    ),
    (
      ["annotate", "--label-lang", "fr"],
      "lexnorm: error: The value 'fr' is invalid for '--label-lang <language>': "
        + "use one of vi, en, de, ru\n"
    ),
    (
      ["normalize", "--to", "vn"],
      "lexnorm: error: The value 'vn' is invalid for '--to <language>': "
        + "use one of vi, en, de, ru (did you mean 'vi'?)\n"
    ),
    (
      ["translit", "--to", "vn"],
      "lexnorm: error: The value 'vn' is invalid for '--to <target>': "
        + "use one of ascii, latin, cyrillic, ru, vi (did you mean 'vi'?)\n"
    ),
    (
      ["annotate", "--date", "2024-13-45"],
      "lexnorm: error: The value '2024-13-45' is invalid for '--date <date>': "
        + "there is no month 13; months are 01 to 12\n"
    ),
    (
      ["annotate", "--date", "2023-02-29"],
      "lexnorm: error: The value '2023-02-29' is invalid for '--date <date>': "
        + "there is no day 29 in 2023-02, which has 28 days\n"
    ),
    (
      ["normalize", "--to", "en", "--date", "19.07.2025"],
      "lexnorm: error: The value '19.07.2025' is invalid for '--date <date>': "
        + "expected a date as YYYY-MM-DD, such as 2025-07-19\n"
    ),
  ]

  /// A typo is a usage error (exit 2) whose first line lists the valid values, suggests the
  /// nearest, or says why a date does not exist.
  @Test(arguments: typos)
  func typosAreExplained(arguments: [String], message: String) throws {
    let result = try CLI.run(arguments, input: Data())
    #expect(result.status == 2)
    #expect(result.standardOutput == "")
    let firstLine = result.standardError.prefix { $0 != "\n" } + "\n"
    #expect(firstLine == message)
  }

  @Test func normalizeNeedsATargetLikeTranslit() throws {
    for command in ["normalize", "translit"] {
      let result = try CLI.run([command], input: Self.toLam)
      #expect(result.status == 2)
      #expect(result.standardError.hasPrefix("lexnorm: error: Missing expected argument '--to <"))
    }
  }

  private static let completions: [(shell: String, values: String, count: Int)] = [
    ("fish", "-rfka 'vi en de ru'", 3),  // annotate and lookup --label-lang, normalize --to
    ("fish", "-rfka 'ascii latin cyrillic ru vi'", 1),  // translit --to
    ("bash", #"-W 'vi'$'\n''en'$'\n''de'$'\n''ru'"#, 3),
    ("zsh", "=('vi' 'en' 'de' 'ru')", 3),
  ]

  /// Language and target values complete in shell completions.
  @Test(arguments: completions)
  func valuesComplete(shell: String, values: String, count: Int) throws {
    let script = try CLI.run(["--generate-completion-script", shell]).standardOutput
    #expect(script.components(separatedBy: values).count - 1 == count)
  }

  @Test(arguments: [("anotate", "annotate"), ("nomalize", "normalize"), ("vn", nil), ("xyz", nil)])
  func nearestCommand(typo: String, expected: String?) {
    let names = ["annotate", "normalize", "lookup", "translit", "fold", "validate", "compile"]
    #expect(ArgumentValues.nearest(to: typo, among: names) == expected)
  }

  private static let commands = [
    "", "annotate", "normalize", "lookup", "translit", "fold", "validate", "compile",
  ]

  /// Every help text fits 80 columns.
  @Test(arguments: commands)
  func helpFitsEightyColumns(command: String) throws {
    let help = try CLI.run((command.isEmpty ? [] : [command]) + ["--help"]).standardOutput
    let long = help.split(separator: "\n").filter { $0.count > 80 }
    #expect(long == [])
  }

  /// Help text is printed as written: a paragraph of several lines (an example list, a rule
  /// list) has no line over 80 columns that ArgumentParser would re-wrap raggedly.
  @Test(
    arguments: [
      LexNormCommand.configuration, Annotate.configuration, Normalize.configuration,
      Lookup.configuration, Translit.configuration, Fold.configuration, Validate.configuration,
      Compile.configuration,
    ].map(\.discussion))
  func discussionIsNotRewrapped(discussion: String) {
    let paragraphs = discussion.components(separatedBy: "\n\n")
    for paragraph in paragraphs {
      let lines = paragraph.split(separator: "\n")
      guard lines.count > 1 else { continue }
      #expect(lines.filter { $0.count > 80 } == [], "\(paragraph)")
    }
  }
}
