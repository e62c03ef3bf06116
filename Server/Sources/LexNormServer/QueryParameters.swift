import Foundation

/// The parameters of a query string (`q=Lyong+Kyong&limit=3`): `+` is a space, `%XX` escapes
/// are decoded, and an unknown name or an escape that is not UTF-8 is refused.
struct QueryParameters: Sendable {
  private var values: [String: String] = [:]

  init(_ query: String?, known: [String]) throws(APIError) {
    for pair in (query ?? "").split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = Self.decode(parts[0])
      guard let name, known.contains(name) else {
        throw APIError(
          .badRequest, "unknown_parameter",
          "\(name ?? String(parts[0])): unknown query parameter (known: "
            + known.joined(separator: ", ") + ")")
      }
      guard let value = Self.decode(parts.count > 1 ? parts[1] : "") else {
        throw APIError(
          .badRequest, "invalid_utf8", "\(name): the value is not percent-encoded UTF-8")
      }
      if values[name] == nil { values[name] = value }
    }
  }

  subscript(name: String) -> String? { values[name] }

  private static func decode(_ text: Substring) -> String? {
    text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
  }
}
