import Foundation
import Testing

@testable import LexNorm

@Suite("Tokenizer")
struct TokenizerTests {
  /// Each token as `text/flags`, flags in the order j (joins previous), c (capitalized),
  /// n (numeric), a (ASCII), m (mixed script), u (in URL).
  static func described(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      Tokenizer.tokens(in: bytes).map { token in
        let word = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
        let flags = [
          (token.joinsPrevious, "j"), (token.isCapitalized, "c"), (token.isNumeric, "n"),
          (token.isASCII, "a"), (token.isMixedScript, "m"), (token.isInURL, "u"),
        ]
        return word + "/" + flags.filter(\.0).map(\.1).joined()
      }.joined(separator: " ")
    }
  }

  @Test(arguments: [
    ("Lam's book", "Lam/ca s/ja book/ja"),
    ("LAM'S", "LAM/ca S/jca"),
    ("don't O'Neil rock'n'roll", "don't/a O'Neil/jca rock'n'roll/ja"),
    ("don’t Lam’s", "don’t/ Lam/jca s/ja"),
    ("it's' 'tis '", "it/a s/ja tis/a"),
    ("Thai-Binh Thai--Binh Thai - Binh", "Thai/ca Binh/jca Thai/jca Binh/ca Thai/jca Binh/jca"),
    (
      "Thai\u{2010}Binh Thai\u{2011}Binh Thai\u{2014}Binh",
      "Thai/ca Binh/jca Thai/jca Binh/jca Thai/jca Binh/ca"
    ),
    ("To Lam, Luong", "To/ca Lam/jca Luong/ca"),
    ("To\u{A0}Lam To\u{2009}Lam To\u{2003}Lam", "To/ca Lam/jca To/jca Lam/jca To/jca Lam/ca"),
    ("Tô Lâm Đà Nẵng", "Tô/c Lâm/jc Đà/jc Nẵng/jc"),
    ("Москва ёж Тô", "Москва/c ёж/j Тô/jcm"),
    ("2024 18-NQ/TW ٣٤ 12a", "2024/na 18/jna NQ/jca TW/ca ٣٤/jn 12a/ja"),
    ("e\u{301}tude \u{301}a", "e\u{301}tude/ \u{301}a/j"),
    ("a😀b 𝐀b", "a/a b/a 𝐀b/jc"),
    (
      "see https://x.vn/chu-tich-nuoc now WWW.gov.vn www x.www.y",
      "see/a https/ja x/au vn/au chu/au tich/jau nuoc/jau now/ja WWW/jcau gov/au vn/au "
        + "www/ja x/ja www/au y/au"
    ),
    ("ending mid-wor", "ending/a mid/ja wor/ja"),
    ("", ""),
  ])
  func tokensAndFlags(text: String, expected: String) {
    #expect(Self.described(text) == expected)
  }

  /// Inputs where the fast paths (8-byte ASCII runs, tables, apostrophes, gaps, URLs) meet
  /// their edges.
  static let trickyInputs = [
    "Lam's People's Lam’s it's s's 's ' ’ ''a a'' a'b'c a’’b x'S X'sY a'1 1'a 1's é'é Ж'ж",
    "Thai-Binh Thai--Binh Thai - Binh a-'b a'-b a ' b a\t-\tb a\u{2010}b a\u{2011}b a\u{2012}b",
    "To\u{A0}Lam To\u{202F}Lam To\u{2009}Lam To\u{200A}Lam To\u{2003}Lam To\u{3000}Lam",
    "a\u{2028}b a\u{2029}b a\u{205F}b a\r\nb a\u{85}b a\u{FEFF}b",
    "e\u{301} \u{301}a \u{301}\u{302} a\u{20DD} \u{903}x ะ\u{E31} ب\u{64E}",
    "abcdefg abcdefgh abcdefghi abcdefghijklmnopq 1234567 12345678 123456789 a1b2c3d4e5",
    "ABCDEFGH@abcdefgh[abcdefgh`abcdefgh{abcdefgh/01234567:0123",
    "https://a.b/c-d http://x:80/p?q=1&r=s#t ftp://x www.a.b WWW.A www. wwwx.a xwww.a www",
    "a://b :// ://x x:/ / x:// www.www.www. w.ww.www wwx.a wxw.a xww.a ww.a Www.a wWW.",
    "Tô Lâm Nguyễn Phú Trọng Đà Nẵng Lương Cường ƯƠ ươ ĐĐ đ Ặ ặ",
    "Москва Тô Lâм мixed ЁЖ ёж Ѐ ѐ Ӂ ӂ Ԁ ԁ ԯ ҂ ҈ Ѷ",
    "Жжжж ЖжжжЖ жжжжжжжжж Ѐѿҋѿѿѿѿ ѿ҂ж жж҂ж жЖ1ж Жa жё'ж ж’ж Жs ж's ж\u{301}жжжж Жжжжжжжжжжжжжжжжжж",
    "١٢٣ ٣a ๑๒ ²³ ½ Ⅻ 𝟘𝟙 ０１",
    "😀 a😀b 😀a 𝐀 𝐀b b𝐀 🇻🇳 👍🏽 𝕏 𠀀 𠀀a",
    "Straße ÄÖÜ äöü ß × ÷ ª º µ ÿ Ÿ ǅ ǆ ʰ ˆ ̀",
    "«Tô» „mir“ “quote” ‘single’ — – … • · § © ® ™ €",
    "tab\tsep\u{0B}vt\u{0C}ff\u{0}nul\u{7F}del",
    "ending mid-wor",
    "ends with apostrophe'",
    "ends with ’",
    "x",
    "",
  ]

  static func expectAgreement(_ bytes: UnsafeBufferPointer<UInt8>, _ label: String) {
    let expected = ReferenceTokenizer.tokens(in: bytes)
    let actual = Tokenizer.tokens(in: bytes)
    #expect(actual == expected, "\(label)")
    let casesDiffer = expected.map { bytes[$0.start..<$0.end] }.filter {
      Tokenizer.startsUppercase($0) != ReferenceTokenizer.startsUppercase($0)
    }
    #expect(casesDiffer.isEmpty, "\(label)")
  }

  @Test(arguments: trickyInputs)
  func agreesWithReferenceOnEveryPrefix(text: String) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { all in
      // Every prefix that ends on a character boundary: text that stops mid-word, mid-gap,
      // right after an apostrophe or inside an 8-byte run.
      for end in 0...all.count where end == all.count || all[end] & 0xC0 != 0x80 {
        Self.expectAgreement(UnsafeBufferPointer(rebasing: all[..<end]), "\(text) [..<\(end)]")
      }
    }
  }

  /// Every ASCII byte at every offset of an 8-byte run, after letters and after digits.
  @Test(arguments: ["abcdefghijklmno", "0123456789012345", "A'b-C d9E'f-g h"])
  func agreesWithReferenceOnEveryASCIIByteInRuns(filler: String) {
    for byte in UInt8(0)..<0x80 {
      for offset in 0..<10 {
        var bytes = Array(filler.utf8)
        bytes[offset] = byte
        bytes.withUnsafeBufferPointer { Self.expectAgreement($0, "\(byte) at \(offset)") }
      }
    }
  }

  /// Every scalar of the Basic Multilingual Plane and of plane 1, and a sample beyond, first in
  /// a word, inside one (in an ASCII or a Cyrillic run), after an apostrophe, alone and
  /// repeated.
  @Test(arguments: ["_S_", "aSb", "aaSa", "жжSж", "1S", "a'S", "a’Sb", "S's", "SSSSS"])
  func agreesWithReferenceOnScalars(pattern: String) {
    let values = Array(0x20...0x1FFFF) + Array(stride(from: 0x20000, through: 0x10FFFF, by: 97))
    var text = ""
    for scalar in values.compactMap({ Unicode.Scalar(UInt32($0)) }) {
      text += pattern.replacing("S", with: String(scalar)) + " "
    }
    text.withUTF8 { Self.expectAgreement($0, pattern) }
  }

  @Test(
    .enabled(if: FileManager.default.fileExists(atPath: corpusPath), "no bench corpus here"))
  func agreesWithReferenceOnCorpus() throws {
    let handle = try #require(FileHandle(forReadingAtPath: Self.corpusPath))
    defer { try? handle.close() }
    var bytes = try #require(try handle.read(upToCount: 2 << 20))
    // Stop at a line end, so no character is cut.
    if let lastLine = bytes.lastIndex(of: 0x0A) { bytes = bytes[..<lastLine] }
    Array(bytes).withUnsafeBufferPointer { all in
      var lineStart = 0
      for (index, byte) in all.enumerated() where byte == 0x0A {
        Self.expectAgreement(UnsafeBufferPointer(rebasing: all[lineStart..<index]), "line")
        lineStart = index + 1
      }
      Self.expectAgreement(all, "whole")
    }
  }

  static let corpusPath = "/work/bench/data/corpus.txt"
}
