import Foundation
import Testing

/// Bad FILEs: a clear error naming the file, the other files still annotated, exit 1 at the end.
@Suite("lexnorm annotate: bad input")
struct AnnotateBadInputTests {
  enum BadFile: String, CaseIterable {
    case missing, directory, invalidUTF8, binary
  }

  private static let before = "Tô Lâm spoke first.\n"
  private static let after = "Лыонг Кыонг spoke last.\n"
  /// A good first line, then a line with bytes FF FE after "ok ".
  private static let invalidPrefix = "Lương Cường\nok "
  private static let invalidUTF8 =
    Data(invalidPrefix.utf8) + Data([0xFF, 0xFE])
    + Data(" Tô Lâm\n".utf8)

  /// A PNG signature (0x89 is never valid UTF-8) followed by pseudo-random bytes with NULs.
  private static let binary: Data = {
    var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    var state: UInt32 = 12345
    for index in 0..<4096 {
      state = state &* 1_103_515_245 &+ 12345
      bytes.append(index % 7 == 0 ? 0 : UInt8(truncatingIfNeeded: state >> 16))
    }
    return Data(bytes)
  }()

  @Test(arguments: BadFile.allCases)
  func badMiddleFileKeepsTheOthersMentions(bad: BadFile) throws {
    let scratch = try ScratchFolder()
    let first = try scratch.write("first.txt", Data(Self.before.utf8))
    let last = try scratch.write("last.txt", Data(Self.after.utf8))
    let middle: String
    let message: String
    var middleIDs: [String] = []
    switch bad {
    case .missing:
      middle = scratch.path("missing.txt")
      message = "\(middle): error: cannot read: No such file or directory"
    case .directory:
      middle = scratch.url.path
      message = "\(middle): error: is a directory"
    case .invalidUTF8:
      middle = try scratch.write("invalid.txt", Self.invalidUTF8)
      message = "\(middle): error: invalid UTF-8 at byte \(Self.invalidPrefix.utf8.count)"
      middleIDs = ["person:luong-cuong"]  // from the line before the bad bytes
    case .binary:
      middle = try scratch.write("binary.dat", Self.binary)
      message = "\(middle): error: invalid UTF-8 at byte 0"
    }
    let result = try CLI.run(["annotate", first, middle, last])
    #expect(result.status == 1)
    #expect(result.standardError == "lexnorm: \(message)\n")
    let records = try MentionRecord.parse(result.standardOutput)
    #expect(records.map(\.file) == [first] + middleIDs.map { _ in middle } + [last])
    #expect(records.map(\.id) == ["person:to-lam"] + middleIDs + ["person:luong-cuong"])
  }

  @Test func emptyFileGivesNoOutput() throws {
    let scratch = try ScratchFolder()
    let empty = try scratch.write("empty.txt", Data())
    let result = try CLI.run(["annotate", empty])
    #expect(result.status == 0)
    #expect(result.standardOutput == "")
    #expect(result.standardError == "")
    #expect(try CLI.run(["annotate"], input: Data()).standardOutput == "")
  }

