import LexNorm

/// `POST /v1/annotate`, and each document of a batch.
struct DocumentRequest: Decodable, Sendable {
  let text: String
  let date: String?
  let id: String?
  let nested: Bool?
  let labelLanguage: String?

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case text, date, id, nested
    case labelLanguage = "label_lang"
  }

  init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownFields(CodingKeys.allCases.map(\.stringValue))
    let fields = try decoder.container(keyedBy: CodingKeys.self)
    text = try fields.decode(String.self, forKey: .text)
    date = try fields.decodeIfPresent(String.self, forKey: .date)
    id = try fields.decodeIfPresent(String.self, forKey: .id)
    nested = try fields.decodeIfPresent(Bool.self, forKey: .nested)
    labelLanguage = try fields.decodeIfPresent(String.self, forKey: .labelLanguage)
  }

  /// The annotation options the fields ask for; `prefix` names the document in errors (`documents[2].`).
  func options(limits: ServerSettings, field prefix: String) throws(APIError) -> AnnotationOptions {
    try RequestRules.checkLength(of: text, field: prefix + "text", limits: limits)
    return AnnotationOptions(
      labelLanguage: try RequestRules.language(labelLanguage ?? "vi", field: prefix + "label_lang"),
      date: try date.map { date throws(APIError) in
        try RequestRules.date(date, field: prefix + "date")
      },
      includesNested: nested ?? false)
  }
}

/// `POST /v1/annotate/batch`: several documents, each annotated on its own.
struct BatchRequest: Decodable, Sendable {
  let documents: [DocumentRequest]

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case documents
  }

  init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownFields(CodingKeys.allCases.map(\.stringValue))
    documents = try decoder.container(keyedBy: CodingKeys.self)
      .decode([DocumentRequest].self, forKey: .documents)
  }
}

/// `POST /v1/normalize`.
struct NormalizeRequest: Decodable, Sendable {
  let text: String
  let to: String
  let date: String?

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case text, to, date
  }

  init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownFields(CodingKeys.allCases.map(\.stringValue))
    let fields = try decoder.container(keyedBy: CodingKeys.self)
    text = try fields.decode(String.self, forKey: .text)
    to = try fields.decode(String.self, forKey: .to)
    date = try fields.decodeIfPresent(String.self, forKey: .date)
  }
}

/// Checks of field values shared by the endpoints.
enum RequestRules {
  static let languages: [LanguageTag] = [.vi, .en, .de, .ru]

  static func language(_ value: String, field: String) throws(APIError) -> LanguageTag {
    guard let language = languages.first(where: { $0.rawValue == value }) else {
      throw APIError.invalidField(
        field, "\(JSONText.string(value)) is not one of vi, en, de, ru")
    }
    return language
  }

  static func date(_ value: String, field: String) throws(APIError) -> CalendarDate {
    guard let date = CalendarDate(iso8601: value) else {
      throw APIError.invalidField(field, "\(JSONText.string(value)) is not a date (YYYY-MM-DD)")
    }
    return date
  }

  static func checkLength(of text: String, field: String, limits: ServerSettings)
    throws(APIError)
  {
    let length = text.utf8.count
    guard length <= limits.maxTextBytes else {
      throw APIError(
        .unprocessableContent, "text_too_long",
        "\(field): \(length) bytes; the limit is \(limits.maxTextBytes) (--max-text)")
    }
  }
}
