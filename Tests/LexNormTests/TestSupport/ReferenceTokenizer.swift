@testable import LexNorm

// The tokenizer as it was before its table-driven rewrite, kept as the oracle the fast one must
// agree with: one character at a time, Unicode's general categories for every non-ASCII scalar.
enum ReferenceTokenizer {
  /// The tokens of `bytes`, which must be valid UTF-8.
  static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 6)
    var index = 0
    let count = bytes.count
    var gapIsJoinable = false
    var gapHyphens = 0
    var inURL = false
    while index < count {
      let (kind, width) = classify(bytes, at: index)
      guard kind != .separator else {
        noteGap(bytes, at: index, width: width, joinable: &gapIsJoinable, hyphens: &gapHyphens)
        if width == 1 {
          switch bytes[index] {
          case 0x20, 0x09, 0x0A, 0x0D: inURL = false
          case 0x3A where index + 2 < count && bytes[index + 1] == 0x2F && bytes[index + 2] == 0x2F:
            inURL = true  // "://"
          default: break
          }
        } else if Self.isSpace(bytes, at: index) {
          inURL = false
        }
        index += width
        continue
      }
      // A word starts here.
      let start = index
      var isCapitalized = false
      var isNumeric = true
      var isASCII = true
      var hasLatin = false
      var hasCyrillic = false
      var first = true
      while index < count {
        let (kind, width) = classify(bytes, at: index)
        if kind == .separator {
          // Keep an apostrophe that sits between two letters, unless a possessive s follows.
          if isApostrophe(bytes, at: index, width: width), index + width < count,
            classify(bytes, at: index + width).0 == .letter,
            !isPossessiveS(bytes, at: index + width)
          {
            isNumeric = false
            if width > 1 { isASCII = false }
            index += width
            continue
          }
          break
        }
        if first {
          isCapitalized = isUppercase(bytes, at: index, width: width)
          first = false
        }
        if kind != .digit { isNumeric = false }
        if width > 1 {
          isASCII = false
          switch bytes[index] {
          case 0xD0...0xD4: hasCyrillic = true  // U+0400…U+052F
          case 0xC3...0xC9, 0xE1: hasLatin = true  // Latin-1, Extended-A/B, Extended Additional
          default: break
          }
        } else if kind == .letter {
          hasLatin = true
        }
        index += width
      }
      let joins = !tokens.isEmpty && gapIsJoinable && gapHyphens <= 1
      if !inURL, index - start == 3, index < count, bytes[index] == 0x2E,
        bytes[start] | 0x20 == 0x77, bytes[start + 1] | 0x20 == 0x77,
        bytes[start + 2] | 0x20 == 0x77
      {
        inURL = true  // "www."
      }
      tokens.append(
        Token(
          start: start, end: index, joinsPrevious: joins, isCapitalized: isCapitalized,
          isNumeric: isNumeric, isASCII: isASCII, isMixedScript: hasLatin && hasCyrillic,
          isInURL: inURL))
      gapIsJoinable = true
      gapHyphens = 0
    }
    return tokens
  }

  enum CharacterKind { case letter, digit, mark, separator }

  /// The kind and byte width of the character starting at `index`.
  @inline(__always)
  static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (CharacterKind, Int) {
    let byte = bytes[index]
    if byte < 0x80 {
      switch byte {
      case 0x30...0x39: return (.digit, 1)
      case 0x41...0x5A, 0x61...0x7A: return (.letter, 1)
      default: return (.separator, 1)
      }
    }
    let (scalar, width) = decode(bytes, at: index)
    // Fast answers for the blocks of Vietnamese, German and Russian text; Unicode's tables for
    // the rest.
    switch scalar.value {
    case 0x0300...0x036F: return (.mark, width)
    case 0x00C0...0x024F where scalar.value != 0xD7 && scalar.value != 0xF7: return (.letter, width)
    case 0x0400...0x0481, 0x048A...0x052F, 0x1E00...0x1EFF: return (.letter, width)
    default: break
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return (.letter, width)
    case .nonspacingMark, .spacingMark, .enclosingMark:
      return (.mark, width)
    case .decimalNumber:
      return (.digit, width)
    default:
      return (.separator, width)
    }
  }

  /// Decodes the scalar at `index` of valid UTF-8.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let lead = UInt32(bytes[index])
    var value: UInt32
    var width: Int
    if lead < 0xE0 {
      width = 2
      value = lead & 0x1F
    } else if lead < 0xF0 {
      width = 3
      value = lead & 0x0F
    } else {
      width = 4
      value = lead & 0x07
    }
    width = min(width, bytes.count - index)
    for offset in 1..<max(width, 1) {
      value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", max(width, 1))
  }

  /// Whether the first letter of a token is upper case.
  static func startsUppercase(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    guard !token.isEmpty else { return false }
    let base = UnsafeBufferPointer(rebasing: token)
    return isUppercase(base, at: 0, width: 1)
  }

  private static func isUppercase(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, width: Int)
    -> Bool
  {
    let byte = bytes[index]
    if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
    let scalar = decode(bytes, at: index).0
    switch scalar.value {
    case 0x0400...0x042F: return true
    case 0x0430...0x045F: return false
    default:
      let category = scalar.properties.generalCategory
      return category == .uppercaseLetter || category == .titlecaseLetter
    }
  }

  private static func isApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, width: Int)
    -> Bool
  {
    if width == 1 { return bytes[index] == 0x27 }
    // U+2019 RIGHT SINGLE QUOTATION MARK = E2 80 99
    return width == 3 && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
      && bytes[index + 2] == 0x99
  }

  /// Whether `index` starts an `s` that ends its word (the `s` of a possessive `'s`).
  private static func isPossessiveS(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard bytes[index] | 0x20 == 0x73 else { return false }
    let next = index + 1
    return next == bytes.count || classify(bytes, at: next).0 == .separator
  }

  private static func isSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    switch decode(bytes, at: index).0.value {
    case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x2028, 0x2029: true
    default: false
    }
  }

  /// Tracks whether the gap before the next word only holds spaces and at most one hyphen or
  /// apostrophe (`Thai-Binh`, `People's` = `People` + `s`).
  private static func noteGap(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, width: Int, joinable: inout Bool,
    hyphens: inout Int
  ) {
    if width == 1 {
      switch bytes[index] {
      case 0x20, 0x09: return
      case 0x2D, 0x27:
        hyphens += 1
        return
      default:
        joinable = false
        return
      }
    }
    switch decode(bytes, at: index).0.value {
    case 0x00A0, 0x202F, 0x2009, 0x200A: return  // no-break and thin spaces
    case 0x2010, 0x2011, 0x2019:  // hyphen, non-breaking hyphen, right single quotation mark
      hyphens += 1
    default:
      joinable = false
    }
  }
}
