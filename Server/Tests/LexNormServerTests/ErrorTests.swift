import Testing

/// Every way a request can be wrong gets a 4xx with a JSON error naming the problem.
@Suite("Errors", .server)
struct ErrorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let method: String
    let target: String
    let body: [UInt8]?
    let status: Int
    let error: String
    let message: String

    init(
      _ name: String, _ method: String, _ target: String, body: String? = nil,
      bytes: [UInt8]? = nil,
      _ status: Int, _ error: String, _ message: String
    ) {
      self.name = name
      self.method = method
      self.target = target
      self.body = bytes ?? body.map { Array($0.utf8) }
      self.status = status
      self.error = error
      self.message = message
    }

    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      "wrong type", "POST", "/v1/annotate", body: #"{"text": 5}"#, 400, "wrong_type",
      "text: expected a string"),
    Case(
      "null text", "POST", "/v1/annotate", body: #"{"text": null}"#, 400, "wrong_type",
      "text: expected a string, not null"),
    Case(
      "not an object", "POST", "/v1/annotate", body: #"["text"]"#, 400, "wrong_type",
      "body: expected an object"),
    Case(
      "wrong type in a batch", "POST", "/v1/annotate/batch",
      body: #"{"documents": [{"text": "a"}, {"text": "b", "nested": "yes"}]}"#, 400, "wrong_type",
      "documents[1].nested: expected true or false"),
    Case(
      "documents not an array", "POST", "/v1/annotate/batch",
      body: #"{"documents": {"text": "a"}}"#,
      400, "wrong_type", "documents: expected an array"),
    Case(
      "missing text", "POST", "/v1/annotate", body: #"{"id": "a"}"#, 400, "missing_field",
      "text: required field"),
    Case(
      "missing to", "POST", "/v1/normalize", body: #"{"text": "a"}"#, 400, "missing_field",
      "to: required field"),
    Case(
      "unknown field", "POST", "/v1/annotate", body: #"{"text": "a", "lang": "ru"}"#, 400,
      "unknown_field", "lang: unknown field (known: text, date, id, nested, label_lang)"),
    Case(
      "unknown field in a batch", "POST", "/v1/annotate/batch",
      body: #"{"documents": [{"text": "a", "txt": "b"}]}"#, 400, "unknown_field",
      "documents[0].txt: unknown field (known: text, date, id, nested, label_lang)"),
    Case(
      "unknown batch field", "POST", "/v1/annotate/batch",
      body: #"{"documents": [], "nested": true}"#,
      400, "unknown_field", "nested: unknown field (known: documents)"),
    Case(
      "invalid UTF-8", "POST", "/v1/annotate",
      bytes: Array(#"{"text": "ab"#.utf8) + [0xFF] + Array(#""}"#.utf8), 400, "invalid_utf8",
      "the body is not valid UTF-8 at byte 12"),
    Case(
      "body over --max-body", "POST", "/v1/annotate",
      body: #"{"text": "\#(String(repeating: "x", count: 5000))"}"#, 413, "body_too_large",
      "the request body is 5012 bytes; the limit is 4096 bytes (--max-body)"),
    Case(
      "text over --max-text", "POST", "/v1/annotate",
      body: #"{"text": "\#(String(repeating: "я", count: 501))"}"#, 422, "text_too_long",
      "text: 1002 bytes; the limit is 1000 (--max-text)"),
    Case(
      "batch text over --max-text", "POST", "/v1/annotate/batch",
      body: #"{"documents": [{"text": "a"}, {"text": "\#(String(repeating: "b", count: 1001))"}]}"#,
      422, "text_too_long", "documents[1].text: 1001 bytes; the limit is 1000 (--max-text)"),
    Case(
      "batch over --max-batch", "POST", "/v1/annotate/batch",
      body: #"{"documents": [{"text": "a"}, {"text": "b"}, {"text": "c"}, {"text": "d"}]}"#, 422,
      "too_many_documents", "documents: 4 documents; the limit is 3 (--max-batch)"),
    Case(
      "invalid date", "POST", "/v1/annotate", body: #"{"text": "a", "date": "2025-13-01"}"#, 422,
      "invalid_field", #"date: "2025-13-01" is not a date (YYYY-MM-DD)"#),
    Case(
      "unknown language", "POST", "/v1/annotate", body: #"{"text": "a", "label_lang": "vn"}"#, 422,
      "invalid_field", #"label_lang: "vn" is not one of vi, en, de, ru"#),
    Case(
      "unknown target language", "POST", "/v1/normalize", body: #"{"text": "a", "to": "fr"}"#, 422,
      "invalid_field", #"to: "fr" is not one of vi, en, de, ru"#),
    Case(
      "normalize text over --max-text", "POST", "/v1/normalize",
      body: #"{"text": "\#(String(repeating: "b", count: 1001))", "to": "vi"}"#, 422,
      "text_too_long",
      "text: 1001 bytes; the limit is 1000 (--max-text)"),
    Case(
      "lookup without q", "GET", "/v1/lookup?limit=2", 400, "missing_parameter",
      "q: required query parameter"),
    Case(
      "lookup with an unknown parameter", "GET", "/v1/lookup?q=To+Lam&lang=ru", 400,
      "unknown_parameter", #"lang: unknown query parameter (known: q, limit, label_lang)"#),
    Case(
      "lookup with limit 0", "GET", "/v1/lookup?q=To+Lam&limit=0", 422, "invalid_field",
      #"limit: "0" is not a positive integer"#),
    Case(
      "lookup with invalid UTF-8", "GET", "/v1/lookup?q=%D0%FF", 400, "invalid_utf8",
      "q: the value is not percent-encoded UTF-8"),
    Case(
      "lookup text over --max-text", "GET", "/v1/lookup?q=\(String(repeating: "a", count: 1001))",
      422, "text_too_long", "q: 1001 bytes; the limit is 1000 (--max-text)"),
    Case(
      "unknown entity", "GET", "/v1/entities/person:nobody", 404, "unknown_entity",
      #"no entity "person:nobody" in the lexicon"#),
    Case(
      "unknown endpoint", "GET", "/v2/annotate", 404, "not_found", "no endpoint GET /v2/annotate"),
    Case(
      "wrong method", "GET", "/v1/annotate", 404, "not_found", "no endpoint GET /v1/annotate"),
  ]

  @Test(arguments: cases)
  func refuses(_ request: Case) throws {
    let reply = try ServerProcess.shared.exchange(
      requestBytes(request.method, request.target, body: request.body))
    #expect(reply.status == request.status)
    #expect(reply.headers["content-type"] == "application/json; charset=utf-8")
    #expect(
      reply.text
        == #"{"error": "\#(request.error)", "message": \#(jsonString(request.message))}"#)
  }

  @Test(arguments: [
    (#"{"text": "#, "Unexpected end of file during JSON parse."),
    ("", "Unexpected end of file during JSON parse."),
    (#"{text: "a"}"#, "Invalid value around character 1."),
    (#"{"text": "a"} x"#, "Invalid value around character 14."),
  ])
  func refusesInvalidJSON(body: String, detail: String) throws {
    let reply = try ServerProcess.shared.post("/v1/annotate", body)
    #expect(reply.status == 400)
    #expect(
      reply.text
        == #"{"error": "invalid_json", "message": "the body is not valid JSON: \#(detail)"}"#)
  }

  /// A chunked body announces no length: the limit is found while reading it.
  @Test func refusesAChunkedBodyOverTheLimit() throws {
    let chunk = Array(String(repeating: "x", count: 3000).utf8)
    let head =
      "POST /v1/annotate HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
      + "Transfer-Encoding: chunked\r\n\r\n"
    var request = Array(head.utf8)
    for _ in 0..<2 { request += Array("bb8\r\n".utf8) + chunk + Array("\r\n".utf8) }
    request += Array("0\r\n\r\n".utf8)
    let reply = try ServerProcess.shared.exchange(request)
    #expect(reply.status == 413)
    #expect(
      reply.text == #"{"error": "body_too_large", "message": "the request body is larger "#
        + #"than the limit of 4096 bytes (--max-body)"}"#)
  }

  /// After all of the above, the server still serves.
  @Test func survivesBadInput() throws {
    for request in Self.cases {
      _ = try ServerProcess.shared.exchange(
        requestBytes(request.method, request.target, body: request.body))
    }
    #expect(try ServerProcess.shared.get("/healthz").text == #"{"status": "ok"}"#)
  }
}

/// `text` as a JSON string (the messages hold only quotes among the characters JSON escapes).
func jsonString(_ text: String) -> String {
  "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
}
