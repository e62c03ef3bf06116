/// JSON as `lexnorm` prints it and `lexnorm-server` answers: mentions and lookup results written
/// byte by byte (fast enough for archives), exact about escaping, scores with at most three
/// decimals.
public enum JSONText {
  /// `text` as a JSON string literal, quotes included.
  public static func string(_ text: String) -> String {
    var bytes: [UInt8] = []
    appendString(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` as a JSON string literal to `output`.
  package static func appendString(_ text: String, to output: inout [UInt8]) {
    output.append(0x22)
    var text = text
    text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        switch byte {
        case 0x22: output.append(contentsOf: [0x5C, 0x22])
        case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: output.append(contentsOf: [0x5C, 0x72])
        case 0x09: output.append(contentsOf: [0x5C, 0x74])
        case 0x00..<0x20: appendUnicodeEscape(UInt32(byte), to: &output)
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
          && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
          // U+2028 and U+2029 end lines in JavaScript: escape them for JSON Lines consumers.
          appendUnicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &output)
          index += 2
        default: output.append(byte)
        }
        index += 1
      }
    }
    output.append(0x22)
  }

  private static func appendUnicodeEscape(_ value: UInt32, to output: inout [UInt8]) {
    let hex = Array(String(value, radix: 16).utf8)
    output.append(contentsOf: Array("\\u".utf8) + Array(repeating: 0x30, count: 4 - hex.count) + hex)
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

  /// Appends `mention` as one JSON object (no newline) to `output`. Its first member names
  /// where the mention was found: `sourceKey` (`file` for the CLI, `doc` for the server) with
  /// `source` as its value, or `null`; `extraMembers`, already encoded JSON members each led by
  /// `, ` (a record's `"doc"`, `"line"` and `"date"`), follow it.
  public static func appendMention(
    _ mention: Mention, sourceKey: String, source: String?, extraMembers: [UInt8] = [],
    to output: inout [UInt8]
  ) {
    func key(_ name: StaticString) {
      output.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }
    output.append(0x7B)
    appendString(sourceKey, to: &output)
    key(": ")
    if let source { appendString(source, to: &output) } else { key("null") }
    output.append(contentsOf: extraMembers)
    key(", \"start\": ")
    output.append(contentsOf: String(mention.start).utf8)
    key(", \"end\": ")
    output.append(contentsOf: String(mention.end).utf8)
    key(", \"text\": ")
    appendString(mention.text, to: &output)
    key(", \"id\": ")
    appendString(mention.id, to: &output)
    key(", \"kind\": ")
    appendString(mention.kind.rawValue, to: &output)
    key(", \"label\": ")
    appendString(mention.label, to: &output)
    key(", \"score\": ")
    output.append(contentsOf: number(mention.score).utf8)
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
