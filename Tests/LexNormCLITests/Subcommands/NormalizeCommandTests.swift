import Foundation
import Testing

@Suite("lexnorm normalize")
struct NormalizeCommandTests {
  /// `text` with each mention's bytes replaced by its label.
  private func rewrite(_ text: Data, with mentions: [MentionRecord]) -> Data {
    var output = Data()
    var position = 0
    for mention in mentions {
      output += text.subdata(in: position..<mention.start) + Data(mention.label.utf8)
      position = mention.end
    }
    return output + text.subdata(in: position..<text.count)
  }

  private static let cases: [(String, String)] = exampleTexts.flatMap { path in
    ["vi", "en", "ru"].map { (path, $0) }
  }

  /// The output is the input with exactly the annotated spans replaced: removing the rewritten
  /// spans from both leaves identical bytes.
  @Test(arguments: cases)
  func rewritesMentionsAndKeepsEveryOtherByte(path: String, language: String) throws {
    let original = try packageFile(path)
    let result = try CLI.run(["normalize", "--to", language, path])
    #expect(result.status == 0)
    #expect(result.standardError == "")
    let mentions = try MentionRecord.parse(
      try CLI.run(["annotate", "--label-lang", language, path]).standardOutput)
    #expect(mentions.count >= 10)
    #expect(Data(result.standardOutput.utf8) == rewrite(original, with: mentions))
    // Every rewritten span reads as its label in the target language.
    #expect(mentions.contains { $0.label != $0.text })
  }

  private static let sentence = "Президент Лыонг Кыонг прибыл в Ханой. Tô Lâm\n"
  private static let rewritten: [(String, String)] = [
    ("vi", "Chủ tịch nước Lương Cường прибыл в Hà Nội. Tô Lâm\n"),
    ("en", "President Luong Cuong прибыл в Hanoi. To Lam\n"),
    ("ru", "Президент Лыонг Кыонг прибыл в Ханой. То Лам\n"),
  ]

  @Test(arguments: rewritten)
  func rewritesASentence(language: String, expected: String) throws {
    let result = try CLI.run(["normalize", "--to", language], input: Data(Self.sentence.utf8))
    #expect(result.status == 0)
    #expect(result.standardOutput == expected)
  }

  @Test func keepsTheMissingFinalNewlineAndBlankLines() throws {
    let result = try CLI.run(["normalize", "--to", "en"], input: Data("\n\nTô Lâm".utf8))
    #expect(result.standardOutput == "\n\nTo Lam")
  }

  private static let invalidInput =
    Data("Tô Lâm ab".utf8) + Data([0xFF]) + Data("cd Лыонг Кыонг\nx".utf8) + Data([0xFE, 0x0A])

  /// Bytes that are not UTF-8 are copied unchanged (nothing before or after them is lost), and
  /// the first of them is named in a warning.
  @Test func invalidBytesPassThroughUnchanged() throws {
    let result = try CLI.run(["normalize", "--to", "en"], input: Self.invalidInput)
    #expect(result.status == 0)
    #expect(
      result.outputBytes
        == Data("To Lam ab".utf8) + Data([0xFF]) + Data("cd Luong Cuong\nx".utf8)
        + Data([0xFE, 0x0A]))
    #expect(
      result.standardError == "lexnorm: -: warning: invalid UTF-8 at byte 11 copied unchanged\n")
  }

  @Test func eachFileWithInvalidBytesIsNamed() throws {
    let scratch = try ScratchFolder()
    let first = try scratch.write("first.txt", Self.invalidInput)
    let second = try scratch.write("second.txt", Data([0x80]) + Data("Tô Lâm".utf8))
    let result = try CLI.run(["normalize", "--to", "en", first, second])
    #expect(result.status == 0)
    #expect(
      result.standardError
        == "lexnorm: \(first): warning: invalid UTF-8 at byte 11 copied unchanged\n"
        + "lexnorm: \(second): warning: invalid UTF-8 at byte 0 copied unchanged\n")
    #expect(result.outputBytes.suffix(7) == Data([0x80]) + Data("To Lam".utf8))
  }

  @Test func replaceInvalidWritesReplacementCharacters() throws {
    let result = try CLI.run(
      ["normalize", "--to", "en", "--replace-invalid"], input: Self.invalidInput)
    #expect(result.status == 0)
    #expect(result.standardOutput == "To Lam ab\u{FFFD}cd Luong Cuong\nx\u{FFFD}\n")
    #expect(result.standardError == "")
  }

  /// Random bytes, one line longer than a segment (1 MiB) included, come out byte for byte
  /// when no mention is found in them: nothing is dropped around invalid bytes or at cuts.
  @Test func randomBytesComeOutUnchanged() throws {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var bytes = [UInt8](repeating: 0, count: 1_200_000)
    for index in bytes.indices {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let byte = UInt8(truncatingIfNeeded: state >> 56)
      bytes[index] = index < 1_100_000 && byte == 0x0A ? 0x20 : byte
    }
    let scratch = try ScratchFolder()
    let lexicon = try scratch.write("user.yaml", Data(userLexiconYAML.utf8))
    let input = try scratch.write("random.bin", Data(bytes))
    let result = try CLI.run(
      ["normalize", "--to", "en", "--no-default-lexicon", "--lexicon", lexicon, input])
    #expect(result.status == 0)
    #expect(result.outputBytes == Data(bytes))
    #expect(result.standardError.hasPrefix("lexnorm: \(input): warning: invalid UTF-8 at byte "))
  }
}
