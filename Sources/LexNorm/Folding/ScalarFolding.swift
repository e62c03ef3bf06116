/// Per-scalar folding table: what each Unicode scalar becomes in a comparison key.
///
/// Built once from ICU's canonical decompositions for the Latin, Greek and Cyrillic blocks, so
/// that folding in the hot path is a table lookup with no ICU call.
enum ScalarFolding {
  /// The folded form of a non-ASCII scalar: "" when it is dropped (combining marks).
  static func fold(_ scalar: Unicode.Scalar) -> Substring {
    if let folded = table[scalar.value] { return folded[...] }
    if scalar.properties.generalCategory == .nonspacingMark { return "" }
    let lower = scalar.properties.lowercaseMapping
    return lower[...]
  }

  /// ``fold(_:)`` of the scalars of a ``ScalarTable`` as packed UTF-8; `nil` where the folded
  /// form is longer than three bytes.
  static let packedTable = ScalarTable<PackedUTF8?> { PackedUTF8(fold($0)) }

  /// Letters whose folding is not "decompose, drop marks, lower-case".
  private static let specialCases: [UInt32: String] = [
    0x00DF: "ss", 0x1E9E: "ss",  // ß ẞ
    0x0110: "d", 0x0111: "d",  // Đ đ (no decomposition in Unicode)
    0x0141: "l", 0x0142: "l",  // Ł ł
    0x00D8: "o", 0x00F8: "o",  // Ø ø
    0x0131: "i",  // dotless ı
    0x0419: "й", 0x0439: "й",  // Й й: a letter of its own in Russian, not и + breve
    0x00C6: "ae", 0x00E6: "ae", 0x0152: "oe", 0x0153: "oe",
  ]

  private static let foldedRanges: [ClosedRange<UInt32>] = [
    0x00C0...0x024F, 0x0370...0x03FF, 0x0400...0x052F, 0x1E00...0x1EFF,
  ]

  private static let table: [UInt32: String] = {
    var table: [UInt32: String] = [:]
    for range in foldedRanges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        if let special = specialCases[value] {
          table[value] = special
          continue
        }
        let decomposed = String(Character(scalar)).normalized(.nfd)
        var folded = ""
        for part in decomposed.unicodeScalars
        where part.properties.generalCategory != .nonspacingMark {
          folded += part.properties.lowercaseMapping
        }
        if folded.unicodeScalars.elementsEqual(CollectionOfOne(scalar)) { continue }
        table[value] = folded
      }
    }
    return table
  }()
}
