import Foundation
import Testing

@Suite("lexnorm compile")
struct CompileCommandTests {
  @Test func compiledBundledLexiconAnnotatesLikeTheYAML() throws {
    let scratch = try ScratchFolder()
    let compiled = scratch.path("bundled.lnx")
    let result = try CLI.run(["compile", "Lexicons", "-o", compiled])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("\(compiled): "))
    #expect(FileManager.default.fileExists(atPath: compiled))
    let fromYAML = try CLI.run(["annotate", "--lexicon", "Lexicons"] + exampleTexts)
    let fromCompiled = try CLI.run(["annotate", "--lexicon", compiled] + exampleTexts)
    #expect(fromCompiled.status == 0)
    #expect(fromCompiled.standardError == "")
    #expect(try MentionRecord.parse(fromYAML.standardOutput).count > 40)
    #expect(fromCompiled.standardOutput == fromYAML.standardOutput)
  }

  @Test func compiledUserLexiconAnnotatesLikeTheYAML() throws {
    let scratch = try ScratchFolder()
    let yaml = try scratch.write("user.yaml", Data(userLexiconYAML.utf8))
    let compiled = scratch.path("user.lnx")
    let compile = try CLI.run(["compile", "--no-default-lexicon", yaml, "-o", compiled])
    #expect(compile.status == 0)
    let input = Data("Zorblax Institute, Quillon Bay, Tô Lâm.\n".utf8)
    let fromYAML = try CLI.run(
      ["annotate", "--no-default-lexicon", "--lexicon", yaml], input: input)
    let fromCompiled = try CLI.run(["annotate", "--lexicon", compiled], input: input)
    #expect(fromCompiled.standardOutput == fromYAML.standardOutput)
    #expect(
      try MentionRecord.parse(fromCompiled.standardOutput).map(\.id) == [
        "organization:zorblax-institute", "place:quillon-bay",
      ])
  }

  enum Damage: String, CaseIterable {
    case middleByteFlipped, firstByteFlipped, lastByteFlipped, truncatedToHalf, truncatedToTen
  }

  /// A damaged compiled lexicon is rejected with exit 1 and a message naming the file.
  @Test(arguments: Damage.allCases)
  func damagedCompiledLexiconIsRejected(damage: Damage) throws {
    let scratch = try ScratchFolder()
    let good = scratch.path("good.lnx")
    #expect(try CLI.run(["compile", "-o", good]).status == 0)
    var bytes = try Data(contentsOf: URL(fileURLWithPath: good))
    switch damage {
    case .middleByteFlipped: bytes[bytes.count / 2] ^= 0xFF
    case .firstByteFlipped: bytes[0] ^= 0xFF
    case .lastByteFlipped: bytes[bytes.count - 1] ^= 0xFF
    case .truncatedToHalf: bytes = bytes.prefix(bytes.count / 2)
    case .truncatedToTen: bytes = bytes.prefix(10)
    }
    let damaged = try scratch.write("damaged.lnx", bytes)
    let result = try CLI.run(["annotate", "--lexicon", damaged], input: Data("Tô Lâm\n".utf8))
    #expect(result.status == 1)
    #expect(result.standardOutput == "")
    #expect(result.standardError.hasPrefix("lexnorm: \(damaged): error: "))
    #expect(result.standardError.split(separator: "\n").count == 1)
  }

  @Test func missingCompiledLexiconIsNamed() throws {
    let result = try CLI.run(["annotate", "--lexicon", "no/such.lnx"], input: Data())
    #expect(result.status == 1)
    #expect(result.standardError == "lexnorm: no/such.lnx: error: no such file\n")
  }

  @Test func compiledLexiconCannotBeCombined() throws {
    let scratch = try ScratchFolder()
    let compiled = scratch.path("bundled.lnx")
    #expect(try CLI.run(["compile", "-o", compiled]).status == 0)
    let result = try CLI.run(
      ["annotate", "--lexicon", compiled, "--lexicon", "Lexicons"], input: Data())
    #expect(result.status == 2)
    #expect(result.standardError.contains("cannot be combined with other --lexicon paths"))
    #expect(result.standardError.contains("Usage: lexnorm annotate"))
  }

  @Test(arguments: [false, true])
  func unwritableOutputIsNamed(outputIsFolder: Bool) throws {
    let scratch = try ScratchFolder()
    let output = outputIsFolder ? scratch.url.path : scratch.path("missing/out.lnx")
    let reason = outputIsFolder ? "is a directory" : "no such folder: \(scratch.path("missing"))"
    let result = try CLI.run(["compile", "-o", output])
    #expect(result.status == 1)
    #expect(result.standardOutput == "")
    #expect(result.standardError == "lexnorm: \(output): error: cannot write: \(reason)\n")
  }

  @Test func nothingToCompileIsAUsageError() throws {
    let result = try CLI.run(["compile", "--no-default-lexicon", "-o", "/tmp/never.lnx"])
    #expect(result.status == 2)
    #expect(!FileManager.default.fileExists(atPath: "/tmp/never.lnx"))
  }
}
