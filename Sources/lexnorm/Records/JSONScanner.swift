/// A JSON syntax error, with the byte offset (0-based, into the record's line) where it shows.
struct JSONSyntaxError: Error {
  let byteOffset: Int
  let message: String
}

/// What kind of value a JSON value is, for error messages and type checks.
enum JSONKind: String {
  case object, array, string, number, boolean, null

  /// The kind with its article, for messages (`field "text" is a number, not a string`).
  var described: String { self == .object || self == .array ? "an \(rawValue)" : "a \(rawValue)" }
}

/// Where a value lies in its line, and its kind.
struct JSONValueSpan {
  var range: Range<Int>
  var kind: JSONKind
}

/// Validates one JSON text (RFC 8259, UTF-8 checked inside strings, the only place other than
/// errors where non-ASCII bytes can stand) in a single pass and notes where the values at
/// some dotted paths lie, so a record can be rewritten in place: the bytes around a value stay
/// exactly as they were. A repeated key counts by its last occurrence, as most parsers do.
struct JSONScanner {
  /// Deep enough for any real record, shallow enough that forged input cannot exhaust the stack.
  static let maximumDepth = 512

  private let bytes: UnsafeBufferPointer<UInt8>
  /// Each path's keys as UTF-8.
  private let paths: [[[UInt8]]]
  private var position = 0
  private var found: [JSONValueSpan?]

  private init(bytes: UnsafeBufferPointer<UInt8>, paths: [[[UInt8]]]) {
    self.bytes = bytes
    self.paths = paths
    found = Array(repeating: nil, count: paths.count)
  }

  /// The kind of the whole text and, per path (each a list of object keys from the top), the
  /// value found there or `nil`.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, paths: [[[UInt8]]]) throws(JSONSyntaxError)
    -> (kind: JSONKind, values: [JSONValueSpan?])
  {
    var scanner = JSONScanner(bytes: bytes, paths: paths)
    scanner.skipWhitespace()
    let kind = try scanner.value(depth: 0, candidates: Array(paths.indices))
    scanner.skipWhitespace()
    if scanner.position < bytes.count { throw scanner.error("unexpected text after the value") }
    return (kind, scanner.found)
  }

  /// The text of a string value (quotes included in `range`), escapes decoded.
  static func decodeString(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    throws(JSONSyntaxError) -> String
  {
    var scalars = String.UnicodeScalarView()
    var output: [UInt8] = []
    output.reserveCapacity(range.count)
    var index = range.lowerBound + 1
    let end = range.upperBound - 1
    while index < end {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "\\") else {
        output.append(byte)
        index += 1
        continue
      }
      let escape = bytes[index + 1]
      index += 2
      switch escape {
      case UInt8(ascii: "b"): output.append(0x08)
      case UInt8(ascii: "f"): output.append(0x0C)
      case UInt8(ascii: "n"): output.append(0x0A)
      case UInt8(ascii: "r"): output.append(0x0D)
      case UInt8(ascii: "t"): output.append(0x09)
      case UInt8(ascii: "u"):
        var value = hexValue(bytes, at: index)
        index += 4
        if (0xD800..<0xDC00).contains(value), index + 6 <= end, bytes[index] == UInt8(ascii: "\\"),
          bytes[index + 1] == UInt8(ascii: "u")
        {
          let low = hexValue(bytes, at: index + 2)
          if (0xDC00..<0xE000).contains(low) {
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            index += 6
          }
        }
        guard let scalar = Unicode.Scalar(value) else {
          throw JSONSyntaxError(byteOffset: index - 6, message: "\\u escape of a lone surrogate")
        }
        scalars.removeAll(keepingCapacity: true)
        scalars.append(scalar)
        output.append(contentsOf: String(scalars).utf8)
      default: output.append(escape)  // `"`, `\` and `/` stand for themselves
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The value of four hex digits already checked by the scanner.
  private static func hexValue(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
    var value: UInt32 = 0
    for byte in bytes[index..<index + 4] { value = value << 4 | UInt32(hexDigit(byte) ?? 0) }
    return value
  }

  private static func hexDigit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  // MARK: Scanning

  private func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(byteOffset: position, message: message)
  }

  private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

  private mutating func skipWhitespace() {
    while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
      position += 1
    }
  }

  /// Scans the value at `position`; `candidates` are the paths whose keys so far lead here.
  private mutating func value(depth: Int, candidates: [Int]) throws(JSONSyntaxError) -> JSONKind {
    let start = position
    let kind: JSONKind
    guard let byte = current else { throw error("unexpected end of the line") }
    switch byte {
    case UInt8(ascii: "{"): kind = try object(depth: depth, candidates: candidates)
    case UInt8(ascii: "["): kind = try array(depth: depth)
    case UInt8(ascii: "\""): kind = try string()
    case UInt8(ascii: "t"): kind = try literal("true", .boolean)
    case UInt8(ascii: "f"): kind = try literal("false", .boolean)
    case UInt8(ascii: "n"): kind = try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): kind = try number()
    default: throw error("expected a value")
    }
    for path in candidates where paths[path].count == depth {
      found[path] = JSONValueSpan(range: start..<position, kind: kind)
    }
    return kind
  }

