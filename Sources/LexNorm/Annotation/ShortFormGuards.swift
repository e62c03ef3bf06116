/// Positions where a capitalised word that spells a registered person's name is not that person:
/// another person's abbreviated name (`V.Dũng`, `Ảnh: T.Lâm`) and, in Vietnamese text, a
/// sentence's first word that starts a common compound (`Phát triển kinh tế`).
enum ShortFormGuards {
  /// Whether the word at `position` follows a one-letter initial and its dot (`V.Dũng`, `N. Hải`):
  /// an abbreviated name of someone else, never a short form.
  static func followsInitial(
    _ position: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let previous = position - 1
    // The dot first: it rules out nearly every word without building a string.
    guard previous >= 0, bytes[tokens[previous].end] == UInt8(ascii: "."),
      tokens[previous].isCapitalized, tokens[previous].length <= 3
    else { return false }
    let initial = tokens[previous]
    // One letter: one ASCII byte, or one precomposed letter (`Đ.`) of two or three bytes.
    guard String(decoding: bytes[initial.start..<initial.end], as: UTF8.self).count == 1 else {
      return false
    }
    return bytes[initial.end + 1..<tokens[position].start].allSatisfy { $0 == UInt8(ascii: " ") }
  }

  /// Whether the word at `position` begins a sentence and a lower-case word that may be a
  /// Vietnamese syllable follows it: a capitalised common word starting a compound (`Phát
  /// triển`, `Hải quân`). Vietnamese news names a person at a sentence's start in full or after a
  /// word such as `ông` or `đồng chí`, so the lone syllable there is not read as a short form.
  static func startsCompound(
    _ position: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let next = position + 1
    guard next < tokens.count, tokens[next].joinsPrevious, !tokens[next].isCapitalized,
      !tokens[next].isNumeric, beginsSentence(position, tokens: tokens, bytes: bytes)
    else { return false }
    let word = String(decoding: bytes[tokens[next].start..<tokens[next].end], as: UTF8.self)
    return !NameKey.candidates(forToken: word).isEmpty
  }

  /// Whether the word at `position` is the first of its sentence: the text's first word, or one
  /// after a full stop, `!`, `?`, `:` or a line break (quotes and brackets may stand between).
  static func beginsSentence(
    _ position: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard position > 0 else { return true }
    return bytes[tokens[position - 1].end..<tokens[position].start].contains {
      sentenceEnds.contains($0)
    }
  }

  private static let sentenceEnds: Set<UInt8> = [
    UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"),
    UInt8(ascii: "\n"),
  ]
}
