import Testing

@testable import LexNormServer

/// The query-string decoder: `+` and `%XX` as browsers and `curl --data-urlencode` write them.
@Suite("Query parameters")
struct QueryParametersTests {
  @Test(arguments: [
    ("Lyong+Kyong", "Lyong Kyong"),
    ("To%20Lam", "To Lam"),
    ("%D0%9B%D1%8B%D0%BE%D0%BD%D0%B3", "Лыонг"),
    ("L%c6%b0%c6%a1ng", "Lương"),
    ("a%2Bb", "a+b"),
    ("Tô Lâm", "Tô Lâm"),
    ("", ""),
  ])
  func decodes(_ raw: String, _ expected: String) {
    #expect(QueryParameters.decode(Substring(raw).utf8) == expected)
  }

  @Test(arguments: ["%D0%FF", "%FF", "%4", "%", "%G0", "ab%zz"])
  func refusesMalformedEscapesAndInvalidUTF8(_ raw: String) {
    #expect(QueryParameters.decode(Substring(raw).utf8) == nil)
  }

  @Test func keepsTheFirstValueOfANameAndRefusesUnknownNames() throws {
    let query = try QueryParameters("q=To+Lam&limit=3&q=Mai", known: ["q", "limit"])
    #expect(query["q"] == "To Lam")
    #expect(query["limit"] == "3")
    #expect(throws: APIError.self) { try QueryParameters("q=x&lang=ru", known: ["q"]) }
  }
}
