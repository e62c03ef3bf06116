import Foundation
import Testing

/// Every endpoint answers with the CLI's results (mentions as `lexnorm annotate` prints them,
/// candidates as `lexnorm lookup --format json`), on the fixture lexicon.
@Suite("Endpoints", .server)
struct EndpointTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let method: String
    let target: String
    let body: String?
    let expected: String

    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "annotate", method: "POST", target: "/v1/annotate",
      body: #"{"text": "Президент Лыонг Кыонг принял делегацию.", "id": "a1"}"#,
      expected:
        #"{"doc": "a1", "date": null, "mentions": [{"doc": "a1", "start": 0, "end": 18, "text": "Президент", "id": "title:president", "kind": "title", "label": "Chủ tịch nước", "score": 1, "method": ["exact"]}, {"doc": "a1", "start": 19, "end": 40, "text": "Лыонг Кыонг", "id": "person:luong-cuong", "kind": "person", "label": "Lương Cường", "score": 1, "method": ["exact"]}]}"#
    ),
    Case(
      name: "annotate a bare title on the date in the text", method: "POST",
      target: "/v1/annotate",
      body: #"{"text": "Президент принял делегацию 19 июля 2025 года.", "label_lang": "en"}"#,
      expected:
        #"{"doc": null, "date": "2025-07-19", "mentions": [{"doc": null, "start": 0, "end": 18, "text": "Президент", "id": "title:president", "kind": "title", "label": "President", "score": 1, "method": ["exact", "role"], "refers_to": "person:luong-cuong"}]}"#
    ),
    Case(
      name: "annotate with a given date before the office", method: "POST",
      target: "/v1/annotate",
      body: #"{"text": "Президент принял делегацию.", "date": "2024-01-01"}"#,
      expected:
        #"{"doc": null, "date": "2024-01-01", "mentions": [{"doc": null, "start": 0, "end": 18, "text": "Президент", "id": "title:president", "kind": "title", "label": "Chủ tịch nước", "score": 1, "method": ["exact"]}]}"#
    ),
    Case(
      name: "annotate a batch", method: "POST", target: "/v1/annotate/batch",
      body:
        #"{"documents": [{"text": "Лыонгу Кыонгу вручили орден"}, {"text": "Politburo member Luong Cuong", "id": "b", "nested": true}]}"#,
      expected:
        #"{"results": [{"doc": null, "date": null, "mentions": [{"doc": null, "start": 0, "end": 25, "text": "Лыонгу Кыонгу", "id": "person:luong-cuong", "kind": "person", "label": "Lương Cường", "score": 0.86, "method": ["transcribed-ru", "inflected"]}]}, {"doc": "b", "date": null, "mentions": [{"doc": "b", "start": 0, "end": 9, "text": "Politburo", "id": "organization:politburo", "kind": "organization", "label": "Bộ Chính trị", "score": 1, "method": ["exact"]}, {"doc": "b", "start": 17, "end": 28, "text": "Luong Cuong", "id": "person:luong-cuong", "kind": "person", "label": "Lương Cường", "score": 1, "method": ["exact"]}]}]}"#
    ),
    Case(
      name: "annotate an empty batch", method: "POST", target: "/v1/annotate/batch",
      body: #"{"documents": []}"#, expected: #"{"results": []}"#),
    Case(
      name: "lookup, percent-encoded", method: "GET",
      target:
        "/v1/lookup?q=%D0%9B%D1%8B%D0%BE%D0%BD%D0%B3%D1%83+%D0%9A%D1%8B%D0%BE%D0%BD%D0%B3%D1%83",
      body: nil,
      expected:
        #"{"query": "Лыонгу Кыонгу", "candidates": [{"id": "person:luong-cuong", "kind": "person", "label": "Lương Cường", "score": 0.86, "method": ["transcribed-ru", "inflected"]}]}"#
    ),
    Case(
      name: "lookup with limit and label language", method: "GET",
      target: "/v1/lookup?q=Lyong%20Kyong&limit=1&label_lang=ru", body: nil,
      expected:
        #"{"query": "Lyong Kyong", "candidates": [{"id": "person:luong-cuong", "kind": "person", "label": "Лыонг Кыонг", "score": 0.85, "method": ["romanised-ru"]}]}"#
    ),
    Case(
      name: "lookup without a match", method: "GET", target: "/v1/lookup?q=Xylophone", body: nil,
      expected: #"{"query": "Xylophone", "candidates": []}"#),
    Case(
      name: "normalize", method: "POST", target: "/v1/normalize",
      body: #"{"text": "Лыонгу Кыонгу вручили орден", "to": "vi"}"#,
      expected: #"{"text": "Lương Cường вручили орден"}"#),
    Case(
      name: "normalize to English", method: "POST", target: "/v1/normalize",
      body: #"{"text": "Президент Лыонг Кыонг", "to": "en", "date": "2025-01-01"}"#,
      expected: #"{"text": "President Luong Cuong"}"#),
    Case(
      name: "entity", method: "GET", target: "/v1/entities/person:luong-cuong", body: nil,
      expected:
        #"{"id": "person:luong-cuong", "kind": "person", "labels": {"en": "Luong Cuong", "ru": "Лыонг Кыонг", "vi": "Lương Cường"}, "aliases": {}, "roles": [{"title": "title:president", "from": "2024-10-21", "until": null}]}"#
    ),
    Case(
      name: "entity, percent-encoded", method: "GET", target: "/v1/entities/title%3Apresident",
      body: nil,
      expected:
        #"{"id": "title:president", "kind": "title", "labels": {"de": "Präsident", "en": "President", "ru": "Президент", "vi": "Chủ tịch nước"}, "aliases": {}, "roles": []}"#
    ),
    Case(
      name: "health", method: "GET", target: "/healthz", body: nil,
      expected: #"{"status": "ok"}"#),
  ]

  @Test(arguments: cases)
  func answers(_ request: Case) throws {
    let reply = try ServerProcess.shared.exchange(
      requestBytes(request.method, request.target, body: request.body.map { Array($0.utf8) }))
    #expect(reply.status == 200)
    #expect(reply.headers["content-type"] == "application/json; charset=utf-8")
    #expect(reply.text == request.expected)
  }

  /// Sessions are kept warm between requests, but a document never sees the one before: the
  /// person named in full and the date of the first request do not reach the second.
  @Test func requestsDoNotShareShortFormsOrDates() throws {
    let server = try ServerProcess.shared
    let first = try server.post(
      "/v1/annotate",
      #"{"text": "Лыонг Кыонг прибыл 19 июля 2025 года. Кыонг уехал.", "label_lang": "de"}"#)
    #expect(first.text.contains(#""date": "2025-07-19""#))
    #expect(first.text.components(separatedBy: #""id": "person:luong-cuong""#).count == 3)
    for _ in 0..<3 {
      let second = try server.post(
        "/v1/annotate", #"{"text": "Кыонг уехал.", "label_lang": "de"}"#)
      #expect(second.text == #"{"doc": null, "date": null, "mentions": []}"#)
    }
  }

  @Test func readiness() throws {
    let reply = try ServerProcess.shared.get("/readyz")
    #expect(reply.status == 200)
    let prefix = #"{"status": "ready", "lexicon": {"version": 1, "entities": 3, "loaded_at": ""#
    #expect(reply.text.hasPrefix(prefix))
    let loadedAt = reply.text.dropFirst(prefix.count).prefix(while: { $0 != "\"" })
    #expect(try Date(String(loadedAt), strategy: .iso8601) <= Date())
  }

  @Test func metrics() throws {
    let server = try ServerProcess.shared
    let text = "Лыонг Кыонг"
    _ = try server.post("/v1/annotate", #"{"text": "\#(text)"}"#)
    _ = try server.get("/v1/entities/person:nobody")
    let reply = try server.get("/metrics")
    #expect(reply.status == 200)
    #expect(reply.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8")
    let samples = MetricSamples(text: reply.text)
    func value(_ name: String) -> Double? { samples[name] }
    #expect(value("lexnorm_lexicon_version") == 1)
    #expect(value("lexnorm_lexicon_entities") == 3)
    #expect(value("lexnorm_lexicon_reload_failures_total") == 0)
    #expect((value("lexnorm_annotated_documents_total") ?? 0) >= 1)
    #expect((value("lexnorm_annotated_bytes_total") ?? 0) >= Double(text.utf8.count))
    let annotated =
      #"hb_requests{http_route="/v1/annotate",http_request_method="POST",http_response_status_code="200"}"#
    #expect((value(annotated) ?? 0) >= 1)
    let missing =
      #"hb_requests{http_route="/v1/entities/{id}",http_request_method="GET",http_response_status_code="404"}"#
    #expect((value(missing) ?? 0) >= 1)
    #expect(
      samples.lines.contains {
        $0.hasPrefix(#"http_server_request_duration_bucket{http_route="/v1/annotate""#)
      })
  }

  /// The document served is the one in the repository, and it describes every route.
  @Test func openAPIDocument() throws {
    let reply = try ServerProcess.shared.get("/openapi.yaml")
    #expect(reply.status == 200)
    #expect(reply.headers["content-type"] == "application/yaml; charset=utf-8")
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/LexNormServer/openapi.yaml")
    #expect(reply.body == Array(try Data(contentsOf: file)))
    for path in [
      "/v1/annotate", "/v1/annotate/batch", "/v1/lookup", "/v1/normalize", "/v1/entities/{id}",
      "/healthz", "/readyz", "/metrics", "/openapi.yaml",
    ] {
      #expect(reply.text.contains("\n  \(path):\n"), "\(path) is described")
    }
  }
}
