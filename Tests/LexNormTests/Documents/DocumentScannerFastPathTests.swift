import Testing

@testable import LexNorm

/// The byte-level fast paths of the document scanner agree with the slow answers they replace:
/// `Unicode.Scalar.Properties`, `Folding.key` and `String`-keyed tables.
@Suite("Document scanner fast paths")
struct DocumentScannerFastPathTests {
  // MARK: Scalars

  /// Tabled ranges (Latin, Cyrillic, combining marks, Vietnamese, punctuation and `№`) and
  /// ranges answered the slow way (CJK, Arabic digits, 4-byte scalars).
  @Test(
    arguments: [
      0x0..<0x80, 0x80..<0x800, 0x800..<0x1E00, 0x1E00..<0x1F00, 0x1F00..<0x2000,
      0x2000..<0x2180, 0x2180..<0x3100, 0xFF00..<0xFF70, 0x1D400..<0x1D500,
    ] as [Range<UInt32>])
  func scalarsAgreeWithTheirProperties(range: Range<UInt32>) {
    let scalars = WordScalars.shared
    for scalar in range.compactMap(Unicode.Scalar.init) {
      let properties = scalar.properties
      let isWord = properties.isAlphabetic || properties.generalCategory == .nonspacingMark
      #expect(scalars.isWord(scalar) == isWord, "\(scalar.value)")
      #expect(scalars.isDigit(scalar) == (properties.numericType != nil), "\(scalar.value)")
      let key = Array(Folding.key(String(scalar)).utf8)
      #expect(fold(scalar, capacity: 16) == key, "\(scalar.value)")
      if !key.isEmpty {
        #expect(fold(scalar, capacity: key.count - 1) == nil, "\(scalar.value)")
      }
      var keyHash = FoldedKeyHash()
      if !scalar.isASCII, scalars.prependFold(of: scalar, to: &keyHash) {
        #expect(keyHash.value == key.withUnsafeBufferPointer { FoldedKeyHash(key: $0).value })
      }
    }
  }

  /// The folded form of `scalar` written into a buffer of `capacity` bytes, or nil when it
  /// does not fit.
  private func fold(_ scalar: Unicode.Scalar, capacity: Int) -> [UInt8]? {
    var buffer = [UInt8](repeating: 0, count: capacity)
    let end = buffer.withUnsafeMutableBufferPointer {
      WordScalars.shared.fold(scalar, into: $0, at: 0)
    }
    return end.map { Array(buffer[..<$0]) }
  }

  // MARK: Digits

  /// Every byte value in every position of a word, among bytes that are no digits.
  @Test(arguments: 0..<8)
  func digitBytesMarkExactlyTheDigits(position: Int) {
    for filler: UInt8 in [0x00, 0x2F, 0x3A, 0xB0, 0xFF] {
      for value in UInt8.min...UInt8.max {
        var bytes = [UInt8](repeating: filler, count: 8)
        bytes[position] = value
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        let expected: UInt64 = value &- 0x30 < 10 ? 0x80 << (8 * position) : 0
        #expect(DocumentScanner.digitBytes(UInt64(littleEndian: word)) == expected)
      }
    }
    let digits = Array("0123456789".utf8)
    let word = digits.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    #expect(DocumentScanner.digitBytes(UInt64(littleEndian: word)) == 0x8080_8080_8080_8080)
  }

  // MARK: Word tables

