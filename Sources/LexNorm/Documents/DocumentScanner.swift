/// The byte-level search behind ``DocumentReferences/find(in:)``: finds digit runs, reads a code
/// after them and the type word, number marker and issuer words before them.
struct DocumentScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  // Held here rather than read from globals for every digit or letter.
  private let scalars = WordScalars.shared
  private let roles = DocumentTypeWords.roles

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The type word (and number marker) found before a number.
  private struct Lead {
    let start: Int
    let entry: DocumentTypeWords.Entry
    let hasMarker: Bool
  }

  /// A word before the number, with its roles (nil for none).
  private struct Word {
    let range: Range<Int>
    let role: DocumentTypeWords.Role?
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
    while let number = digitRun(from: index) {
      if let reference = reference(number: number) {
        found.append(reference)
        index = reference.range.upperBound
      } else {
        index = number.upperBound
      }
    }
    return found
  }

  /// The first run of ASCII digits at or after `start`, looked for sixteen bytes at a time:
  /// digits are rare in text, and this search runs over every byte.
  private func digitRun(from start: Int) -> Range<Int>? {
    var index = start
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      func digits(at offset: Int) -> UInt64 {
        let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        return Self.digitBytes(UInt64(littleEndian: word))
      }
      while index + 16 <= bytes.count {
        let (low, high) = (digits(at: index), digits(at: index + 8))
        if low | high != 0 {
          let (wordStart, digits) = low != 0 ? (index, low) : (index + 8, high)
          let firstBit = digits.trailingZeroBitCount
          // The run mostly ends at the first non-digit after its start in the same eight bytes.
          let nonDigits = ~digits & Self.highBits & (UInt64.max << firstBit)
          let end = nonDigits == 0 ? wordStart + 8 : wordStart + nonDigits.trailingZeroBitCount / 8
          return (wordStart + firstBit / 8)..<digitRunEnd(from: end)
        }
        index += 16
      }
    }
    while index < bytes.count && !Self.isDigit(bytes[index]) { index += 1 }
    guard index < bytes.count else { return nil }
    return index..<digitRunEnd(from: index + 1)
  }

  /// The end of the digits from `index` on.
  private func digitRunEnd(from index: Int) -> Int {
    var end = index
    while end < bytes.count && Self.isDigit(bytes[end]) { end += 1 }
    return end
  }

  /// The high bit of every byte of `word` that is an ASCII digit; all other bits clear.
  ///
  /// Per byte, its low seven bits are taken from 0x80 + "9" and added to 0x80 - "0": the high
  /// bits of the results say "≤ 9" and "≥ 0", and no borrow or carry crosses into the next byte.
  static func digitBytes(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let low = word & ~highBits
    let atMostNine = ones &* (0x80 + 0x39) &- low
    let atLeastZero = low &+ ones &* (0x80 - 0x30)
    return atMostNine & atLeastZero & ~word & highBits
  }

  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  private func reference(number: Range<Int>) -> DocumentReference? {
    guard number.count <= Self.maximumDigits, startsWord(at: number.lowerBound) else { return nil }
    let code = self.code(after: number.upperBound)
    let end = code?.end ?? number.upperBound
    guard endsWord(at: end) else { return nil }
    // A long number without a code (a year, mostly) is a reference only after a number marker:
    // settle that before reading the words in front.
    if code == nil, number.count > Self.maximumUnmarkedDigits {
      let markerEnd = skipSpaces(before: number.lowerBound)
      guard mayEndNumberMarker(at: markerEnd),
        numberMarkerStart(endingAt: markerEnd, word: word(endingAt: markerEnd)) != nil
      else { return nil }
    }
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
      typeCode = wordCode.description
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
    let maximumLetters = 12
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLetters) { letters in
      var count = 0
      var index = start
      while index < bytes.count, count < maximumLetters, let letter = codeLetter(at: index) {
        letters[count] = letter.ascii
        count += 1
        index += letter.length
      }
      guard count > 0 else { return nil }
      return (String(decoding: letters[..<count], as: UTF8.self), index)
    }
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
    let end = skipSpaces(before: numberStart)
    var next = word(endingAt: end)
    var hasMarker = false
    if let markerStart = numberMarkerStart(endingAt: end, word: next) {
      hasMarker = true
      next = word(endingAt: skipSpaces(before: markerStart))
    }
    // Up to three issuer words may stand between the type word and the number; an article
    // (`des`) only before an issuer noun, so that `Resolution des 13. Parteitags` is no reference.
    var afterIssuerNoun = false
    for _ in 0...3 {
      // Most words before a number have no role: they end the search at once.
      guard let word = next, let role = word.role else { return nil }
      let range = word.range
      if let entry = role.typeWord {
        return Lead(start: range.lowerBound, entry: entry, hasMarker: hasMarker)
      }
      let previousEnd = skipSpaces(before: range.lowerBound)
      if role.endsVietnameseWord, previousEnd < range.lowerBound,
        let previous = wordRange(endingAt: previousEnd),
        let entry = vietnameseWord(previous, range)
      {
        return Lead(start: previous.lowerBound, entry: entry, hasMarker: hasMarker)
      }
      if role.isIssuerNoun {
        afterIssuerNoun = true
      } else if !(afterIssuerNoun && role.isIssuerArticle) {
        return nil
      }
      guard previousEnd < range.lowerBound else { return nil }
      next = self.word(endingAt: previousEnd)
    }
    return nil
  }

  /// Where a number marker (`№`, `N°`, `No.`, `Nr`, `số`) ending at `end` starts.
  ///
  /// - Parameter word: the word ending at `end`, read once for this and the type word.
  private func numberMarkerStart(endingAt end: Int, word: Word?) -> Int? {
    guard end > 0 else { return nil }
    if end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x84 && bytes[end - 1] == 0x96 {
      return end - 3  // №
    }
    if end >= 3 && (bytes[end - 3] | 0x20) == UInt8(ascii: "n") && bytes[end - 2] == 0xC2
      && (bytes[end - 1] == 0xB0 || bytes[end - 1] == 0xBA)
    {
      return end - 3  // N°, Nº
    }
    let marker = bytes[end - 1] == UInt8(ascii: ".") ? self.word(endingAt: end - 1) : word
    guard let marker, marker.range.count <= 8, marker.role?.isNumberMarker == true else {
      return nil
    }
    return marker.range.lowerBound
  }

  /// Whether a number marker may end at `end`, by its last byte alone: `№`, `N°` and `Nº` end in
  /// a non-ASCII byte, and a marker word in `.`, in `o` or `r` (of any case), or in a non-ASCII
  /// byte (`số`, NFC or NFD).
  private func mayEndNumberMarker(at end: Int) -> Bool {
    guard end > 0 else { return false }
    let last = bytes[end - 1]
    return last >= 0x80 || last == UInt8(ascii: ".") || (last | 0x20) == UInt8(ascii: "o")
      || (last | 0x20) == UInt8(ascii: "r")
  }

  /// The word ending at `end` and its roles, or nil when no word ends there.
  private func word(endingAt end: Int) -> Word? {
    guard let (range, keyHash) = wordBackwards(endingAt: end) else { return nil }
    // The table's filter rules out most words by the hash made on the way: no folding.
    if let keyHash, !roles.mayContain(keyHash) { return Word(range: range, role: nil) }
    let role = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: roles.longestKey) { key in
      fold(range, into: key, at: 0).flatMap {
        roles.value(forKey: UnsafeBufferPointer(rebasing: key[..<$0]))
      }
    }
    return Word(range: range, role: role)
  }

  /// The entry of the two-syllable Vietnamese type word `first second`.
  private func vietnameseWord(_ first: Range<Int>, _ second: Range<Int>)
    -> DocumentTypeWords.Entry?
  {
    let table = DocumentTypeWords.vietnamesePairs
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: table.longestKey) { key in
      guard let space = fold(first, into: key, at: 0), space < key.count else { return nil }
      key[space] = UInt8(ascii: " ")
      guard let end = fold(second, into: key, at: space + 1) else { return nil }
      return table.value(forKey: UnsafeBufferPointer(rebasing: key[..<end]))
    }
  }

  /// Writes the `Folding.key` of the word `range` (see ``wordRange(endingAt:)``) to `output` from
  /// `start`.
  ///
  /// - Returns: where the key ends in `output`, or nil when it does not fit (a key longer than
  ///   `output` is in no table).
  private func fold(
    _ range: Range<Int>, into output: UnsafeMutableBufferPointer<UInt8>, at start: Int
  ) -> Int? {
    var index = range.lowerBound
    var end = start
    while index < range.upperBound {
      let byte = bytes[index]
      if byte < 0x80 {
        // An ASCII byte of a word is a letter: its key is its lower case.
        guard end < output.count else { return nil }
        output[end] = byte | 0x20
        end += 1
        index += 1
        continue
      }
      guard let (scalar, length) = scalar(startingAt: index),
        let next = scalars.fold(scalar, into: output, at: end)
      else { return nil }
      end = next
      index += length
    }
    return end
  }

  /// The letters (with combining marks) ending at `end`, or nil when none end there or they are
  /// longer than any type, marker or issuer word (which also bounds the work per digit).
  private func wordRange(endingAt end: Int) -> Range<Int>? {
    wordBackwards(endingAt: end)?.range
  }

  /// The word ending at `end` (see ``wordRange(endingAt:)``), read from its end, and the hash of
  /// its key made on the way; nil for the hash when a letter's folded form is not at hand.
  private func wordBackwards(endingAt end: Int) -> (range: Range<Int>, keyHash: FoldedKeyHash?)? {
    var start = end
    var keyHash = FoldedKeyHash()
    var hashed = true
    while start > 0 {
      let byte = bytes[start - 1]
      if byte < 0x80 {
        guard Self.isLetter(byte) else { break }
        keyHash.prepend(byte | 0x20)  // the key of an ASCII letter: its lower case
        start -= 1
      } else {
        guard let (scalar, scalarStart) = scalar(endingAt: start), scalars.isWord(scalar) else {
          break
        }
        if hashed { hashed = scalars.prependFold(of: scalar, to: &keyHash) }
        start = scalarStart
      }
      guard end - start <= Self.maximumWordBytes else { return nil }
    }
    return start < end ? (start..<end, hashed ? keyHash : nil) : nil
  }

  /// Steps back over spaces on the same line (ASCII, no-break and Unicode spaces).
  private func skipSpaces(before end: Int) -> Int {
    var index = end
    while index > 0 && bytes[index - 1] == UInt8(ascii: " ") { index -= 1 }
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
      return !scalars.isDigit(before)
    default: return !scalars.isWord(scalar) && !scalars.isDigit(scalar)
    }
  }

  /// Whether a reference ending at `index` is followed by a word boundary: not `13th`, `18.5`,
  /// `28/2020` or `18-year`.
  private func endsWord(at index: Int) -> Bool {
    guard let (scalar, length) = scalar(startingAt: index) else { return true }
    switch scalar {
    case "-", "/", ".", ",", ":", "_":
      guard let (after, _) = self.scalar(startingAt: index + length) else { return true }
      return !scalars.isWord(after) && !scalars.isDigit(after)
    default: return !scalars.isWord(scalar) && !scalars.isDigit(scalar)
    }
  }

  // MARK: Bytes and scalars

  private func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// The scalar that ends at byte `end`, and where it starts (the input is valid UTF-8).
  @inline(__always)
  private func scalar(endingAt end: Int) -> (Unicode.Scalar, Int)? {
    guard end > 0 else { return nil }
    if bytes[end - 1] < 0x80 { return (Unicode.Scalar(bytes[end - 1]), end - 1) }
    var start = end - 1
    while start > 0 && end - start < 4 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    guard let (scalar, length) = scalar(startingAt: start), start + length == end else {
      return nil
    }
    return (scalar, start)
  }

  /// The scalar that starts at byte `start`, and its length in bytes.
  @inline(__always)
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
    byte &- UInt8(ascii: "0") < 10
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- UInt8(ascii: "a") < 26
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case " ", "\t", "\u{00A0}", "\u{2000}"..."\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}": true
    default: false
    }
  }
}
