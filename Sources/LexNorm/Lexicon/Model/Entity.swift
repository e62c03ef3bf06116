/// What kind of thing an entity is; the prefix of its ID names it (`person:to-lam`).
public enum EntityKind: String, Sendable, Hashable, CaseIterable, Codable {
  case person
  case title
  case organization
  case place
  case document
  case term
}

/// A language tag of a label or alias: `vi`, `en`, `de`, `ru`, or another of ``known``
/// (BCP 47 primary subtags, lower case).
///
/// The tag is validated: `LanguageTag(rawValue: "vn")` and `LanguageTag(rawValue: "EN")` are
/// `nil`, so a misspelt language cannot silently fall back to another language's labels.
/// Decoding an unknown tag throws.
public struct LanguageTag: RawRepresentable, Sendable, Hashable, Comparable, Codable,
  CustomStringConvertible
{
  /// The tag as written in lexicon files (`vi`).
  public let rawValue: String

  /// The tag `rawValue`, or `nil` unless it is one of ``known``.
  public init?(rawValue: String) {
    guard Self.known.contains(LanguageTag(unchecked: rawValue)) else { return nil }
    self.rawValue = rawValue
  }

  /// For the tags this module spells out itself.
  init(unchecked rawValue: String) { self.rawValue = rawValue }

  public var description: String { rawValue }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Vietnamese.
  public static let vi = LanguageTag(unchecked: "vi")
  /// English.
  public static let en = LanguageTag(unchecked: "en")
  /// German.
  public static let de = LanguageTag(unchecked: "de")
  /// Russian.
  public static let ru = LanguageTag(unchecked: "ru")
}

/// A calendar date without time zone (ISO 8601 `YYYY-MM-DD`), as used for dates of office.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Parses `YYYY-MM-DD`; `nil` when the text is not a real calendar date.
  public init?(iso8601 text: some StringProtocol) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// A date from its parts; `nil` when the day does not exist (2025-02-30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1 else { return nil }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard day <= lengths[month - 1] else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public var description: String {
    let y = String(year)
    let m = String(month)
    let d = String(day)
    return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-"
      + (m.count < 2 ? "0" : "") + m + "-" + (d.count < 2 ? "0" : "") + d
  }
}

/// An office held by a person: a `title:` entity and the dates of office.
public struct Role: Sendable, Hashable, Codable {
  /// The ID of the title entity (`title:president`).
  public var title: String
  /// First day in office.
  public var from: CalendarDate?
  /// Last day in office; `nil` while in office.
  public var until: CalendarDate?
  /// A URL that documents the role and its dates.
  public var source: String?
  /// Whether the role or its dates could not be verified (`unverified: true` in a lexicon file).
  public var isUnverified: Bool

  /// A role of `title` (a title entity's ID) with its dates of office.
  public init(
    title: String, from: CalendarDate? = nil, until: CalendarDate? = nil, source: String? = nil,
    isUnverified: Bool = false
  ) {
    self.title = title
    self.from = from
    self.until = until
    self.source = source
    self.isUnverified = isUnverified
  }

  // Coding keys keep the lexicon file's field names.
  private enum CodingKeys: String, CodingKey {
    case title, from, until, source
    case isUnverified = "unverified"
  }

  /// The days of office.
  public var validity: Validity { Validity(from: from, until: until) }

  /// Whether the role was held on `date` (open ends count as held).
  public func isHeld(on date: CalendarDate) -> Bool { validity.contains(date) }
}

/// The days something existed: `from` and `until` are inclusive, and open ends reach indefinitely.
public struct Validity: Sendable, Hashable, Codable {
  /// First day; `nil` when unknown or always.
  public var from: CalendarDate?
  /// Last day; `nil` while it lasts.
  public var until: CalendarDate?

  public init(from: CalendarDate? = nil, until: CalendarDate? = nil) {
    self.from = from
    self.until = until
  }

  /// Whether neither end is set.
  public var isUnbounded: Bool { from == nil && until == nil }

  /// Whether `date` lies within the days.
  public func contains(_ date: CalendarDate) -> Bool {
    if let from, date < from { return false }
    if let until, until < date { return false }
    return true
  }
}

