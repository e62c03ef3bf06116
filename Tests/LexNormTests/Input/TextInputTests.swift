import Foundation
import Testing

@testable import LexNorm

@Suite("Text input")
struct TextInputTests {
  func withTemporaryFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("lexnorm-\(UUID().uuidString).txt").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
  }

  func segments(
    _ bytes: [UInt8], maximum: Int = 1 << 20, policy: TextInput.InvalidUTF8Policy = .reject
  )
    throws -> [TextSegment]
  {
    try withTemporaryFile(bytes) { path in
      let input = try TextInput(path: path, invalidUTF8: policy, maximumSegmentBytes: maximum)
      var result: [TextSegment] = []
      while let segment = try input.next() { result.append(segment) }
      return result
    }
  }

  @Test func linesWithOffsets() throws {
    let result = try segments(Array("Tô Lâm\nLương Cường\n\nend".utf8))
    #expect(result.map(\.text) == ["Tô Lâm", "Lương Cường", "", "end"])
    #expect(result.map(\.byteOffset) == [0, 9, 26, 27])
    #expect(result.map(\.endsLine) == [true, true, true, false])
  }

  @Test func emptyInputHasNoSegments() throws {
    #expect(try segments([]).isEmpty)
  }

  @Test func invalidUTF8NamesTheByte() throws {
    let bytes = Array("ok\nabc".utf8) + [0xFF] + Array("def\n".utf8)
    do {
      _ = try segments(bytes)
      Issue.record("expected an error")
    } catch let error as InputError {
      #expect(error.kind == .invalidUTF8)
      #expect(error.byteOffset == 6)
      #expect(error.description.hasSuffix(": invalid UTF-8 at byte 6"))
    }
  }

  @Test func invalidUTF8CanBeReplaced() throws {
    let bytes = Array("abc".utf8) + [0xC3] + Array("x".utf8)
    let result = try segments(bytes, policy: .replace)
    #expect(result.map(\.text) == ["abc\u{FFFD}x"])
  }

  @Test func replacementsKeepOffsetsOfTheInput() throws {
    // "ok\n" then "ab", two bad bytes, "Tô", one bad byte, "x"
    let bytes = Array("ok\nab".utf8) + [0xFF, 0xC3] + Array("Tô".utf8) + [0x80] + Array("x".utf8)
    let result = try segments(bytes, policy: .replace)
    let line = try #require(result.last)
    #expect(line.text == "ab\u{FFFD}\u{FFFD}Tô\u{FFFD}x")
    #expect(line.replacements.map(\.textOffset) == [2, 5, 11])
    // "Tô" starts at text offset 8 and input offset 3 + 4 = 7; "x" at text 14, input 3 + 8 = 11.
    #expect(line.inputOffset(ofTextOffset: 8) == 7)
    #expect(line.inputOffset(ofTextOffset: 14) == 11)
    #expect(line.textOffset(ofInputOffset: 7) == 8)
    #expect(line.textOffset(ofInputOffset: 11) == 14)
    #expect(bytes[7..<10] == Array("Tô".utf8)[...])
  }

  @Test func longLinesAreCutAtWhitespaceWithinTheLimit() throws {
    let word = "Lương "  // 9 bytes
    let text = String(repeating: word, count: 1000)
    let result = try segments(Array(text.utf8), maximum: 100)
    #expect(result.allSatisfy { $0.text.utf8.count <= 100 })
    #expect(result.map(\.text).joined() == text)
    #expect(result.dropLast().allSatisfy { !$0.endsLine && $0.text.hasSuffix(" ") })
    var offset = 0
    for segment in result {
      #expect(segment.byteOffset == offset)
      offset += segment.text.utf8.count
    }
  }

  @Test func longLinesWithoutWhitespaceAreCutBetweenCharacters() throws {
    let text = String(repeating: "ư", count: 500)  // 2 bytes each
    let result = try segments(Array(text.utf8), maximum: 33)
    #expect(result.map(\.text).joined() == text)
    #expect(result.allSatisfy { $0.text.utf8.count <= 33 })
  }

  @Test func directoriesAndMissingFilesAreErrors() {
    #expect(throws: InputError(kind: .isDirectory, source: "/", byteOffset: nil, detail: nil)) {
      _ = try TextInput(path: "/")
    }
    do {
      _ = try TextInput(path: "/no/such/file")
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .unreadable)
      #expect(error.description == "/no/such/file: cannot read: No such file or directory")
    }
  }
}
