/// One entity of a compiled lexicon as bytes: its fields in a fixed order, each string with its
/// byte length, each list with its count.
enum EntityRecord {
  /// The fewest bytes a record takes (an empty ID's length, kind, flags, the label, alias and
  /// role counts, the validity's two dates, and the counts of sources, unverified items,
  /// acknowledged rules and external IDs).
  static let minimumSize = 4 + 1 + 1 + 4 + 4 + 4 + 8 + 4 + 4 + 4 + 4

  /// Entity flags.
  private enum Flag {
    static let generate: UInt8 = 1
    static let ambiguous: UInt8 = 2
    static let singleHolder: UInt8 = 4
    static let location: UInt8 = 8
    static let replacedBy: UInt8 = 16
    static let all: UInt8 = 31
  }

  /// Role flags.
  private enum RoleFlag {
    static let unverified: UInt8 = 1
    static let source: UInt8 = 2
    static let all: UInt8 = 3
  }

  static func encode(_ entity: Entity, into writer: inout BinaryWriter) {
    writer.write(entity.id)
    writer.write(UInt8(EntityKind.allCases.firstIndex(of: entity.kind) ?? 0))
    var flags: UInt8 = entity.generatesVariants ? Flag.generate : 0
    if entity.isAmbiguous { flags |= Flag.ambiguous }
    if entity.hasSingleHolder { flags |= Flag.singleHolder }
    if entity.location != nil { flags |= Flag.location }
    if entity.replacedBy != nil { flags |= Flag.replacedBy }
    writer.write(flags)
    writer.write(UInt32(entity.labels.count))
    for (language, text) in entity.labels.sorted(by: { $0.key < $1.key }) {
      writer.write(language.rawValue)
      writer.write(text)
    }
    writer.write(UInt32(entity.aliases.count))
    for (language, texts) in entity.aliases.sorted(by: { $0.key < $1.key }) {
      writer.write(language.rawValue)
      writer.write(UInt32(texts.count))
      for text in texts { writer.write(text) }
    }
    writer.write(UInt32(entity.roles.count))
    for role in entity.roles {
      writer.write(role.title)
      writer.write(encode(role.from))
      writer.write(encode(role.until))
      writer.write(
        (role.isUnverified ? RoleFlag.unverified : 0) | (role.source != nil ? RoleFlag.source : 0))
      if let source = role.source { writer.write(source) }
    }
    if let location = entity.location {
      writer.write(location.path)
      writer.write(UInt32(clamping: location.line))
      writer.write(UInt32(clamping: location.column))
    }
    if let replacedBy = entity.replacedBy { writer.write(replacedBy) }
    writer.write(encode(entity.validity.from))
    writer.write(encode(entity.validity.until))
    writeStrings(entity.sources, into: &writer)
    writeStrings(entity.unverified, into: &writer)
    writeStrings(entity.acknowledged.map(\.rawValue).sorted(), into: &writer)
    writer.write(UInt32(entity.externalIDs.count))
    for (scheme, id) in entity.externalIDs.sorted(by: { $0.key < $1.key }) {
      writer.write(scheme)
      writer.write(id)
    }
  }

  private static func writeStrings(_ strings: [String], into writer: inout BinaryWriter) {
    writer.write(UInt32(strings.count))
    for string in strings { writer.write(string) }
  }

  private static func readStrings(_ reader: inout BinaryReader) throws(BinaryReader.Malformed)
    -> [String]
  {
    var strings: [String] = []
    for _ in 0..<(try reader.readCount(UInt32.self, minimumSize: 4)) {
      strings.append(try reader.readString())
    }
    return strings
  }

  private static func readLanguage(_ reader: inout BinaryReader) throws(BinaryReader.Malformed)
    -> LanguageTag
  {
    let offset = reader.offset
    let text = try reader.readString()
    guard let language = LanguageTag(rawValue: text) else {
      throw BinaryReader.Malformed(offset: offset, detail: "unknown language tag `\(text)`")
    }
    return language
  }