  private mutating func object(depth: Int, candidates: [Int]) throws(JSONSyntaxError) -> JSONKind {
    guard depth < Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth)") }
    position += 1
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      position += 1
      return .object
    }
    let deeper = candidates.filter { paths[$0].count > depth }
    while true {
      guard current == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
      let keyStart = position
      _ = try string()
      var matching: [Int] = []
      if !deeper.isEmpty {
        let key = Array(try Self.decodeString(bytes, keyStart..<position).utf8)
        matching = deeper.filter { paths[$0][depth] == key }
      }
      skipWhitespace()
      guard current == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
      position += 1
      skipWhitespace()
      _ = try value(depth: depth + 1, candidates: matching)
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","):
        position += 1
        skipWhitespace()
      case UInt8(ascii: "}"):
        position += 1
        return .object
      default: throw error("expected ',' or '}' in an object")
      }
    }
  }

  private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONKind {
    guard depth < Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth)") }
    position += 1
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      position += 1
      return .array
    }
    while true {
      _ = try value(depth: depth + 1, candidates: [])
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","):
        position += 1
        skipWhitespace()
      case UInt8(ascii: "]"):
        position += 1
        return .array
      default: throw error("expected ',' or ']' in an array")
      }
    }
  }

  private mutating func string() throws(JSONSyntaxError) -> JSONKind {
    position += 1
    while let byte = current {
      switch byte {
      case UInt8(ascii: "\""):
        position += 1
        return .string
      case UInt8(ascii: "\\"):
        position += 1
        switch current {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
          UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          position += 1
        case UInt8(ascii: "u"):
          position += 1
          for _ in 0..<4 {
            guard let digit = current, Self.hexDigit(digit) != nil else {
              throw error("expected four hex digits after \\u")
            }
            position += 1
          }
        default: throw error("invalid escape in a string")
        }
      case 0x00..<0x20: throw error("control character in a string (escape it)")
      case 0x80...: position += try utf8Sequence()
      default: position += 1
      }
    }
    throw error("unterminated string")
  }

  /// The length of the well-formed UTF-8 sequence at `position` (RFC 3629: no overlong forms,
  /// no surrogates, nothing above U+10FFFF).
  private func utf8Sequence() throws(JSONSyntaxError) -> Int {
    let lead = bytes[position]
    let length: Int
    var second: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, second) = (3, 0xA0...0xBF)
    case 0xED: (length, second) = (3, 0x80...0x9F)
    case 0xE1...0xEF: length = 3
    case 0xF0: (length, second) = (4, 0x90...0xBF)
    case 0xF4: (length, second) = (4, 0x80...0x8F)
    case 0xF1...0xF3: length = 4
    default: throw error("invalid UTF-8")
    }
    guard position + length <= bytes.count, second.contains(bytes[position + 1]),
      bytes[position + 2..<position + length].allSatisfy({ (0x80...0xBF).contains($0) })
    else { throw error("invalid UTF-8") }
    return length
  }

  private mutating func literal(_ word: StaticString, _ kind: JSONKind) throws(JSONSyntaxError)
    -> JSONKind
  {
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard position + expected.count <= bytes.count,
      bytes[position..<position + expected.count].elementsEqual(expected)
    else { throw error("expected a value") }
    position += expected.count
    return kind
  }

  private mutating func number() throws(JSONSyntaxError) -> JSONKind {
    func digits() -> Int {
      let start = position
      while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
        position += 1
      }
      return position - start
    }
    if current == UInt8(ascii: "-") { position += 1 }
    if current == UInt8(ascii: "0") {
      position += 1
    } else if digits() == 0 {
      throw error("expected a digit")
    }
    if current == UInt8(ascii: ".") {
      position += 1
      guard digits() > 0 else { throw error("expected a digit after '.'") }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      position += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
      guard digits() > 0 else { throw error("expected a digit in the exponent") }
    }
    return .number
  }
}