  @Test func rolesHoldEveryWordOfTheStringTables() {
    func role(_ word: String) -> DocumentTypeWords.Role? {
      let key = Array(word.utf8)
      return key.withUnsafeBufferPointer { key in
        #expect(DocumentTypeWords.roles.mayContain(FoldedKeyHash(key: key)), "\(word)")
        return DocumentTypeWords.roles.value(forKey: key)
      }
    }
    for (word, entry) in DocumentTypeWords.singleWords {
      #expect(role(word)?.typeWord?.typeCode?.description == entry.typeCode?.description)
      #expect(role(word)?.typeWord != nil, "\(word)")
    }
    for (pair, entry) in DocumentTypeWords.vietnameseWords {
      let found = Array(pair.utf8).withUnsafeBufferPointer {
        DocumentTypeWords.vietnamesePairs.value(forKey: $0)
      }
      #expect(found?.typeCode?.description == entry.typeCode?.description, "\(pair)")
      #expect(found != nil, "\(pair)")
    }
    #expect(
      ["quyet", "thi", "dinh", "luan", "dan", "hoach"].allSatisfy {
        role($0)?.endsVietnameseWord == true
      })
    #expect(DocumentTypeWords.issuerNouns.allSatisfy { role($0)?.isIssuerNoun == true })
    #expect(DocumentTypeWords.issuerArticles.allSatisfy { role($0)?.isIssuerArticle == true })
    #expect(DocumentTypeWords.numberMarkers.allSatisfy { role($0)?.isNumberMarker == true })
  }

  @Test(arguments: [
    "", "resolutio", "resolutionx", "Resolution", "the", "in", "nghi", "nghi quyet", "số",
    "в", "года", "des ", "no.",
  ])
  func rolesHoldNoOtherWord(word: String) {
    let found = Array(word.utf8).withUnsafeBufferPointer {
      DocumentTypeWords.roles.value(forKey: $0)
    }
    #expect(found == nil)
  }

  @Test func keyHashIsTheSameReadForwardOrBackward() {
    let key = Array("постановлениями".utf8)
    var backward = FoldedKeyHash()
    for byte in key.reversed() { backward.prepend(byte) }
    #expect(key.withUnsafeBufferPointer { FoldedKeyHash(key: $0).value } == backward.value)
  }

  // MARK: Whole references

  /// Each row: input, the surfaces of the references expected in it. Every input is also read
  /// after 0 to 16 bytes of padding, so that its digits fall on every position of the 16-byte
  /// steps of the digit search.
  @Test(arguments: [
    ("Nghị quyết số 18-NQ/TW", ["Nghị quyết số 18-NQ/TW"]),
    ("NGHỊ QUYẾT SỐ 18", ["NGHỊ QUYẾT SỐ 18"]),
    (
      "Nghi\u{0323} quye\u{0302}\u{0301}t so\u{0302}\u{0301} 9",
      [
        "Nghi\u{0323} quye\u{0302}\u{0301}t so\u{0302}\u{0301} 9"
      ]
    ),
    ("Quyết định 99 và Kết luận 999", ["Quyết định 99", "Kết luận 999"]),
    ("theo 242-QĐ/ТW,", ["242-QĐ/ТW"]),
    ("Резолюция №18 и РЕШЕНИЕ № 5", ["Резолюция №18", "РЕШЕНИЕ № 5"]),
    ("RESOLUTION N° 18", ["RESOLUTION N° 18"]),
    ("Conclusion No.18.", ["Conclusion No.18"]),
    ("Beschluss des Politbüros Nr. 242", ["Beschluss des Politbüros Nr. 242"]),
    ("решением Политбюро № 242-QD/TW", ["решением Политбюро № 242-QD/TW"]),
    ("Resolution No. 2025 and Plan 2025", ["Resolution No. 2025"]),
    ("Straße 9, năm 2025, số 99, in 1999", []),
    ("COVID-19, Resolution 25/10, Resolution 1.5, Resolution 1234567", []),
    ("Resolution 123456789012345678 and Resolution 9", ["Resolution 9"]),
  ])
  func findsReferencesAtEveryAlignment(input: String, surfaces: [String]) {
    for padding in 0...16 {
      let text = String(repeating: "x", count: padding) + " " + input
      #expect(DocumentReferences.find(in: text).map(\.text) == surfaces, "padding \(padding)")
    }
  }
}
