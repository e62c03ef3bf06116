import Hummingbird
import LexNorm

/// A request the API refuses: an HTTP status, a stable machine-readable code and a message that
/// names the problem (the field, the byte offset, the limit).
struct APIError: Error, HTTPResponseError {
  let status: HTTPResponse.Status
  let code: String
  let message: String

  init(_ status: HTTPResponse.Status, _ code: String, _ message: String) {
    self.status = status
    self.code = code
    self.message = message
  }

  var headers: HTTPFields { [:] }

  /// `{"error": "code", "message": "…"}`.
  var json: String {
    "{\"error\": \(JSONText.string(code)), \"message\": \(JSONText.string(message))}"
  }

  func response(from request: Request, context: some RequestContext) throws -> Response {
    .json(json, status: status)
  }

  static func invalidField(_ field: String, _ message: String) -> APIError {
    APIError(.unprocessableContent, "invalid_field", "\(field): \(message)")
  }
}

extension Response {
  /// A JSON response with the given body.
  static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    json(ByteBuffer(string: text), status: status)
  }

  static func json(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
    json(ByteBuffer(bytes: bytes), status: status)
  }

  static func json(_ buffer: ByteBuffer, status: HTTPResponse.Status) -> Response {
    Response(status: status, headers: jsonHeaders, body: ResponseBody(byteBuffer: buffer))
  }

  // Built once: a literal would build its storage on every response.
  private static let jsonHeaders: HTTPFields = [.contentType: "application/json; charset=utf-8"]
}

/// Turns every error into a JSON error response, so clients never see an empty or HTML body:
/// unknown routes, bodies over the limit, and (logged) anything unexpected.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let error as APIError {
      return .json(error.json, status: error.status)
    } catch let error as any HTTPResponseError {
      return .json(Self.translate(error.status, request).json, status: error.status)
    } catch {
      context.logger.error("request failed: \(error)")
      return .json(
        APIError(.internalServerError, "internal", "the server failed on this request").json,
        status: .internalServerError)
    }
  }

  private static func translate(_ status: HTTPResponse.Status, _ request: Request) -> APIError {
    switch status {
    case .notFound:
      APIError(status, "not_found", "no endpoint \(request.method) \(request.uri.path)")
    case .contentTooLarge:
      APIError(status, "body_too_large", "the request body is over the limit (--max-body)")
    default:
      APIError(status, "http_\(status.code)", status.reasonPhrase)
    }
  }
}
