/// Folding to a comparison key: the form in which spellings that differ only in case, diacritics
/// or normalization compare equal.
///
/// The key is lower case with every diacritic removed, including Vietnamese stacked marks
/// (`ờ`, `ặ`, `Ệ` → `o`, `a`, `e`) and `đ`/`Đ` → `d`; German `ß` → `ss`; Russian `ё` → `е`
/// (while `й` stays `й`). Precomposed (NFC) and decomposed (NFD) input give the same key.
/// Folding keeps the script: Cyrillic stays Cyrillic (see ``Transliterator`` and
/// ``Homoglyphs`` for crossing scripts).
///
/// ```swift
/// Folding.key("Đặng Thị Ngọc Thịnh")   // "dang thi ngoc thinh"
/// Folding.key("Straße")                 // "strasse"
/// ```
public enum Folding {
  /// The comparison key of `text`.
  public static func key(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      // ASCII is by far the most common case: lower-case the bytes and be done.
      if bytes.allSatisfy({ $0 < 0x80 }) {
        return String(unsafeUninitializedCapacity: bytes.count) { output in
          for (index, byte) in bytes.enumerated() {
            output[index] = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
          }
          return bytes.count
        }
      }
      var key = ""
      key.reserveCapacity(bytes.count)
      for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
        if scalar.isASCII {
          key.unicodeScalars.append(asciiLowercase(scalar))
        } else {
          key += ScalarFolding.fold(scalar)
        }
      }
      return key
    }
  }

  /// The comparison key of `text` together with a map back to `text`'s UTF-8 byte offsets.
  public static func fold(_ text: String) -> FoldedText {
    var key = ""
    key.reserveCapacity(text.utf8.count)
    var offsets: [Int] = []
    offsets.reserveCapacity(text.utf8.count + 1)
    var sourceOffset = 0
    for scalar in text.unicodeScalars {
      let before = key.utf8.count
      if scalar.isASCII {
        key.unicodeScalars.append(asciiLowercase(scalar))
      } else {
        key += ScalarFolding.fold(scalar)
      }
      let produced = key.utf8.count - before
      offsets.append(contentsOf: repeatElement(sourceOffset, count: produced))
      sourceOffset += UTF8.width(scalar)
    }
    offsets.append(sourceOffset)
    return FoldedText(key: key, keyToSource: offsets)
  }

  @inline(__always)
  static func asciiLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    (scalar.value >= 0x41 && scalar.value <= 0x5A) ? Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value + 0x20)) : scalar
  }
}

/// A comparison key and the map from its bytes back to the source text's bytes.
public struct FoldedText: Sendable, Hashable {
  /// The folded key (see ``Folding``).
  public let key: String
  /// For each UTF-8 byte of ``key``, the UTF-8 offset in the source of the scalar that produced
  /// it; one extra last element holds the source's length.
  public let keyToSource: [Int]

  /// The source byte range that produced the key bytes `keyRange`.
  ///
  /// Combining marks dropped by folding belong to the letter before them, so a range that ends
  /// after a letter also covers that letter's marks in the source.
  ///
  /// - Precondition: `keyRange` lies within `0...key.utf8.count`.
  public func sourceRange(ofKeyBytes keyRange: Range<Int>) -> Range<Int> {
    let start = keyToSource[keyRange.lowerBound]
    var end = keyToSource[keyRange.upperBound]
    // Several key bytes can come from one source scalar (ß → ss): extend to the scalar's end.
    if keyRange.upperBound > keyRange.lowerBound, end == keyToSource[keyRange.upperBound - 1] {
      var next = keyRange.upperBound
      while next < keyToSource.count - 1, keyToSource[next] == end { next += 1 }
      end = keyToSource[next]
    }
    return start..<end
  }
}
