internal import _LexNormSystem

/// A compiled ICU transform that is safe to share between threads.
///
/// Open one of ICU's system transforms by ID, or compile a custom rule set in ICU's rule syntax:
///
/// ```swift
/// let ascii = try Transliterator(id: "Any-Latin; Latin-ASCII")
/// ascii.transliterate("Lương Cường")   // "Luong Cuong"
///
/// let custom = try Transliterator(id: "x-demo", rules: "a > b;")
/// custom.transliterate("abba")          // "bbbb"
/// ```
///
/// ICU's `UTransliterator` must not be used by two threads at once. Each call borrows a private
/// clone from a small pool, so concurrent callers never share one and never wait on each other
/// for the length of a transliteration.
///
/// Uses ICU's `utrans_openU`, `utrans_clone` and `utrans_transUChars`.
struct Transliterator: Sendable {
  /// The transform ID this transliterator was opened with.
  let id: String
  private let pool: HandlePool<ICU.TransliteratorHandle>

  /// Opens an ICU system transform, such as `Any-Latin; Latin-ASCII`, `Russian-Latin/BGN` or
  /// `de-ASCII`.
  ///
  /// - Throws: ``TransliterationError`` with kind ``TransliterationError/Kind/unknownID`` when ICU
  ///   does not know the ID.
  init(id: String) throws(TransliterationError) {
    self.id = id
    pool = Self.pool(cloning: try Self.open(id: id, rules: nil, reverse: false))
  }

  /// Compiles a custom transform from ICU transform rules.
  ///
  /// - Parameters:
  ///   - id: A name for the transform (used in errors and by ``id``).
  ///   - rules: Rules in ICU's transform rule syntax (`a > b;` …).
  ///   - reverse: Compile the rules in the reverse direction (`<` rules).
  /// - Throws: ``TransliterationError`` with kind ``TransliterationError/Kind/invalidRules`` and
  ///   ICU's line and offset for a syntax error.
  init(id: String, rules: String, reverse: Bool = false) throws(TransliterationError) {
    self.id = id
    pool = Self.pool(cloning: try Self.open(id: id, rules: rules, reverse: reverse))
  }

  private static func open(id: String, rules: String?, reverse: Bool)
    throws(TransliterationError) -> ICU.TransliteratorHandle
  {
    do {
      return try ICU.TransliteratorHandle(id: id, rules: rules, reverse: reverse)
    } catch {
      if rules != nil {
        throw TransliterationError(
          kind: .invalidRules, id: id, icuStatus: error.failure.name, line: error.line,
          offset: error.offset)
      }
      throw TransliterationError(
        kind: .unknownID, id: id, icuStatus: error.failure.name, line: nil, offset: nil)
    }
  }

  /// Clones of `prototype`, which itself never transliterates. The pool clones under its lock,
  /// which keeps ICU's const-object rule without relying on its thread-safety guarantees.
  private static func pool(cloning prototype: ICU.TransliteratorHandle)
    -> HandlePool<ICU.TransliteratorHandle>
  {
    HandlePool {
      guard let handle = prototype.clone() else {
        fatalError("ICU could not clone transliterator '\(prototype)': out of memory")
      }
      return handle
    }
  }

  /// Applies the transform to `text` as one piece, so that rules see all of it as context.
  /// ICU's time grows with the square of a piece's length: for long texts and transforms that
  /// convert words independently (script conversions), ``Transliteration`` converts word by word.
  ///
  /// - Throws: ``TransliterationError`` with kind ``TransliterationError/Kind/transformFailed``
  ///   when ICU fails (out of memory, or a text longer than ICU can hold).
  func transliterate(_ text: String) throws(TransliterationError) -> String {
    if text.isEmpty { return text }
    let handle = pool.borrow()
    defer { pool.giveBack(handle) }
    return try convert(text, with: handle)
  }

  /// `text` transformed piece by piece: each word with the white space after it, words longer
  /// than `pieceLength` bytes cut where a character starts, each distinct piece converted once.
  /// Linear in the text's length; the same result as ``transliterate(_:)`` for transforms that
  /// convert words independently.
  func transliterate(byWord text: String, pieceLength: Int = 256) throws(TransliterationError)
    -> String
  {
    if text.isEmpty { return text }
    let handle = pool.borrow()
    defer { pool.giveBack(handle) }
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var converted: [String: String] = [:]
    var text = text
    let ends = text.withUTF8 { Self.pieceEnds(in: $0, pieceLength: pieceLength) }
    let utf8 = text.utf8
    var start = utf8.startIndex
    for end in ends {
      let endIndex = utf8.index(utf8.startIndex, offsetBy: end)
      let piece = String(decoding: utf8[start..<endIndex], as: UTF8.self)
      start = endIndex
      if let known = converted[piece] {
        output += known
        continue
      }
      let result = try convert(piece, with: handle)
      // Bounded: a text of distinct words must not keep them all.
      if converted.count == 4096 { converted.removeAll(keepingCapacity: true) }
      converted[piece] = result
      output += result
    }
    return output
  }

  /// Where the pieces of `bytes` (valid UTF-8) end: after each run of ASCII white space that
  /// a word follows, and within a long word before a scalar that starts a character.
  static func pieceEnds(in bytes: UnsafeBufferPointer<UInt8>, pieceLength: Int) -> [Int] {
    var ends: [Int] = []
    var start = 0
    var afterSpace = false
    for index in bytes.indices {
      let byte = bytes[index]
      let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
      if index > start,
        afterSpace && !isSpace
          || (index - start >= pieceLength && startsCharacter(bytes, at: index))
      {
        ends.append(index)
        start = index
      }
      afterSpace = isSpace
    }
    ends.append(bytes.count)
    return ends
  }

  /// Whether a character (grapheme) can start at `index`: a lead byte whose scalar is no
  /// combining mark or joiner. Conservative: a cut elsewhere could change a character.
  private static func startsCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let byte = bytes[index]
    if byte < 0x80 { return true }
    guard byte >= 0xC0 else { return false }
    var decoder = UTF8()
    var iterator = bytes[index...].makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .format: return false
    default: return !(0x1160...0x11FF).contains(scalar.value)  // Hangul medial and final jamo
    }
  }

  /// `name` transformed. ICU fails on a text this short only when memory runs out, which
  /// stops the program as Swift's own allocation failures do.
  func transliterate(name: String) -> String {
    do {
      return try transliterate(name)
    } catch {
      fatalError("\(error) on a name of \(name.utf8.count) bytes")
    }
  }

  private func convert(_ text: String, with handle: ICU.TransliteratorHandle)
    throws(TransliterationError) -> String
  {
    do {
      return try handle.transliterate(text)
    } catch {
      throw TransliterationError(
        kind: .transformFailed, id: id, icuStatus: error.name, line: nil, offset: nil)
    }
  }
}
