import LexNorm

/// Minimal JSON writing for the CLI's line-oriented outputs: fast enough for archives, and exact
/// about escaping.
enum JSON {
  /// `text` as a JSON string literal, quotes included.
  static func string(_ text: String) -> String {
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  static func array(_ items: [String]) -> String {
    "[" + items.joined(separator: ", ") + "]"
  }

  /// A score in 0…1 with at most three decimals.
  static func number(_ value: Double) -> String {
    let rounded = (value * 1000).rounded() / 1000
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  /// One JSON Lines record for a mention.
  static func mention(_ mention: Mention, file: String) -> String {
    var fields = [
      "\"file\": \(string(file))", "\"start\": \(mention.start)", "\"end\": \(mention.end)",
      "\"text\": \(string(mention.text))", "\"id\": \(string(mention.id))",
      "\"kind\": \(string(mention.kind.rawValue))", "\"label\": \(string(mention.label))",
      "\"score\": \(number(mention.score))",
      "\"method\": \(array(mention.method.map { string($0.rawValue) }))",
    ]
    if let refersTo = mention.refersTo { fields.append("\"refers_to\": \(string(refersTo))") }
    if !mention.alternatives.isEmpty {
      fields.append("\"alternatives\": \(array(mention.alternatives.map(string)))")
    }
    return "{" + fields.joined(separator: ", ") + "}"
  }

  /// One candidate of a lookup.
  static func candidate(_ candidate: Candidate) -> String {
    "{\"id\": \(string(candidate.id)), \"kind\": \(string(candidate.kind.rawValue)), "
      + "\"label\": \(string(candidate.label)), \"score\": \(number(candidate.score)), "
      + "\"method\": \(array(candidate.method.map { string($0.rawValue) }))}"
  }
}
