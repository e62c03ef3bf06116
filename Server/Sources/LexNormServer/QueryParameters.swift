/// The parameters of a query string (`q=Lyong+Kyong&limit=3`): `+` is a space, `%XX` escapes
/// are decoded, and an unknown name or an escape that is not UTF-8 is refused.
///
/// Decoded byte by byte: Foundation's `replacingOccurrences` and `removingPercentEncoding` cost
/// as much as the lookup itself.
struct QueryParameters: Sendable {
  private var values: [String: String] = [:]

  init(_ query: String?, known: [String]) throws(APIError) {
    for pair in (query ?? "").utf8.split(separator: UInt8(ascii: "&")) {
      let parts = pair.split(
        separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
      let name = Self.decode(parts[0])
      guard let name, known.contains(name) else {
        throw APIError(
          .badRequest, "unknown_parameter",
          "\(name ?? String(decoding: parts[0], as: UTF8.self)): unknown query parameter "
            + "(known: " + known.joined(separator: ", ") + ")")
      }
      guard let value = Self.decode(parts.count > 1 ? parts[1] : pair[pair.endIndex...]) else {
        throw APIError(
          .badRequest, "invalid_utf8", "\(name): the value is not percent-encoded UTF-8")
      }
      if values[name] == nil { values[name] = value }
    }
  }

  subscript(name: String) -> String? { values[name] }

  /// `text` with `+` as a space and `%XX` escapes decoded; nil when an escape is malformed or
  /// the bytes are not UTF-8.
  static func decode(_ text: Substring.UTF8View) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.count)
    var position = text.startIndex
    while position < text.endIndex {
      let byte = text[position]
      position = text.index(after: position)
      switch byte {
      case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
      case UInt8(ascii: "%"):
        guard position < text.endIndex, let high = hexValue(text[position]) else { return nil }
        position = text.index(after: position)
        guard position < text.endIndex, let low = hexValue(text[position]) else { return nil }
        position = text.index(after: position)
        bytes.append(high << 4 | low)
      default: bytes.append(byte)
      }
    }
    return String(validating: bytes, as: UTF8.self)
  }

  private static func hexValue(_ digit: UInt8) -> UInt8? {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
