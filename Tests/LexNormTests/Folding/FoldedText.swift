@testable import LexNorm

/// A comparison key and the map from its bytes back to the source text's bytes: the slow,
/// scalar-by-scalar reference that the library's fast folding paths are checked against.
struct FoldedText: Sendable, Hashable {
  /// The folded key (see ``Folding``).
  let key: String
  /// For each UTF-8 byte of ``key``, the UTF-8 offset in the source of the scalar that produced
  /// it; one extra last element holds the source's length.
  let keyToSource: [Int]

  /// The source byte range that produced the key bytes `keyRange`.
  ///
  /// Combining marks dropped by folding belong to the letter before them, so a range that ends
  /// after a letter also covers that letter's marks in the source.
  ///
  /// - Precondition: `keyRange` lies within `0...key.utf8.count`.
  func sourceRange(ofKeyBytes keyRange: Range<Int>) -> Range<Int> {
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

extension Folding {
  /// The comparison key of `text` together with a map back to `text`'s UTF-8 byte offsets,
  /// folded one scalar at a time through ``ScalarFolding/fold(_:)``.
  static func fold(_ text: String) -> FoldedText {
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
}
