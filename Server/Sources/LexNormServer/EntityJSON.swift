import LexNorm

/// An entity as `GET /v1/entities/{id}` answers it: ID, kind, labels and aliases by language,
/// and roles with their dates (null when open).
enum EntityJSON {
  static func object(_ entity: Entity) -> String {
    let labels = entity.labels.sorted { $0.key < $1.key }.map { language, label in
      "\(JSONText.string(language.rawValue)): \(JSONText.string(label))"
    }
    let aliases = entity.aliases.sorted { $0.key < $1.key }.map { language, forms in
      "\(JSONText.string(language.rawValue)): \(JSONText.array(forms.map(JSONText.string)))"
    }
    let roles = entity.roles.map { role in
      "{\"title\": \(JSONText.string(role.title)), \"from\": \(date(role.from)), "
        + "\"until\": \(date(role.until))}"
    }
    return
      "{\"id\": \(JSONText.string(entity.id)), \"kind\": \(JSONText.string(entity.kind.rawValue)), "
      + "\"labels\": {\(labels.joined(separator: ", "))}, "
      + "\"aliases\": {\(aliases.joined(separator: ", "))}, \"roles\": \(JSONText.array(roles))}"
  }

  private static func date(_ date: CalendarDate?) -> String {
    date.map { JSONText.string($0.description) } ?? "null"
  }
}
