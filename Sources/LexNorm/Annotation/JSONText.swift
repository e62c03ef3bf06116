/// JSON as `lexnorm` prints it and `lexnorm-server` answers: mentions and lookup results, exact
/// about escaping (runs that need none are copied whole), scores with at most three decimals.
public enum JSONText {
  /// `text` as a JSON string literal, quotes included.
  public static func string(_ text: String) -> String {
    var bytes: [UInt8] = []
    appendString(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` as a JSON string literal to `output`.
  package static func appendString(_ text: String, to output: inout [UInt8]) {
    var text = text
    text.withUTF8 { appendString(bytes: $0, to: &output) }
  }

  /// Appends UTF-8 `bytes` as a JSON string literal: runs that need no escape are copied whole.
  static func appendString(bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    output.append(0x22)
    var copied = 0
    var index = 0
    while index < bytes.count {
      if index + 8 <= bytes.count, let base = bytes.baseAddress {
        // 8 bytes at a time up to the first that may need an escape.
        let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        let flagged = mayNeedEscape(UInt64(littleEndian: chunk))
        guard flagged != 0 else {
          index += 8
          continue
        }
        index += flagged.trailingZeroBitCount >> 3
      }
      let byte = bytes[index]
      // Quote, backslash, control characters, and the lead byte of U+2028/U+2029.
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 else {
        index += 1
        continue
      }
      if byte == 0xE2,
        !(index + 2 < bytes.count && bytes[index + 1] == 0x80
          && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9))
      {
        index += 1
        continue
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
      switch byte {
      case 0x22: output.append(contentsOf: [0x5C, 0x22])
      case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: output.append(contentsOf: [0x5C, 0x72])
      case 0x09: output.append(contentsOf: [0x5C, 0x74])
      case 0xE2:
        // U+2028 and U+2029 end lines in JavaScript: escape them for JSON Lines consumers.
        appendUnicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &output)
        index += 2
      default: appendUnicodeEscape(UInt32(byte), to: &output)
      }
      index += 1
      copied = index
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
    output.append(0x22)
  }

  /// The top bit of each byte of `chunk` (first byte lowest) that is a control character, a
  /// quote, a backslash or 0xE2; bytes above the first such one may be flagged wrongly, the
  /// first one never is, and none below it.
  @inline(__always)
  private static func mayNeedEscape(_ chunk: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    /// The bytes of `value` that are zero (exact up to the first one).
    func zeros(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & high }
    let control = (chunk &- 0x20 &* ones) & ~chunk & high
    return control | zeros(chunk ^ 0x22 &* ones) | zeros(chunk ^ 0x5C &* ones)
      | zeros(chunk ^ 0xE2 &* ones)
  }

  private static func appendUnicodeEscape(_ value: UInt32, to output: inout [UInt8]) {
    let hex = Array(String(value, radix: 16).utf8)
    output.append(
      contentsOf: Array("\\u".utf8) + Array(repeating: 0x30, count: 4 - hex.count) + hex)
  }

  /// Appends the decimal digits of `value` (no `String` made: every mention has two offsets).
  static func appendInteger(_ value: Int, to output: inout [UInt8]) {
    guard value < 0 || value >= 10 else {
      output.append(0x30 + UInt8(value))
      return
    }
    if value < 0 {
      output.append(contentsOf: String(value).utf8)
      return
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits, more than Int has
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { raw in
      let buffer = raw.bindMemory(to: UInt8.self)
      while rest > 0 {
        count += 1
        buffer[buffer.count - count] = 0x30 + UInt8(rest % 10)
        rest /= 10
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[(buffer.count - count)...]))
    }
  }

  /// A JSON array of items that are already JSON text.
  public static func array(_ items: [String]) -> String {
    "[" + items.joined(separator: ", ") + "]"
  }

  /// A score in 0…1 with at most three decimals.
  package static func number(_ value: Double) -> String {
    let rounded = (value * 1000).rounded() / 1000
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  /// Appends ``number(_:)`` of `value`, from a table for the scores 0…1.
  static func appendNumber(_ value: Double, to output: inout [UInt8]) {
    let thousandths = (value * 1000).rounded()
    guard thousandths >= 0, thousandths <= 1000 else {
      output.append(contentsOf: number(value).utf8)
      return
    }
    output.append(contentsOf: scores[Int(thousandths)])
  }

  /// ``number(_:)`` of each score n / 1000 for n in 0…1000 (the value it rounds `value` to).
  private static let scores: [[UInt8]] = (0...1000).map { Array(number(Double($0) / 1000).utf8) }

  /// Appends `mention` as one JSON object (no newline) to `output`. Its first member names
  /// where the mention was found: `sourceKey` (`file` for the CLI, `doc` for the server) with
  /// `source` as its value, or `null`; `extraMembers`, already encoded JSON members each led by
  /// `, ` (a record's `"doc"`, `"line"` and `"date"`), follow it.
  public static func appendMention(
    _ mention: Mention, sourceKey: String, source: String?, extraMembers: [UInt8] = [],
    to output: inout [UInt8]
  ) {
    appendMention(
      mention, head: mentionHead(sourceKey: sourceKey, source: source, extraMembers: extraMembers),
      to: &output)
  }

  /// The start of a mention's JSON object up to its `"start"` member, as
  /// ``appendMention(_:sourceKey:source:extraMembers:to:)`` writes it: made once for the
  /// mentions of one source.
  public static func mentionHead(sourceKey: String, source: String?, extraMembers: [UInt8] = [])
    -> [UInt8]
  {
    var head: [UInt8] = [0x7B]
    appendString(sourceKey, to: &head)
    head += Array(": ".utf8)
    if let source { appendString(source, to: &head) } else { head += Array("null".utf8) }
    return head + extraMembers
  }

  /// Appends `mention` as one JSON object (no newline) to `output`, led by `head`
  /// (``mentionHead(sourceKey:source:extraMembers:)``).
  public static func appendMention(_ mention: Mention, head: [UInt8], to output: inout [UInt8]) {
    func key(_ name: StaticString) {
      output.append(
        contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }
    output.append(contentsOf: head)
    key(", \"start\": ")
    appendInteger(mention.start, to: &output)
    key(", \"end\": ")
    appendInteger(mention.end, to: &output)
    key(", \"text\": ")
    appendString(mention.text, to: &output)
    key(", \"id\": ")
    appendString(mention.id, to: &output)
    key(", \"kind\": ")
    appendString(mention.kind.rawValue, to: &output)
    key(", \"label\": ")
    appendString(mention.label, to: &output)
    key(", \"score\": ")
    appendNumber(mention.score, to: &output)
    key(", \"method\": [")
    for (position, method) in mention.methods.enumerated() {
      if position > 0 { key(", ") }
      appendString(method.rawValue, to: &output)
    }
    key("]")
    if let refersTo = mention.refersTo {
      key(", \"refers_to\": ")
      appendString(refersTo, to: &output)
    }
    if !mention.alternatives.isEmpty {
      key(", \"alternatives\": [")
      for (position, alternative) in mention.alternatives.enumerated() {
        if position > 0 { key(", ") }
        appendString(alternative, to: &output)
      }
      key("]")
    }
    key("}")
  }

  /// One candidate of a lookup.
  public static func candidate(_ candidate: LookupCandidate) -> String {
    "{\"id\": \(string(candidate.id)), \"kind\": \(string(candidate.kind.rawValue)), "
      + "\"label\": \(string(candidate.label)), \"score\": \(number(candidate.score)), "
      + "\"method\": \(array(candidate.methods.map { string($0.rawValue) }))}"
  }

  /// The answer to one lookup: `{"query": …, "candidates": […]}`, best candidate first.
  public static func lookup(query: String, candidates: [LookupCandidate]) -> String {
    "{\"query\": \(string(query)), \"candidates\": \(array(candidates.map(candidate)))}"
  }
}
