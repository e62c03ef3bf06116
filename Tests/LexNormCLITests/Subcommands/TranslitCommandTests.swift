import Foundation
import Testing

@Suite("lexnorm translit and fold")
struct TranslitCommandTests {
  @Test(arguments: [
    (["translit", "--to", "ascii", "Lương Cường"], "Luong Cuong\n"),
    (["translit", "--to", "latin", "Лыонг Кыонг"], "Lyong Kyong\n"),
    (["translit", "--to", "ascii", "Тô Лам"], "To Lam\n"),
    (["translit", "--to", "ascii", "Đặng Thị Ngọc Thịnh"], "Dang Thi Ngoc Thinh\n"),
    (["translit", "--to", "ascii", "Tô Lâm", "Trần Văn Rón"], "To Lam\nTran Van Ron\n"),
    (["fold", "Đặng Thị Ngọc Thịnh", "ЁЛКА"], "dang thi ngoc thinh\nелка\n"),
    (["translit", "--to", "ru", "Lương Cường"], "Лыонг Кыонг\n"),
    (["translit", "--to", "ru", "Trương Thị Mai"], "Чыонг Тхи Май\n"),
    (["translit", "--to", "ru", "Nguyễn Phú Trọng"], "Нгуен Фу Чонг\n"),
    (["translit", "--to", "ru", "Trần Văn Rón", "Tô Lâm"], "Чан Ван Жон\nТо Лам\n"),
    (["translit", "--to", "ru", "Тô Lâm"], "То Лам\n"),
    (["translit", "--to", "vi", "Лыонг Кыонг"], "Luong Cuong\n"),
    (["translit", "--to", "vi", "Тран Вана", "Lyong Kyong"], "Tran Van\nLuong Cuong\n"),
  ])
  func arguments(arguments: [String], expected: String) throws {
    let result = try CLI.run(arguments)
    #expect(result.status == 0)
    #expect(result.standardOutput == expected)
    #expect(result.standardError == "")
  }

  @Test func standardInputLineByLine() throws {
    let result = try CLI.run(
      ["translit", "--to", "ascii"], input: Data("Lương Cường\n\nТô Лам".utf8))
    #expect(result.status == 0)
    #expect(result.standardOutput == "Luong Cuong\n\nTo Lam")
  }

  @Test func standardInputToRussian() throws {
    let result = try CLI.run(
      ["translit", "--to", "ru"], input: Data("Lê Hoài Trung\nTổng Bí thư Tô Lâm, 2024\n".utf8))
    #expect(result.status == 0)
    #expect(result.standardOutput == "Ле Хоай Чунг\nТонг Би тхы То Лам, 2024\n")
  }

  /// ASCII output is ASCII: a byte-order mark (starting the input, or anywhere) is dropped.
  @Test(arguments: [
    (["translit", "--to", "ascii"], "\u{FEFF}Tô Lâm\n", "To Lam\n"),
    (["translit", "--to", "ascii", "\u{FEFF}Tô\u{FEFF} Lâm"], "", "To Lam\n"),
    (["translit", "--to", "latin"], "\u{FEFF}Лыонг\n", "Lyong\n"),
    (["fold", "-"], "\u{FEFF}Tô Lâm\n", "to lam\n"),
  ])
  func byteOrderMarkIsDropped(arguments: [String], input: String, expected: String) throws {
    let result = try CLI.run(arguments, input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(result.standardOutput == expected)
  }

  @Test func emptyInputIsFine() throws {
    let result = try CLI.run(["translit", "--to", "ascii"], input: Data())
    #expect(result.status == 0)
    #expect(result.standardOutput == "")
  }

  @Test func invalidUTF8IsABadInputError() throws {
    let bytes = Data("Tô Lâm\nab".utf8) + Data([0xFF]) + Data("c\n".utf8)
    let result = try CLI.run(["translit", "--to", "ascii"], input: bytes)
    #expect(result.status == 1)
    #expect(result.standardOutput == "To Lam\n")
    #expect(result.standardError == "lexnorm: -: error: invalid UTF-8 at byte 11\n")
  }

  @Test func invalidUTF8CanBeReplaced() throws {
    let bytes = Data("ab".utf8) + Data([0xFF]) + Data("c\n".utf8)
    let result = try CLI.run(["translit", "--to", "ascii", "--replace-invalid"], input: bytes)
    #expect(result.status == 0)
    #expect(result.standardOutput == "ab\u{FFFD}c\n")
  }

  @Test func usageErrorsExitTwo() throws {
    let result = try CLI.run(["translit", "--to", "klingon", "x"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("'klingon' is invalid for '--to <target>'"))
    #expect(try CLI.run(["no-such-command"]).status == 2)
  }

  @Test func helpTeachesWithExamples() throws {
    let result = try CLI.run(["translit", "--help"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("lexnorm translit --to ascii \"Тô Лам\""))
    #expect(result.standardOutput.contains("lexnorm translit --to ru \"Lương Cường\""))
    #expect(result.standardOutput.contains("lexnorm translit --to vi \"Лыонг Кыонг\""))
    #expect(result.standardOutput.contains("ascii, latin, cyrillic, ru, vi"))
  }

  @Test func longLineWithoutNewlineStreams() throws {
    // 1.7 MB, no newline: cut into segments.
    let line = String(repeating: "Lương Cường ", count: 100_000)
    let result = try CLI.run(["translit", "--to", "ascii"], input: Data(line.utf8))
    #expect(result.status == 0)
    #expect(result.standardOutput == String(repeating: "Luong Cuong ", count: 100_000))
  }
}
