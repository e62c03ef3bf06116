/// The structure of one Vietnamese syllable as written: onset, rhyme nucleus (with glides) and
/// final consonant, all in tone-less, lower-case, ASCII-folded spelling.
///
/// Parsing is the cheap test "can this token be a Vietnamese syllable at all": English, German and
/// Russian words almost never fit the pattern (onset + one of ~40 vowel groups + one of 8 finals).
struct VietnameseSyllable: Hashable, Sendable {
  /// The onset as written, folded: "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "kh", "ng",
  /// "ngh", "nh", "ph", "qu", "th", "tr", ….
  let onset: String
  /// Vowel letters including on- and off-glides ("uye", "oai", "uo"), folded.
  let nucleus: String
  /// "", "c", "ch", "m", "n", "ng", "nh", "p" or "t".
  let final: String

  /// Onsets, longest first so that `ngh` wins over `ng` and `n`.
  static let onsets = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
  ]
  static let finals = ["ng", "nh", "ch", "c", "m", "n", "p", "t"]
  /// Folded vowel groups that occur in Vietnamese rhymes.
  static let nuclei: Set<String> = [
    "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe",
    "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ye", "ieu", "yeu", "oai", "oay", "oeo", "uoi",
    "uou", "uay", "uya", "uye", "uyu",
  ]
  /// Vowel groups that end in an off-glide and therefore take no final consonant.
  static let openNuclei: Set<String> = [
    "ai", "ao", "au", "ay", "eo", "eu", "ia", "iu", "oi", "ui", "uu", "ieu", "yeu", "oai", "oay",
    "oeo", "uoi", "uou", "uay", "uya", "uyu",
  ]

  /// Diphthongs that never end a syllable (iê, yê, uô, ươ, uyê: open syllables write ia, ya, ua,
  /// ưa, uya instead).
  static let closedNuclei: Set<String> = ["ie", "ye", "uo", "uye", "uie"]

  /// Whether a nucleus may stand with this final (open glides take none, closed diphthongs need one).
  static func allows(nucleus: String, final: String) -> Bool {
    final.isEmpty ? !closedNuclei.contains(nucleus) : !openNuclei.contains(nucleus)
  }

  /// Parses a folded syllable (lower case, no tone or vowel marks, `đ` kept); `nil` when it has no
  /// Vietnamese syllable structure.
  init?(folded syllable: String) {
    // Bytes, not Characters: this runs for every token of a text.
    var syllable = syllable
    guard let (onset, nucleus, final) = syllable.withUTF8(Self.parse) else { return nil }
    self.onset = onset
    self.nucleus = nucleus
    self.final = final
  }

  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, String, String)? {
    guard !bytes.isEmpty, bytes.count <= 8 else { return nil }
    var onset = ""
    var onsetLength = 0
    for (spelling, spellingBytes) in onsetBytes
    where spellingBytes[0] == bytes[0] && bytes.starts(with: spellingBytes) {
      onset = spelling
      onsetLength = spellingBytes.count
      break
    }
    if onset == "gi", bytes.count == 2 || !isVowel(bytes[2]) {
      onset = "g"  // gì, gìn: the i is the vowel
      onsetLength = 1
    }
    let rest = bytes[onsetLength...]
    var final = ""
    var finalLength = 0
    for (spelling, spellingBytes) in finalBytes
    where rest.count > spellingBytes.count
      && rest.suffix(spellingBytes.count).elementsEqual(spellingBytes)
    {
      final = spelling
      finalLength = spellingBytes.count
      break
    }
    let nucleusBytes = rest.dropLast(finalLength)
    // Every nucleus is one to three vowel letters: most words fail here, before any string.
    guard (1...3).contains(nucleusBytes.count), nucleusBytes.allSatisfy(isVowel) else {
      return nil
    }
    let nucleus = String(decoding: nucleusBytes, as: UTF8.self)
    guard nuclei.contains(nucleus), allows(nucleus: nucleus, final: final) else { return nil }
    if onset == "qu", !(nucleus.utf8.first.map(isVowel) ?? false) { return nil }
    return (onset, nucleus, final)
  }

  private static let onsetBytes = onsets.map { ($0, Array($0.utf8)) }
  private static let finalBytes = finals.map { ($0, Array($0.utf8)) }

  private static func isVowel(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
      UInt8(ascii: "u"), UInt8(ascii: "y"):
      true
    default: false
    }
  }

  /// The syllable's matching key (see ``NameKey``): spelling variants that Vietnamese orthography
  /// or Russian transcription cannot tell apart are merged (c/k/q, gh/g, ngh/ng, i/y after a
  /// consonant, yê/iê, final c), real distinctions (tr/ch, d/gi/r/đ, s/x, ai/ay, n/nh) are kept.
  var key: String {
    var onsetKey: String
    var nucleusKey = nucleus
    switch onset {
    case "c", "k": onsetKey = "k"
    case "qu":
      onsetKey = "k"
      nucleusKey = "u" + nucleus
    case "gh": onsetKey = "g"
    case "ngh": onsetKey = "ng"
    default: onsetKey = onset
    }
    return Self.key(onset: onsetKey, nucleus: nucleusKey, final: final == "c" ? "k" : final)
  }

  /// Assembles a key from key-spelled parts, applying the merges every source shares.
  static func key(onset: String, nucleus: String, final: String) -> String {
    var onset = onset
    var nucleus = nucleus
    switch nucleus {
    case "y": nucleus = "i"
    case "ye": nucleus = "ie"
    case "yeu": nucleus = "ieu"
    case "uye": nucleus = "uie"
    default: break
    }
    // gì = g + i; a transcribed з + и arrives as gi + i.
    if onset == "gi", nucleus.hasPrefix("i") { onset = "g" }
    return onset + nucleus + final
  }
}