  private static func encode(_ date: CalendarDate?) -> UInt32 {
    date.map { UInt32($0.year * 10_000 + $0.month * 100 + $0.day) } ?? 0
  }

  /// The date stored as `value` (0: none); a stored value that is no date is malformed.
  private static func readDate(_ reader: inout BinaryReader) throws(BinaryReader.Malformed)
    -> CalendarDate?
  {
    let value = try reader.read(UInt32.self)
    guard value != 0 else { return nil }
    guard
      let date = CalendarDate(
        year: Int(value / 10_000), month: Int(value / 100 % 100), day: Int(value % 100))
    else { throw reader.malformed("invalid date \(value)") }
    return date
  }

  static func decode(_ reader: inout BinaryReader) throws(BinaryReader.Malformed) -> Entity {
    let id = try reader.readString()
    let kindNumber = Int(try reader.read(UInt8.self))
    guard EntityKind.allCases.indices.contains(kindNumber) else {
      throw BinaryReader.Malformed(
        offset: reader.offset - 1, detail: "unknown entity kind \(kindNumber)")
    }
    let flagsOffset = reader.offset
    let flags = try reader.read(UInt8.self)
    guard flags & ~Flag.all == 0 else {
      throw BinaryReader.Malformed(offset: flagsOffset, detail: "unknown entity flags \(flags)")
    }
    var labels: [LanguageTag: String] = [:]
    // Each count is checked against the smallest item it counts: a language and a text length.
    for _ in 0..<(try reader.readCount(UInt32.self, minimumSize: 8)) {
      let language = try readLanguage(&reader)
      labels[language] = try reader.readString()
    }
    var aliases: [LanguageTag: [String]] = [:]
    for _ in 0..<(try reader.readCount(UInt32.self, minimumSize: 8)) {
      let language = try readLanguage(&reader)
      aliases[language] = try readStrings(&reader)
    }
    var roles: [Role] = []
    for _ in 0..<(try reader.readCount(UInt32.self, minimumSize: 13)) {
      let title = try reader.readString()
      let from = try readDate(&reader)
      let until = try readDate(&reader)
      let roleFlags = try reader.read(UInt8.self)
      guard roleFlags & ~RoleFlag.all == 0 else {
        throw reader.malformed("unknown role flags \(roleFlags)")
      }
      let source = roleFlags & RoleFlag.source != 0 ? try reader.readString() : nil
      roles.append(
        Role(
          title: title, from: from, until: until, source: source,
          isUnverified: roleFlags & RoleFlag.unverified != 0))
    }
    var location: SourceLocation?
    if flags & Flag.location != 0 {
      let path = try reader.readString()
      location = SourceLocation(
        path: path, line: Int(try reader.read(UInt32.self)),
        column: Int(try reader.read(UInt32.self)))
    }
    let replacedBy = flags & Flag.replacedBy != 0 ? try reader.readString() : nil
    let validity = Validity(from: try readDate(&reader), until: try readDate(&reader))
    let sources = try readStrings(&reader)
    let unverified = try readStrings(&reader)
    var acknowledged: Set<LexiconRule> = []
    for name in try readStrings(&reader) {
      guard let rule = LexiconRule(rawValue: name) else {
        throw reader.malformed("unknown rule `\(name)`")
      }
      acknowledged.insert(rule)
    }
    var externalIDs: [String: String] = [:]
    for _ in 0..<(try reader.readCount(UInt32.self, minimumSize: 8)) {
      let scheme = try reader.readString()
      externalIDs[scheme] = try reader.readString()
    }
    return Entity(
      id: id, kind: EntityKind.allCases[kindNumber], labels: labels, aliases: aliases,
      roles: roles, generatesVariants: flags & Flag.generate != 0,
      isAmbiguous: flags & Flag.ambiguous != 0, hasSingleHolder: flags & Flag.singleHolder != 0,
      location: location, sources: sources,
      externalIDs: externalIDs, unverified: unverified, acknowledged: acknowledged,
      validity: validity, replacedBy: replacedBy)
  }

