import Foundation
import Testing

@Suite("lexnorm output: failed writes, closed pipes, compiled files")
struct OutputTests {
  private static let fullDevice = "/dev/full"
  private static let sample = Data("Президент Лыонг Кыонг прибыл в Ханой. Tô Lâm\n".utf8)

  private static let writingCommands: [[String]] = [
    ["annotate"],
    ["normalize", "--to", "en"],
    ["lookup", "-"],
    ["fold", "-"],
    ["translit", "--to", "ascii", "-"],
    ["validate", "--format", "json", "Lexicons"],  // prints `[]` when clean
  ]

  /// Output that cannot be written is an error (exit 1), as in grep and jq: on a full disk the
  /// result would otherwise be a silently truncated file.
  @Test(arguments: writingCommands)
  func failedWriteIsAnError(arguments: [String]) throws {
    let full = try #require(FileHandle(forWritingAtPath: Self.fullDevice))
    let result = try CLI.run(arguments, input: Self.sample, output: full)
    #expect(result.status == 1)
    #expect(
      result.standardError
        == "lexnorm: standard output: error: cannot write: no space left on device\n")
  }

  /// A reader that stops early (`| head`) ends lexnorm by SIGPIPE, without a message.
  @Test func closedPipeEndsQuietly() throws {
    let pipe = Pipe()
    try pipe.fileHandleForReading.close()
    let lines = Data(String(repeating: "Tô Lâm\n", count: 50_000).utf8)
    let result = try CLI.run(["fold", "-"], input: lines, output: pipe.fileHandleForWriting)
    #expect(result.killedBySignal)
    #expect(result.status == SIGPIPE)
    #expect(result.standardError == "")
  }

  /// A device is written in place, never replaced by a regular file.
  @Test func compileToADeviceWritesIntoIt() throws {
    let result = try CLI.run(["compile", "-o", Self.fullDevice])
    #expect(result.status == 1)
    #expect(
      result.standardError
        == "lexnorm: \(Self.fullDevice): error: cannot write: no space left on device\n")
    let attributes = try FileManager.default.attributesOfItem(atPath: Self.fullDevice)
    #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
  }

  /// `-o -` writes the compiled lexicon to standard output and its summary to standard error.
  @Test func compileToStandardOutput() throws {
    let result = try CLI.run(["compile", "-o", "-"])
    let bytes = result.outputBytes
    #expect(result.status == 0)
    #expect(bytes.starts(with: Data("LEXNORM\u{1A}".utf8)))
    #expect(result.standardError.hasPrefix("-: "))
    #expect(result.standardError.hasSuffix(" entities, \(bytes.count) bytes\n"))
  }

  /// Through a symbolic link the file it points to is replaced (keeping its permissions); the
  /// link stays a link.
  @Test func compileThroughALinkReplacesItsTarget() throws {
    let scratch = try ScratchFolder()
    let target = try scratch.write("target.lnx", Data("old".utf8))
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target)
    let link = scratch.path("link.lnx")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let result = try CLI.run(["compile", "-o", link])
    #expect(result.status == 0)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    let attributes = try FileManager.default.attributesOfItem(atPath: target)
    #expect(attributes[.posixPermissions] as? Int == 0o640)
    let compiled = try Data(contentsOf: URL(fileURLWithPath: target))
    #expect(compiled.starts(with: Data("LEXNORM\u{1A}".utf8)))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == [
        "link.lnx", "target.lnx",
      ])
  }
}
