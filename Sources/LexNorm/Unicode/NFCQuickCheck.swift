extension ICU {
  /// Whether `text` is certainly NFC without asking ICU: every scalar is one that no
  /// normalization touches (see ``isInertStarter(_:)``). Then a string of them is NFC, as in
  /// the quick check of UAX #15: nothing decomposes, reorders or composes.
  static func isNFCByItsScalars(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        if bytes[index] < 0x80 {
          index += 1
          continue
        }
        let (value, width) = UTF8Scalars.decode(bytes, at: index)
        guard isInertStarter(value) else { return false }
        index += width
      }
      return true
    }
  }

  /// Scalars of the Latin, Greek and Cyrillic letter blocks and of general punctuation that are
  /// canonical combining class 0, unchanged by NFC, and never the second half of a canonical
  /// composition (NFC_Quick_Check = Yes). ASCII is too. `NFCQuickCheckTests` proves each range
  /// against ICU.
  @inline(__always)
  static func isInertStarter(_ value: UInt32) -> Bool {
    switch value {
    case 0..<0x300, 0x1E00..<0x1F00, 0x2010..<0x2028: true
    // Greek and Cyrillic, less the NFC singletons ʹ ; · and the combining Cyrillic marks.
    case 0x374, 0x37E, 0x387, 0x483...0x489: false
    case 0x370..<0x530: true
    default: false
    }
  }
}
