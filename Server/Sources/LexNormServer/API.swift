import Foundation
import Hummingbird
import LexNorm

/// The HTTP API: every route, its input checks and its JSON answers. Mentions and lookup
/// candidates are written by ``JSONText``, exactly as `lexnorm annotate` and `lexnorm lookup
/// --format json` print them.
struct API: Sendable {
  let store: LexiconStore
  let settings: ServerSettings
  let metrics: ServerMetrics

  private var body: JSONBodyReader { JSONBodyReader(maxBodyBytes: settings.maxBodyBytes) }

  func register(on router: Router<BasicRequestContext>) {
    router.post("/v1/annotate") { request, _ in try await annotate(request) }
    router.post("/v1/annotate/batch") { request, _ in try await annotateBatch(request) }
    router.get("/v1/lookup") { request, _ in try lookup(request) }
    router.post("/v1/normalize") { request, _ in try await normalize(request) }
    router.get("/v1/entities/:id") { _, context in try entity(context.parameters.get("id")) }
    router.get("/healthz") { _, _ in Response.json(#"{"status": "ok"}"#) }
    router.get("/readyz") { _, _ in readiness() }
    router.get("/metrics") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
        body: ResponseBody(byteBuffer: ByteBuffer(bytes: metrics.registry.emitToBuffer())))
    }
    router.get("/openapi.yaml") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
        body: ResponseBody(byteBuffer: ByteBuffer(bytes: PackageResources.openapi_yaml)))
    }
  }

  // MARK: Annotation

  private func annotate(_ request: Request) async throws -> Response {
    let document = try await body.decode(DocumentRequest.self, from: request)
    let sessions = try loaded().sessions
    var output: [UInt8] = []
    try append(document, field: "", sessions: sessions, to: &output)
    return .json(output)
  }

  private func annotateBatch(_ request: Request) async throws -> Response {
    let batch = try await body.decode(BatchRequest.self, from: request)
    guard batch.documents.count <= settings.maxBatchDocuments else {
      throw APIError(
        .unprocessableContent, "too_many_documents",
        "documents: \(batch.documents.count) documents; the limit is "
          + "\(settings.maxBatchDocuments) (--max-batch)")
    }
    let sessions = try loaded().sessions
    var output = Array(#"{"results": ["#.utf8)
    for (position, document) in batch.documents.enumerated() {
      if position > 0 { output += Array(", ".utf8) }
      try append(document, field: "documents[\(position)].", sessions: sessions, to: &output)
    }
    output += Array("]}".utf8)
    return .json(output)
  }

  /// Appends `{"doc": …, "date": …, "mentions": […]}` for one document; `date` is the document
  /// date used for bare titles (given, or the first date in the text), or null.
  private func append(
    _ document: DocumentRequest, field: String, sessions: SessionPool, to output: inout [UInt8]
  ) throws(APIError) {
    let options = try document.options(limits: settings, field: field)
    let result = sessions.annotate(
      Document(id: document.id ?? "", text: document.text, date: options.date), options: options)
    let mentions = result.mentions
    count(document.text)
    output += Array(#"{"doc": "#.utf8)
    output += Array((document.id.map(JSONText.string) ?? "null").utf8)
    output += Array(#", "date": "#.utf8)
    output += Array((result.date.map { JSONText.string($0.description) } ?? "null").utf8)
    output += Array(#", "mentions": ["#.utf8)
    for (position, mention) in mentions.enumerated() {
      if position > 0 { output += Array(", ".utf8) }
      JSONText.appendMention(mention, sourceKey: "doc", source: document.id, to: &output)
    }
    output += Array("]}".utf8)
  }

  private func normalize(_ request: Request) async throws -> Response {
    let normalize = try await body.decode(NormalizeRequest.self, from: request)
    try RequestRules.checkLength(of: normalize.text, field: "text", limits: settings)
    let language = try RequestRules.language(normalize.to, field: "to")
    let date = try normalize.date.map { date throws(APIError) in
      try RequestRules.date(date, field: "date")
    }
    let text = try annotator().normalize(
      normalize.text, to: language, options: AnnotationOptions(date: date))
    count(normalize.text)
    return .json("{\"text\": \(JSONText.string(text))}")
  }

  private func count(_ text: String) {
    metrics.annotatedDocuments.increment()
    metrics.annotatedBytes.increment(by: Int64(text.utf8.count))
  }

  // MARK: Lexicon

  /// A query asked before with this lexicon is answered from its cache, unchecked (only valid
  /// queries are stored).
  private func lookup(_ request: Request) throws -> Response {
    let loaded = try loaded()
    let key = LookupResponseCache.Query(text: request.uri.query ?? "")
    if let answer = loaded.lookups.answer(for: key) {
      metrics.lookupCacheHits.increment()
      return .json(answer, status: .ok)
    }
    let query = try QueryParameters(key.text, known: Self.lookupParameters)
    guard let name = query["q"] else {
      throw APIError(.badRequest, "missing_parameter", "q: required query parameter")
    }
    try RequestRules.checkLength(of: name, field: "q", limits: settings)
    let limit = try query["limit"].map { value throws(APIError) in
      guard let limit = Int(value), limit > 0 else {
        throw APIError.invalidField("limit", "\(JSONText.string(value)) is not a positive integer")
      }
      return limit
    }
    let language = try RequestRules.language(query["label_lang"] ?? "vi", field: "label_lang")
    let candidates = loaded.annotator.lookup(name, labelLanguage: language)
    let answer = ByteBuffer(
      string: JSONText.lookup(query: name, candidates: Array(candidates.prefix(limit ?? .max))))
    metrics.lookupCacheMisses.increment()
    loaded.lookups.store(answer, for: key)
    return .json(answer, status: .ok)
  }

  private static let lookupParameters = ["q", "limit", "label_lang"]

  private func entity(_ rawID: String?) throws -> Response {
    let id = rawID.flatMap { $0.removingPercentEncoding } ?? ""
    guard let entity = try annotator().lexicon[id] else {
      throw APIError(.notFound, "unknown_entity", "no entity \(JSONText.string(id)) in the lexicon")
    }
    return .json(EntityJSON.object(entity))
  }

  // MARK: Health

  private func readiness() -> Response {
    guard let loaded = store.current else {
      return .json(#"{"status": "loading"}"#, status: .serviceUnavailable)
    }
    return .json(
      "{\"status\": \"ready\", \"lexicon\": {\"version\": \(loaded.version), "
        + "\"entities\": \(loaded.annotator.lexicon.entities.count), "
        + "\"loaded_at\": \(JSONText.string(loaded.loadedAt.formatted(.iso8601)))}}")
  }

  private func annotator() throws(APIError) -> Annotator { try loaded().annotator }

  private func loaded() throws(APIError) -> LexiconStore.Loaded {
    guard let loaded = store.current else {
      throw APIError(.serviceUnavailable, "not_ready", "the lexicon is still loading")
    }
    return loaded
  }
}
