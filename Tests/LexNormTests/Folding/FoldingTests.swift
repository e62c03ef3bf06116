import Testing

@testable import LexNorm

@Suite("Folding and normalization")
struct FoldingTests {
  @Test(arguments: [
    ("Đặng Thị Ngọc Thịnh", "dang thi ngoc thinh"),
    ("ĐẶNG THỊ NGỌC THỊNH", "dang thi ngoc thinh"),
    ("Lương Cường", "luong cuong"),
    ("Lu\u{031B}o\u{031B}ng Cu\u{031B}o\u{031B}\u{0300}ng", "luong cuong"),  // NFD
    ("ờ ặ Ệ", "o a e"),
    ("Straße STRASSE", "strasse strasse"),
    ("Politbüros", "politburos"),
    ("Ёлка ёж", "елка еж"),
    ("Кыонгу й Й", "кыонгу й й"),
    ("", ""),
    ("\u{0301}", ""),
    ("a\u{0301}\u{0301}", "a"),
  ])
  func key(input: String, expected: String) {
    #expect(Folding.key(input) == expected)
    #expect(Folding.fold(input).key == expected)
  }

  @Test func offsetsMapBackToSourceBytes() {
    let source = "Tô Lâm, Straße"
    let folded = Folding.fold(source)
    #expect(folded.key == "to lam, strasse")
    let bytes = Array(source.utf8)
    func sourceText(_ keyRange: Range<Int>) -> String {
      let range = folded.sourceRange(ofKeyBytes: keyRange)
      return String(decoding: bytes[range], as: UTF8.self)
    }
    #expect(sourceText(0..<2) == "Tô")
    #expect(sourceText(3..<6) == "Lâm")
    #expect(sourceText(8..<15) == "Straße")
    #expect(sourceText(12..<13) == "ß")  // the first half of "ss" still covers the whole letter
    #expect(folded.keyToSource.count == folded.key.utf8.count + 1)
    #expect(folded.keyToSource.last == bytes.count)
  }

  @Test func offsetsThroughNFDIncludeTheMarks() {
    let source = "To\u{0302} La\u{0302}m"
    let folded = Folding.fold(source)
    #expect(folded.key == "to lam")
    #expect(folded.sourceRange(ofKeyBytes: 0..<2) == 0..<4)
    #expect(folded.sourceRange(ofKeyBytes: 3..<6) == 5..<10)
  }

  @Test(arguments: [
    ("To\u{0302} La\u{0302}m", NormalizationForm.nfc, "Tô Lâm"),
    ("Tô", .nfd, "To\u{0302}"),
    ("ﬁ ＡＢＣ", .nfkc, "fi ABC"),
    ("ﬁ Straße ＡＢＣ", .nfkcCasefold, "fi strasse abc"),
    ("", .nfc, ""),
  ])
  func normalization(input: String, form: NormalizationForm, expected: String) {
    let result = input.normalized(form)
    #expect(result.unicodeScalars.elementsEqual(expected.unicodeScalars))
    #expect(result.isNormalized(form))
  }

  @Test func notNormalizedIsDetected() {
    #expect(!"To\u{0302}".isNormalized(.nfc))
    #expect(!"Tô".isNormalized(.nfd))
  }
}