extension VietnameseSyllable {
  /// A Latin token folded for parsing: lower case, tone and vowel marks removed, `đ` kept.
  /// `hasMarks` tells whether the token carried any diacritic (then `d` is really `d`, not an
  /// ASCII-folded `đ`). `nil` when the token holds anything but Latin letters and marks.
  static func fold(latin token: some StringProtocol) -> (folded: String, hasMarks: Bool)? {
    if case .folded(let result)? = token.utf8.withContiguousStorageIfAvailable(foldThroughTable) {
      return result
    }
    return foldScalarByScalar(latin: token)
  }

  /// ``fold(latin:)`` without the table, for the scalars it does not cover.
  static func foldScalarByScalar(latin token: some StringProtocol) -> (
    folded: String, hasMarks: Bool
  )? {
    var folded = ""
    var hasMarks = false
    for scalar in token.unicodeScalars {
      guard let letters = foldedLatinLetter(scalar) else { return nil }
      folded += letters
      hasMarks = hasMarks || !scalar.isASCII
    }
    return folded.isEmpty ? nil : (folded, hasMarks)
  }

  /// What ``fold(latin:)`` makes of one scalar: its folded letters, or `nil` when the scalar is
  /// neither a Latin letter nor a combining mark.
  private static func foldedLatinLetter(_ scalar: Unicode.Scalar) -> Substring? {
    let value = scalar.value
    if value < 0x80 {
      switch value {
      case 0x41...0x5A: return String(Unicode.Scalar(UInt8(value + 0x20)))[...]
      case 0x61...0x7A: return String(scalar)[...]
      default: return nil
      }
    }
    if value == 0x110 || value == 0x111 { return "đ" }
    guard Script(of: scalar) == .latin || scalar.properties.generalCategory == .nonspacingMark
    else { return nil }
    let part = ScalarFolding.fold(scalar)
    guard part.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A }) else {
      return nil
    }
    return part
  }

  private enum LatinLetter: Sendable {
    case folded(PackedUTF8)
    case notLatin
    case longerThanPacked
  }

  private static let latinLetters = ScalarTable<LatinLetter> { scalar in
    guard let letters = foldedLatinLetter(scalar) else { return .notLatin }
    return PackedUTF8(letters).map(LatinLetter.folded) ?? .longerThanPacked
  }

  private enum TableFold {
    case folded((folded: String, hasMarks: Bool)?)
    case outsideTable
  }

  /// ``fold(latin:)`` over UTF-8 through ``latinLetters``.
  private static func foldThroughTable(_ bytes: UnsafeBufferPointer<UInt8>) -> TableFold {
    // ASCII letters stay one byte; a packed entry (at most three bytes) stands for two or more.
    let table = latinLetters  // read once, not once a letter
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 2) { output in
      var count = 0
      var hasMarks = false
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x80 {
          guard (byte | 0x20) &- 0x61 < 26 else { return .folded(nil) }
          output[count] = byte | 0x20
          count += 1
          index += 1
          continue
        }
        hasMarks = true
        let (value, width) = UTF8Scalars.decode(bytes, at: index)
        switch table[value] {
        case .folded(let letters)?: count = letters.write(to: output, at: count)
        case .notLatin?: return .folded(nil)
        case .longerThanPacked?, nil: return .outsideTable
        }
        index += width
      }
      guard count > 0 else { return .folded(nil) }
      let folded = String(decoding: UnsafeBufferPointer(rebasing: output[..<count]), as: UTF8.self)
      return .folded((folded, hasMarks))
    }
  }
}
