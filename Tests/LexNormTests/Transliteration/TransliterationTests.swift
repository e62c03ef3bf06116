import Testing

@testable import LexNorm

@Suite("Transliteration")
struct TransliterationTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let input: String
    let target: TransliterationTarget
    let expected: String
    var testDescription: String { "\(target) \(input)" }
  }

  static let cases: [Case] = [
    Case(input: "Lương Cường", target: .ascii, expected: "Luong Cuong"),
    Case(input: "Лыонг Кыонг", target: .latin, expected: "Lyong Kyong"),
    Case(input: "Тô Лам", target: .ascii, expected: "To Lam"),
    Case(input: "Đặng Thị Ngọc Thịnh", target: .ascii, expected: "Dang Thi Ngoc Thinh"),
    // NFD input: base letters followed by combining marks.
    Case(
      input: "Lu\u{031B}o\u{031B}ng Cu\u{031B}o\u{031B}\u{0300}ng", target: .ascii,
      expected: "Luong Cuong"),
    Case(input: "ĐẶNG THỊ NGỌC THỊNH", target: .ascii, expected: "DANG THI NGOC THINH"),
    Case(input: "Generalsekretär", target: .ascii, expected: "Generalsekretar"),
    Case(input: "Straße", target: .ascii, expected: "Strasse"),
    Case(input: "Генерального секретаря", target: .ascii, expected: "General'nogo sekretara"),
    Case(input: "", target: .ascii, expected: ""),
    Case(input: "\u{0301}", target: .ascii, expected: ""),
    Case(input: "To Lam", target: .cyrillic, expected: "То Лам"),
    Case(input: "Lương Cường", target: .russian, expected: "Лыонг Кыонг"),
    Case(input: "Тô Lâm", target: .russian, expected: "То Лам"),
    Case(input: "Лыонг Кыонг", target: .vietnamese, expected: "Luong Cuong"),
    Case(input: "Тô Лам", target: .vietnamese, expected: "To Lam"),
  ]

  @Test(arguments: cases)
  func convert(_ c: Case) throws {
    #expect(try Transliteration.convert(c.input, to: c.target) == c.expected)
  }

  @Test(arguments: [
    ("Russian-Latin/BGN", "Лыонг Кыонг", "Lyong Kyong"),
    ("de-ASCII", "Politbüro", "Politbuero"),
    ("Any-Latin; Latin-ASCII", "Trần Văn Rón", "Tran Van Ron"),
  ])
  func systemTransforms(id: String, input: String, expected: String) throws {
    let transliterator = try Transliterator(id: id)
    #expect(try transliterator.transliterate(input) == expected)
  }

  @Test func customRules() throws {
    let transliterator = try Transliterator(id: "x-test", rules: "tr > ch; a > b;")
    #expect(try transliterator.transliterate("tran") == "chbn")
    #expect(transliterator.id == "x-test")
  }

  @Test func unknownIDThrows() {
    #expect(throws: TransliterationError.self) { try Transliterator(id: "No-Such-Transform") }
    do {
      _ = try Transliterator(id: "No-Such-Transform")
    } catch {
      #expect(error.kind == .unknownID)
      #expect(error.id == "No-Such-Transform")
      #expect(error.icuStatus == "U_INVALID_ID")
    }
  }

  @Test func ruleSyntaxErrorReportsPosition() {
    do {
      _ = try Transliterator(id: "x-broken", rules: "a > b;\nc > ;\nd >> e;")
      Issue.record("expected a rule syntax error")
    } catch {
      #expect(error.kind == .invalidRules)
      #expect(error.icuStatus.hasPrefix("U_"))
      #expect(error.icuStatus != "U_ZERO_ERROR")
    }
  }

  @Test func concurrentUseGivesTheSameResults() async throws {
    let transliterator = try Transliterator(id: "Any-Latin; Latin-ASCII")
    let inputs = ["Лыонг Кыонг", "Trương Thị Mai", "Нгуен Фу Чонг", "Đặng Thị Ngọc Thịnh"]
    let expected = try inputs.map { try transliterator.transliterate($0) }
    let mismatches = await withTaskGroup(of: Int.self) { group in
      for task in 0..<64 {
        group.addTask {
          var bad = 0
          for round in 0..<50 {
            let index = (task + round) % inputs.count
            if (try? transliterator.transliterate(inputs[index])) != expected[index] { bad += 1 }
            if (try? Transliteration.convert(inputs[index], to: .ascii)) != expected[index] {
              bad += 1
            }
          }
          return bad
        }
      }
      return await group.reduce(0, +)
    }
    #expect(mismatches == 0)
    #expect(expected == ["Lyong Kyong", "Truong Thi Mai", "Nguen Fu Cong", "Dang Thi Ngoc Thinh"])
  }
}

@Suite("Transliteration of long texts")
struct LongTextTransliterationTests {
  /// Word by word gives what one ICU call over each line gives, on the five corpus texts.
  @Test(arguments: [TransliterationTarget.ascii, .latin, .cyrillic])
  func byWordMatchesWholeLines(_ target: TransliterationTarget) throws {
    let transliterator = try Transliterator(id: target.transformID ?? "")
    for file in try GoldCorpus.files() {
      for line in try GoldCorpus.text(file).split(separator: "\n") {
        let text = String(line)
        #expect(
          try transliterator.transliterate(byWord: text) == transliterator.transliterate(text),
          "\(file): \(text.prefix(40))")
      }
    }
  }

  /// Words longer than a piece are cut, never inside a character; to ASCII, letters convert
  /// one by one, so cutting changes nothing.
  @Test func longWordsAreCut() throws {
    let transliterator = try Transliterator(id: TransliterationTarget.ascii.transformID ?? "")
    let word = String(repeating: "Nguyễn", count: 50)
    #expect(
      try transliterator.transliterate(byWord: word + " " + word, pieceLength: 7)
        == String(repeating: "Nguyen", count: 50) + " " + String(repeating: "Nguyen", count: 50))
  }

  @Test(arguments: [
    ("Tô Lâm  và\tLương", 64, [4, 10, 14, 21]),  // after each space run
    ("Nguyễn", 2, [2, 4, 7, 8]),  // ễ (3 bytes) is never cut
    ("Nguye\u{0302}\u{0303}n", 5, [9, 10]),  // nor a letter from its combining marks
  ])
  func pieceEnds(text: String, pieceLength: Int, ends: [Int]) {
    var text = text
    text.withUTF8 { bytes in
      #expect(Transliterator.pieceEnds(in: bytes, pieceLength: pieceLength) == ends)
    }
  }

  @Test func icuFailureIsReported() throws {
    let handle = try ICU.TransliteratorHandle(id: "Any-Latin", rules: nil)
    #expect(try handle.transliterate("ab", maximumLength: 2) == "ab")
    #expect(throws: ICU.Failure.self) { try handle.transliterate("abc", maximumLength: 2) }
    do {
      _ = try handle.transliterate("abc", maximumLength: 2)
    } catch {
      #expect(error.name == "U_BUFFER_OVERFLOW_ERROR")
    }
  }
}