/// Where something was written in a lexicon file: for diagnostics.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The file's path as it was given to the loader.
  public var path: String
  /// 1-based line.
  public var line: Int
  /// 1-based column (in characters).
  public var column: Int

  public init(path: String, line: Int, column: Int) {
    self.path = path
    self.line = line
    self.column = column
  }

  public var description: String { "\(path):\(line):\(column)" }
}

/// One named thing of a lexicon: a person, title, organization, place, document or term.
public struct Entity: Sendable, Hashable, Codable {
  /// Canonical ID, `kind:slug` with a lower-case ASCII slug (`person:luong-cuong`).
  public var id: String
  /// What the entity is.
  public var kind: EntityKind
  /// Preferred label per language, used as output; at most one per language.
  public var labels: [LanguageTag: String]
  /// Further written forms per language: matched, never used as output.
  public var aliases: [LanguageTag: [String]]
  /// Offices held (persons).
  public var roles: [Role]
  /// Whether LexNorm derives further forms (ASCII, Russian transcription) from the labels
  /// (`generate` in a lexicon file).
  public var generatesVariants: Bool
  /// Whether a collision of this entity's forms with another entity's is deliberate
  /// (`ambiguous`).
  public var isAmbiguous: Bool
  /// For titles: whether at most one person holds the office at a time (`single-holder`).
  public var hasSingleHolder: Bool
  /// Where the entity was defined, when it came from a file.
  public var location: SourceLocation?
  /// URLs of the pages that document the entity (`sources`).
  public var sources: [String]
  /// Identifiers in other datasets by scheme (`external-ids: {wikidata: Q123}`).
  public var externalIDs: [String: String]
  /// What could not be verified (`unverified: [roles, until]`); empty when all is verified.
  public var unverified: [String]
  /// Warning rules whose findings on this entity are deliberate (`acknowledge`).
  public var acknowledged: Set<LexiconRule>
  /// For organizations and places: when the entity came into being or got this name, and when
  /// it ceased to exist (`from`, `until`, inclusive).
  public var validity: Validity
  /// For organizations and places: the ID of the entity that succeeded this one (`replaced-by`).
  public var replacedBy: String?

  /// An entity; only `id`, `kind` and `labels` are required.
  public init(
    id: String, kind: EntityKind, labels: [LanguageTag: String],
    aliases: [LanguageTag: [String]] = [:], roles: [Role] = [], generatesVariants: Bool = true,
    isAmbiguous: Bool = false, hasSingleHolder: Bool = false, location: SourceLocation? = nil,
    sources: [String] = [], externalIDs: [String: String] = [:], unverified: [String] = [],
    acknowledged: Set<LexiconRule> = [], validity: Validity = Validity(),
    replacedBy: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.labels = labels
    self.aliases = aliases
    self.roles = roles
    self.generatesVariants = generatesVariants
    self.isAmbiguous = isAmbiguous
    self.hasSingleHolder = hasSingleHolder
    self.location = location
    self.sources = sources
    self.externalIDs = externalIDs
    self.unverified = unverified
    self.acknowledged = acknowledged
    self.validity = validity
    self.replacedBy = replacedBy
  }

  /// The preferred label in `language`, else in Vietnamese, else English, else any.
  public func label(in language: LanguageTag) -> String? {
    labels[language] ?? labels[.vi] ?? labels[.en] ?? labels.values.sorted().first
  }

  // Coding keys keep the names these fields had before the API Design Guidelines renames.
  private enum CodingKeys: String, CodingKey {
    case id, kind, labels, aliases, roles, location, sources, externalIDs, unverified,
      acknowledged, validity, replacedBy
    case generatesVariants = "generate"
    case isAmbiguous = "ambiguous"
    case hasSingleHolder = "singleHolder"
  }

  /// Every written form: labels first, then aliases.
  var allForms: [(language: LanguageTag, text: String)] {
    var forms = labels.sorted { $0.key < $1.key }.map { (language: $0.key, text: $0.value) }
    for (language, texts) in aliases.sorted(by: { $0.key < $1.key }) {
      for text in texts { forms.append((language, text)) }
    }
    return forms
  }
}
