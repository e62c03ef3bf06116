import Foundation
import Hummingbird
import LexNorm

/// Reads a request body as JSON under the server's limits and turns every way it can be wrong
/// (too big, not UTF-8, not JSON, wrong shape) into an ``APIError`` that names the problem.
struct JSONBodyReader: Sendable {
  let maxBodyBytes: Int

  func decode<Value: Decodable>(_ type: Value.Type, from request: Request) async throws -> Value {
    if let declared = request.headers[.contentLength].flatMap(Int.init), declared > maxBodyBytes {
      throw tooLarge(declared: declared)
    }
    let body: ByteBuffer
    do {
      body = try await request.body.collect(upTo: maxBodyBytes)
    } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
      throw tooLarge(declared: nil)
    }
    let data = Data(body.readableBytesView)
    let invalidByte = data.withUnsafeBytes {
      TextInput.firstInvalidUTF8Byte(in: $0.bindMemory(to: UInt8.self))
    }
    if let invalidByte {
      throw APIError(
        .badRequest, "invalid_utf8", "the body is not valid UTF-8 at byte \(invalidByte)")
    }
    do {
      return try JSONDecoder().decode(Value.self, from: data)
    } catch let error as DecodingError {
      throw APIError(decoding: error, of: data)
    }
  }

  private func tooLarge(declared: Int?) -> APIError {
    let limit = "\(maxBodyBytes) bytes (--max-body)"
    return APIError(
      .contentTooLarge, "body_too_large",
      declared.map { "the request body is \($0) bytes; the limit is \(limit)" }
        ?? "the request body is larger than the limit of \(limit)")
  }
}

extension APIError {
  /// The decoder's complaint about `body`, with the JSON path of the field it concerns
  /// (`documents[2].text`).
  init(decoding error: DecodingError, of body: Data) {
    switch error {
    case .keyNotFound(let key, let context):
      self.init(
        .badRequest, "missing_field", "\(Self.path(context.codingPath + [key])): required field")
    case .typeMismatch(let type, let context):
      self.init(
        .badRequest, "wrong_type",
        "\(Self.path(context.codingPath)): expected \(Self.describe(type))")
    case .valueNotFound(let type, let context):
      self.init(
        .badRequest, "wrong_type",
        "\(Self.path(context.codingPath)): expected \(Self.describe(type)), not null")
    case .dataCorrupted:
      self.init(
        .badRequest, "invalid_json",
        "the body is not valid JSON" + (Self.syntaxError(in: body).map { ": \($0)" } ?? ""))
    @unknown default:
      self.init(.badRequest, "invalid_json", "the body is not valid JSON")
    }
  }

  /// Where the JSON syntax fails ("Invalid value around character 14."): JSONDecoder does not
  /// say, JSONSerialization does. Parsed again only for a body already refused.
  private static func syntaxError(in body: Data) -> String? {
    do {
      _ = try JSONSerialization.jsonObject(with: body, options: .fragmentsAllowed)
      return nil
    } catch {
      return (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
    }
  }

  /// A coding path as JSON path text; the document itself is `body`.
  static func path(_ keys: [any CodingKey]) -> String {
    var path = ""
    for key in keys {
      if let index = key.intValue {
        path += "[\(index)]"
      } else {
        path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
    return path.isEmpty ? "body" : path
  }

  private static func describe(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Bool.Type: "true or false"
    case is any BinaryInteger.Type: "an integer"
    default: "\(type)".hasPrefix("Array") ? "an array" : "an object"
    }
  }
}

/// A key for reading whatever fields an object has.
struct AnyKey: CodingKey {
  let stringValue: String
  var intValue: Int? { nil }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

extension Decoder {
  /// Refuses any field not in `allowed`, so a misspelt option is reported, not silently ignored.
  func rejectUnknownFields(_ allowed: [String]) throws {
    let fields = try container(keyedBy: AnyKey.self).allKeys
    if let unknown = fields.first(where: { !allowed.contains($0.stringValue) }) {
      throw APIError(
        .badRequest, "unknown_field",
        "\(APIError.path(codingPath + [unknown])): unknown field (known: "
          + allowed.joined(separator: ", ") + ")")
    }
  }
}
