/// The byte-level search behind ``DocumentReferences/find(in:)``: finds digit runs, reads a code
/// after them and the type word, number marker and issuer words before them.
struct DocumentScanner {
  let bytes: UnsafeBufferPointer<UInt8>

  /// The type word (and number marker) found before a number.
  private struct Lead {
    let start: Int
    let entry: DocumentTypeWords.Entry
    let hasMarker: Bool
  }

  /// A code after the number: `-NQ/TW`.
  private struct Code {
    let typeCode: String
    let issuerCode: String?
    let end: Int
  }

  /// Longest number taken as a document number without a marker or code; longer ones are years.
  private static let maximumUnmarkedDigits = 3
  private static let maximumDigits = 6
  /// Longest word, in UTF-8 bytes, looked at before a number (NFD Vietnamese and Russian included).
  private static let maximumWordBytes = 64

  func references() -> [DocumentReference] {
    var found: [DocumentReference] = []
    var index = 0
    while index < bytes.count {
      guard Self.isDigit(bytes[index]) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < bytes.count && Self.isDigit(bytes[end]) { end += 1 }
      if let reference = reference(number: index..<end) {
        found.append(reference)
        index = reference.range.upperBound
      } else {
        index = end
      }
    }
    return found
  }

  private func reference(number: Range<Int>) -> DocumentReference? {
    guard number.count <= Self.maximumDigits, startsWord(at: number.lowerBound) else { return nil }
    let code = self.code(after: number.upperBound)
    let end = code?.end ?? number.upperBound
    guard endsWord(at: end) else { return nil }
    let lead = self.lead(before: number.lowerBound)

    let start: Int
    let typeCode: String
    switch (code, lead) {
    case (let code?, let lead?):
      start = lead.start
      typeCode = code.typeCode
    case (let code?, nil):
      guard code.issuerCode != nil else { return nil }
      start = number.lowerBound
      typeCode = code.typeCode
    case (nil, let lead?):
      guard let wordCode = lead.entry.typeCode,
        lead.hasMarker || number.count <= Self.maximumUnmarkedDigits
      else { return nil }
      start = lead.start
      typeCode = wordCode
    case (nil, nil):
      return nil
    }
    return DocumentReference(
      range: start..<end, text: string(start..<end), number: string(number),
      typeCode: typeCode, issuerCode: code?.issuerCode ?? "TW")
  }

  // MARK: After the number

  /// Reads `-TYPE` or `-TYPE/ISSUER` in uppercase letters starting at `index`.
  private func code(after index: Int) -> Code? {
    guard index < bytes.count, bytes[index] == UInt8(ascii: "-") else { return nil }
    guard let type = codeLetters(from: index + 1) else { return nil }
    guard type.end < bytes.count, bytes[type.end] == UInt8(ascii: "/"),
      let issuer = codeLetters(from: type.end + 1)
    else { return Code(typeCode: type.letters, issuerCode: nil, end: type.end) }
    return Code(typeCode: type.letters, issuerCode: issuer.letters, end: issuer.end)
  }

  /// A run of code letters as uppercase ASCII, with Đ → D and Cyrillic capitals that look like
  /// Latin ones read as Latin (`QĐ/ТW` with Cyrillic Т is `QD/TW`).
  private func codeLetters(from start: Int) -> (letters: String, end: Int)? {
    var letters: [UInt8] = []
    var index = start
    while index < bytes.count, letters.count < 12, let letter = codeLetter(at: index) {
      letters.append(letter.ascii)
      index += letter.length
    }
    guard !letters.isEmpty else { return nil }
    return (String(decoding: letters, as: UTF8.self), index)
  }

