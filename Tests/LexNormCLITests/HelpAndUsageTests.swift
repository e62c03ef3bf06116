import Foundation
import Testing

@Suite("lexnorm help and usage errors")
struct HelpAndUsageTests {
  static let subcommands = [
    "annotate", "normalize", "lookup", "translit", "fold", "validate", "compile",
  ]

  @Test(arguments: subcommands)
  func helpTeachesWithExamples(subcommand: String) throws {
    let result = try CLI.run([subcommand, "--help"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("Examples:"))
    #expect(result.standardOutput.contains("lexnorm \(subcommand) "))
  }

  private static let usageErrors: [[String]] = [
    ["annotate", "--format", "xml"],
    ["annotate", "--date", "2025-13-40"],
    ["annotate", "--label-lang", "xx"],
    ["lookup", "--label-lang", "xx"],
    ["lookup", "--format", "xml"],
    ["normalize", "--to", "xx"],
    ["compile"],
    ["annotate", "--no-such-option"],
    ["no-such-command"],
  ]

  @Test(arguments: usageErrors)
  func usageErrorsExit2(arguments: [String]) throws {
    let result = try CLI.run(arguments, input: Data())
    #expect(result.status == 2)
    #expect(result.standardOutput == "")
    #expect(result.standardError.hasPrefix("lexnorm: error: "))
  }
}
