/// Folding to a comparison key: the form in which spellings that differ only in case, diacritics
/// or normalization compare equal.
///
/// The key is lower case with every diacritic removed, including Vietnamese stacked marks
/// (`ờ`, `ặ`, `Ệ` → `o`, `a`, `e`) and `đ`/`Đ` → `d`; German `ß` → `ss`; Russian `ё` → `е`
/// (while `й` stays `й`). Precomposed (NFC) and decomposed (NFD) input give the same key.
/// Folding keeps the script: Cyrillic stays Cyrillic (``Transliteration`` crosses scripts).
///
/// ```swift
/// Folding.key("Đặng Thị Ngọc Thịnh")   // "dang thi ngoc thinh"
/// Folding.key("Straße")                 // "strasse"
/// ```
public enum Folding {
  /// The comparison key of `text`.
  public static func key(_ text: String) -> String {
    var text = text
    switch text.withUTF8(tableKey) {
    case .unchanged: return text
    case .folded(let key): return key
    case .outsideTable: return scalarKey(text)
    }
  }

  private enum TableKey {
    case unchanged
    case folded(String)
    case outsideTable
  }

  /// The key through ``ScalarFolding/packedTable``, without building a string when lower-case
  /// ASCII (most words) stays as it is.
  private static func tableKey(_ bytes: UnsafeBufferPointer<UInt8>) -> TableKey {
    var asciiEnd = 0
    var hasUppercase = false
    while asciiEnd < bytes.count, bytes[asciiEnd] < 0x80 {
      hasUppercase = hasUppercase || isASCIIUppercase(bytes[asciiEnd])
      asciiEnd += 1
    }
    if asciiEnd == bytes.count {
      guard hasUppercase else { return .unchanged }
      return .folded(
        String(unsafeUninitializedCapacity: bytes.count) { output in
          for (index, byte) in bytes.enumerated() {
            output[index] = isASCIIUppercase(byte) ? byte + 0x20 : byte
          }
          return bytes.count
        })
    }
    // A table entry is at most three bytes and stands for a scalar of at least two.
    let table = ScalarFolding.packedTable  // read once, not once a letter
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 2) { output in
      var count = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x80 {
          output[count] = isASCIIUppercase(byte) ? byte + 0x20 : byte
          count += 1
          index += 1
          continue
        }
        let (value, width) = UTF8Scalars.decode(bytes, at: index)
        guard let folded = table[value] ?? nil else { return .outsideTable }
        count = folded.write(to: output, at: count)
        index += width
      }
      let key = UnsafeBufferPointer(rebasing: output[..<count])
      return .folded(String(decoding: key, as: UTF8.self))
    }
  }

  /// The key one scalar at a time, for text with a scalar outside the table.
  private static func scalarKey(_ text: String) -> String {
    var key = ""
    key.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        key.unicodeScalars.append(asciiLowercase(scalar))
      } else {
        key += ScalarFolding.fold(scalar)
      }
    }
    return key
  }

  @inline(__always)
  static func isASCIIUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

  @inline(__always)
  static func asciiLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    (scalar.value >= 0x41 && scalar.value <= 0x5A)
      ? Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value + 0x20)) : scalar
  }
}