  /// Reads a record as ``decode(_:)`` does, building nothing, and throws where decoding would:
  /// a loader checks every record up front and decodes each one later, when it is read.
  static func check(_ reader: inout BinaryReader, kind expected: UInt8)
    throws(BinaryReader.Malformed)
  {
    try reader.skipString()
    let kindOffset = reader.offset
    let kind = try reader.read(UInt8.self)
    guard Int(kind) < EntityKind.allCases.count else {
      throw BinaryReader.Malformed(offset: kindOffset, detail: "unknown entity kind \(kind)")
    }
    guard kind == expected else {
      throw BinaryReader.Malformed(
        offset: kindOffset, detail: "entity kind \(kind), the kind table says \(expected)")
    }
    let flagsOffset = reader.offset
    let flags = try reader.read(UInt8.self)
    guard flags & ~Flag.all == 0 else {
      throw BinaryReader.Malformed(offset: flagsOffset, detail: "unknown entity flags \(flags)")
    }
    for _ in 0..<(try reader.readCount(UInt32.self, minimumSize: 8)) {
      try checkLanguage(&reader)
      try reader.skipString()
    }
    for _ in 0..<(try reader.readCount(UInt32.self, minimumSize: 8)) {
      try checkLanguage(&reader)
      try skipStrings(&reader)
    }
    for _ in 0..<(try reader.readCount(UInt32.self, minimumSize: 13)) {
      try reader.skipString()
      _ = try readDate(&reader)
      _ = try readDate(&reader)
      let roleFlags = try reader.read(UInt8.self)
      guard roleFlags & ~RoleFlag.all == 0 else {
        throw reader.malformed("unknown role flags \(roleFlags)")
      }
      if roleFlags & RoleFlag.source != 0 { try reader.skipString() }
    }
    if flags & Flag.location != 0 {
      try reader.skipString()
      _ = try reader.read(UInt64.self)
    }
    if flags & Flag.replacedBy != 0 { try reader.skipString() }
    _ = try readDate(&reader)
    _ = try readDate(&reader)
    try skipStrings(&reader)
    try skipStrings(&reader)
    // Rarely any: strings only when there are.
    let rulesStart = reader
    if try reader.read(UInt32.self) != 0 {
      reader = rulesStart
      for name in try readStrings(&reader) where LexiconRule(rawValue: name) == nil {
        throw reader.malformed("unknown rule `\(name)`")
      }
    }
    for _ in 0..<(try reader.readCount(UInt32.self, minimumSize: 8)) {
      try reader.skipString()
      try reader.skipString()
    }
  }

  /// Checks a language tag as ``readLanguage(_:)`` would read it, a two-letter tag by a bit
  /// test rather than a string and a set.
  @inline(__always)
  private static func checkLanguage(_ reader: inout BinaryReader) throws(BinaryReader.Malformed) {
    let start = reader
    if try reader.read(UInt32.self) == 2 {
      let code = Int(try reader.read(UInt16.self))
      if knownTwoLetterTags[code >> 6] & 1 << UInt64(code & 63) != 0 { return }
    }
    reader = start
    _ = try readLanguage(&reader)
  }

  /// A bit per two-letter tag (its two bytes as a little-endian number) of ``LanguageTag/known``.
  private static let knownTwoLetterTags: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 1 << 10)
    for tag in LanguageTag.known where tag.rawValue.utf8.count == 2 {
      let bytes = Array(tag.rawValue.utf8)
      let code = Int(bytes[0]) | Int(bytes[1]) << 8
      bits[code >> 6] |= 1 << UInt64(code & 63)
    }
    return bits
  }()

  @inline(__always)
  private static func skipStrings(_ reader: inout BinaryReader) throws(BinaryReader.Malformed) {
    for _ in 0..<(try reader.readCount(UInt32.self, minimumSize: 4)) { try reader.skipString() }
  }

}