  private func codeLetter(at index: Int) -> (ascii: UInt8, length: Int)? {
    let byte = bytes[index]
    if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return (byte, 1) }
    guard index + 1 < bytes.count else { return nil }
    let next = bytes[index + 1]
    switch (byte, next) {
    case (0xC4, 0x90), (0xC3, 0x90): return (UInt8(ascii: "D"), 2)  // Đ, Ð
    case (0xD0, _):
      guard let latin = Self.cyrillicLookalikes[next] else { return nil }
      return (latin, 2)
    default: return nil
    }
  }

  /// Second bytes of Cyrillic capitals (lead byte 0xD0) that look like Latin capitals.
  private static let cyrillicLookalikes: [UInt8: UInt8] = [
    0x90: UInt8(ascii: "A"), 0x92: UInt8(ascii: "B"), 0x95: UInt8(ascii: "E"),
    0x9A: UInt8(ascii: "K"), 0x9C: UInt8(ascii: "M"), 0x9D: UInt8(ascii: "H"),
    0x9E: UInt8(ascii: "O"), 0xA0: UInt8(ascii: "P"), 0xA1: UInt8(ascii: "C"),
    0xA2: UInt8(ascii: "T"), 0xA5: UInt8(ascii: "X"),
  ]

  // MARK: Before the number

  /// The type word before a number, with an optional number marker and issuer words in between.
  private func lead(before numberStart: Int) -> Lead? {
    var end = skipSpaces(before: numberStart)
    var hasMarker = false
    if let markerStart = numberMarkerStart(endingAt: end) {
      hasMarker = true
      end = skipSpaces(before: markerStart)
    }
    // Up to three issuer words may stand between the type word and the number; an article
    // (`des`) only before an issuer noun, so that `Resolution des 13. Parteitags` is no reference.
    var afterIssuerNoun = false
    for _ in 0...3 {
      guard let word = wordRange(endingAt: end) else { return nil }
      let folded = Folding.key(string(word))
      if let entry = DocumentTypeWords.singleWords[folded] {
        return Lead(start: word.lowerBound, entry: entry, hasMarker: hasMarker)
      }
      let previousEnd = skipSpaces(before: word.lowerBound)
      if previousEnd < word.lowerBound, let previous = wordRange(endingAt: previousEnd),
        let entry = DocumentTypeWords.vietnameseWords[Folding.key(string(previous)) + " " + folded]
      {
        return Lead(start: previous.lowerBound, entry: entry, hasMarker: hasMarker)
      }
      if DocumentTypeWords.issuerNouns.contains(folded) {
        afterIssuerNoun = true
      } else if !(afterIssuerNoun && DocumentTypeWords.issuerArticles.contains(folded)) {
        return nil
      }
      guard previousEnd < word.lowerBound else { return nil }
      end = previousEnd
    }
    return nil
  }

  /// Where a number marker (`№`, `N°`, `No.`, `Nr`, `số`) ending at `end` starts.
  private func numberMarkerStart(endingAt end: Int) -> Int? {
    guard end > 0 else { return nil }
    if end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x84 && bytes[end - 1] == 0x96 {
      return end - 3  // №
    }
    if end >= 3 && (bytes[end - 3] | 0x20) == UInt8(ascii: "n") && bytes[end - 2] == 0xC2
      && (bytes[end - 1] == 0xB0 || bytes[end - 1] == 0xBA)
    {
      return end - 3  // N°, Nº
    }
    let wordEnd = bytes[end - 1] == UInt8(ascii: ".") ? end - 1 : end
    guard let word = wordRange(endingAt: wordEnd), word.count <= 8,
      DocumentTypeWords.numberMarkers.contains(Folding.key(string(word)))
    else { return nil }
    return word.lowerBound
  }

  /// The letters (with combining marks) ending at `end`, or nil when none end there or they are
  /// longer than any type, marker or issuer word (which also bounds the work per digit).
  private func wordRange(endingAt end: Int) -> Range<Int>? {
    var start = end
    while let (scalar, scalarStart) = scalar(endingAt: start), Self.isWordScalar(scalar) {
      start = scalarStart
      guard end - start <= Self.maximumWordBytes else { return nil }
    }
    return start < end ? start..<end : nil
  }

  /// Steps back over spaces on the same line (ASCII, no-break and Unicode spaces).
  private func skipSpaces(before end: Int) -> Int {
    var index = end
    while let (scalar, start) = scalar(endingAt: index), Self.isSpace(scalar) { index = start }
    return index
  }

  // MARK: Boundaries

  /// Whether a number starting at `index` is a word of its own: not the end of `COVID-19`, `A4`,
  /// `25/10` or `1.5` (but `No.18` is).
  private func startsWord(at index: Int) -> Bool {
    guard let (scalar, start) = scalar(endingAt: index) else { return true }
    switch scalar {
    case "-", "/", "_", "\u{2010}", "\u{2011}": return false
    case ".", ",", ":":
      guard let (before, _) = self.scalar(endingAt: start) else { return true }
      return !Self.isDigitScalar(before)
    default: return !Self.isWordScalar(scalar) && !Self.isDigitScalar(scalar)
    }
  }

  /// Whether a reference ending at `index` is followed by a word boundary: not `13th`, `18.5`,
  /// `28/2020` or `18-year`.
  private func endsWord(at index: Int) -> Bool {
    guard let (scalar, length) = scalar(startingAt: index) else { return true }
    switch scalar {
    case "-", "/", ".", ",", ":", "_":
      guard let (after, _) = self.scalar(startingAt: index + length) else { return true }
      return !Self.isWordScalar(after) && !Self.isDigitScalar(after)
    default: return !Self.isWordScalar(scalar) && !Self.isDigitScalar(scalar)
    }
  }

  // MARK: Bytes and scalars

  private func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// The scalar that ends at byte `end`, and where it starts (the input is valid UTF-8).
  private func scalar(endingAt end: Int) -> (Unicode.Scalar, Int)? {
    guard end > 0 else { return nil }
    var start = end - 1
    while start > 0 && end - start < 4 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    guard let (scalar, length) = scalar(startingAt: start), start + length == end else {
      return nil
    }
    return (scalar, start)
  }

  /// The scalar that starts at byte `start`, and its length in bytes.
  private func scalar(startingAt start: Int) -> (Unicode.Scalar, Int)? {
    guard start < bytes.count else { return nil }
    let lead = bytes[start]
    let length: Int
    var value: UInt32
    switch lead {
    case 0..<0x80: return (Unicode.Scalar(lead), 1)
    case 0xC0..<0xE0: (length, value) = (2, UInt32(lead & 0x1F))
    case 0xE0..<0xF0: (length, value) = (3, UInt32(lead & 0x0F))
    case 0xF0..<0xF8: (length, value) = (4, UInt32(lead & 0x07))
    default: return nil
    }
    guard start + length <= bytes.count else { return nil }
    for offset in 1..<length {
      let byte = bytes[start + offset]
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func isDigitScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.numericType != nil
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let byte = UInt8(scalar.value)
      return (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case " ", "\t", "\u{00A0}", "\u{2000}"..."\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}": true
    default: false
    }
  }
}