  @Test func replaceInvalidAnnotatesTheWholeFile() throws {
    let scratch = try ScratchFolder()
    let file = Data(Self.invalidPrefix.utf8) + Data([0xFF, 0xFE, 0x0A]) + Data("Tô Lâm\n".utf8)
    let path = try scratch.write("invalid.txt", file)
    let result = try CLI.run(["annotate", "--replace-invalid", path])
    #expect(result.status == 0)
    #expect(result.standardError == "")
    let records = try MentionRecord.parse(result.standardOutput)
    #expect(records.map(\.id) == ["person:luong-cuong", "person:to-lam"])
    for record in records { #expect(file.utf8Text(record.start, record.end) == record.text) }
  }

  /// Offsets after a replaced byte on the same line should still index the original bytes.
  @Test func replaceInvalidKeepsOriginalOffsetsOnTheSameLine() throws {
    let scratch = try ScratchFolder()
    let file = try scratch.write("invalid.txt", Self.invalidUTF8)
    let result = try CLI.run(["annotate", "--replace-invalid", file])
    let records = try MentionRecord.parse(result.standardOutput)
    #expect(records.map(\.id) == ["person:luong-cuong", "person:to-lam"])
    let toLamStart = Self.invalidPrefix.utf8.count + 3
    // Known library gap: TextInput's .replace policy turns each bad byte into the 3-byte U+FFFD
    // in the segment text, so later offsets on that line are 2 bytes too large per bad byte.
    #expect(records.last?.start == toLamStart)
  }

  /// A 3 MB line without a newline is read in segments of at most 1 MiB cut at whitespace;
  /// names right before and after each cut, and inside later segments, keep exact offsets.
  @Test func longLineOffsetsStayExactAcrossSegments() throws {
    let segment = 1 << 20
    let filler = Array("xx ".utf8)
    let singleWord = Array("Ханой ".utf8)
    let fullName = Array("Лыонг Кыонг ".utf8)
    var line: [UInt8] = []
    var expected: [(Int, String)] = []
    func append(_ name: [UInt8], id: String) {
      expected.append((line.count, id))
      line += name
    }
    func fill(upTo offset: Int) {
      while line.count + filler.count <= offset { line += filler }
      while line.count < offset { line.append(0x20) }
    }
    // Each cut falls after the last whitespace before (segment start + 1 MiB): the name ending
    // exactly there is the last of its segment, the next one is the first of the next segment.
    var segmentStart = 0
    for _ in 0..<3 {
      fill(upTo: segmentStart + segment / 3)
      append(fullName, id: "person:luong-cuong")
      fill(upTo: segmentStart + segment - singleWord.count)
      append(singleWord, id: "place:hanoi")
      segmentStart = line.count
      append(singleWord, id: "place:hanoi")
    }
    fill(upTo: line.count + 1000)
    #expect(line.count > 3_000_000)
    #expect(!line.contains(0x0A))
    let scratch = try ScratchFolder()
    let path = try scratch.write("long.txt", Data(line))
    let result = try CLI.run(["annotate", path])
    #expect(result.status == 0)
    #expect(result.standardError == "")
    let records = try MentionRecord.parse(result.standardOutput)
    #expect(records.map(\.start) == expected.map(\.0))
    #expect(records.map(\.id) == expected.map(\.1))
    for record in records { #expect(Data(line).utf8Text(record.start, record.end) == record.text) }

    // normalize joins the segments again: only the mentions change, no byte is lost or added.
    let normalized = try CLI.run(["normalize", "--to", "en", path])
    #expect(normalized.status == 0)
    var expectedText = Data()
    var position = 0
    for record in records {
      expectedText += Data(line[position..<record.start])
      expectedText += Data((record.id == "place:hanoi" ? "Hanoi" : "Luong Cuong").utf8)
      position = record.end
    }
    expectedText += Data(line[position...])
    #expect(Data(normalized.standardOutput.utf8) == expectedText)
  }

  /// A long line without any whitespace must be cut at a character boundary, not crash.
  @Test func longLineWithoutWhitespaceIsReadWithoutCrashing() throws {
    let scratch = try ScratchFolder()
    let path = try scratch.write("blob.txt", Data(repeating: UInt8(ascii: "a"), count: 3 << 20))
    let result = try CLI.run(["annotate", path])
    // Known library bug: TextInput.cutPoint reads buffer[limit] when the buffer holds exactly
    // maximumSegmentBytes bytes and the second half of the window has no whitespace (index out
    // of range). Fix: cut only when `buffer.count - bufferStart > maximumSegmentBytes`.
    #expect(result.status == 0)
    #expect(result.standardError == "")
    #expect(result.standardOutput == "")
  }
}
