import Dispatch

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Why a compiled lexicon file was rejected.
public struct CompiledLexiconError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong with the file.
  public enum Kind: Sendable, Hashable {
    /// The file does not start with the compiled-lexicon signature.
    case notACompiledLexicon
    /// Written by a LexNorm whose file format or key derivation differs: compile it again.
    case stale
    /// The checksum does not match: the file was changed or truncated.
    case corrupt
    /// The file could not be read.
    case unreadable
  }

  /// What is wrong.
  public let kind: Kind
  /// The file's name as given.
  public let source: String
  /// Explanation, with the byte offset where one applies.
  public let detail: String

  public var description: String {
    switch kind {
    case .notACompiledLexicon: "\(source): not a compiled LexNorm lexicon (\(detail))"
    case .stale: "\(source): stale compiled lexicon: \(detail); run `lexnorm compile` again"
    case .corrupt: "\(source): corrupt compiled lexicon: \(detail)"
    case .unreadable: "\(source): \(detail)"
    }
  }
}

/// The compiled-lexicon file format: a header (signature, versions, payload length and
/// checksum) and a payload of flat arrays that load without rebuilding the index.
enum CompiledLexicon {
  static let signature = CompiledLexiconSignature.bytes
  /// 2: every field of an entity (single-holder, source location, sources, external IDs,
  /// unverified, acknowledged rules, validity, replaced-by, role sources). 3: every count in an
  /// entity is 32-bit (a language with more than 65,535 aliases no longer traps the writer).
  static let formatVersion: UInt32 = 3
  /// Bump whenever token keys or index layout change: old files would match wrongly.
  static let keyVersion: UInt32 = 1
  static let headerSize = 8 + 4 + 4 + 8 + 8

  /// Whether `bytes` start like a compiled lexicon (to tell one from a YAML file).
  static func hasSignature(_ bytes: some Collection<UInt8>) -> Bool {
    CompiledLexiconSignature.starts(bytes)
  }

  static func encode(_ index: PhraseIndex) -> [UInt8] {
    // Entities go in chunks with their byte lengths first, so a loader can decode the chunks
    // on several threads.
    var payload = BinaryWriter()
    payload.write(UInt32(index.entities.count))
    var chunks: [[UInt8]] = []
    for start in stride(from: 0, to: index.entities.count, by: entityChunkSize) {
      var chunk = BinaryWriter()
      for entity in index.entities[start..<min(start + entityChunkSize, index.entities.count)] {
        encode(entity, into: &chunk)
      }
      chunks.append(chunk.bytes)
    }
    payload.writeBlock(chunks.map { UInt32($0.count) })
    for chunk in chunks { payload.writeBytes(chunk) }
    let vocabulary = index.vocabulary.sorted { $0.value < $1.value }
    payload.write(UInt32(vocabulary.count))
    for (key, _) in vocabulary { payload.write(key) }
    payload.writeBlock(index.edges.slotKeys)
    payload.writeBlock(index.edges.slotValues)
    payload.writeBlock(index.targetStarts)
    payload.writeBlock(index.targets.map(\.entity))
    payload.writeBlock(
      index.targets.map { UInt16($0.origin.rawValue) << 8 | UInt16($0.layer.rawValue) })
    payload.write(UInt32(index.longestPhrase))
    payload.writeBlock(index.nonPersonStarts.sorted())

    var file = BinaryWriter()
    for byte in signature { file.write(byte) }
    file.write(formatVersion)
    file.write(keyVersion)
    file.write(UInt64(payload.bytes.count))
    file.write(payload.bytes.withUnsafeBytes { Checksum.of($0) })
    return file.bytes + payload.bytes
  }

  /// The index and its lexicon stored in `bytes`. Everything is checked: a forged file (its
  /// checksum recomputed) gets an error naming the byte, never a crash or a huge allocation.
  static func decode(_ bytes: UnsafeRawBufferPointer, source: String)
    throws(CompiledLexiconError) -> (PhraseIndex, Lexicon)
  {
    func fail(_ kind: CompiledLexiconError.Kind, _ detail: String) -> CompiledLexiconError {
      CompiledLexiconError(kind: kind, source: source, detail: detail)
    }
    guard bytes.count >= headerSize, hasSignature(bytes) else {
      throw fail(.notACompiledLexicon, "missing signature at byte 0")
    }
    var header = BinaryReader(bytes, offset: signature.count)
    do {
      let format = try header.read(UInt32.self)
      let keys = try header.read(UInt32.self)
      guard format == formatVersion, keys == keyVersion else {
        throw fail(
          .stale,
          "format \(format) with keys \(keys), this lexnorm reads format \(formatVersion) with keys \(keyVersion)"
        )
      }
      let length = try header.read(UInt64.self)
      let checksum = try header.read(UInt64.self)
      guard UInt64(bytes.count - headerSize) == length else {
        throw fail(.corrupt, "payload is \(bytes.count - headerSize) bytes, header says \(length)")
      }
      let payload = UnsafeRawBufferPointer(rebasing: bytes[headerSize...])
      guard Checksum.of(payload) == checksum else {
        throw fail(.corrupt, "checksum mismatch")
      }
      return try decodePayload(payload)
    } catch let error as CompiledLexiconError {
      throw error
    } catch let error as BinaryReader.Malformed {
      throw fail(.corrupt, "\(error.detail) at byte \(headerSize + error.offset)")
    } catch {
      throw fail(.corrupt, "\(error)")
    }
  }

  private static func decodePayload(_ payload: UnsafeRawBufferPointer)
    throws(BinaryReader.Malformed) -> (PhraseIndex, Lexicon)
  {
    var reader = BinaryReader(payload)
    let entityCount = try reader.readCount(UInt32.self, minimumSize: minimumEntitySize)
    let chunkLengths = try reader.readBlock(UInt32.self)
    guard chunkLengths.count == (entityCount + entityChunkSize - 1) / entityChunkSize else {
      throw reader.malformed("entity chunks do not match the entity count")
    }
    let entities = try decodeEntities(
      payload, count: entityCount, chunkLengths: chunkLengths.map(Int.init), reader: &reader)
    let lexicon = Lexicon(entities: entities)
    // The index refers to entities by position: a lexicon that dropped one would not fit it.
    guard lexicon.entities.count == entities.count else {
      var seen: Set<String> = []
      let duplicate = entities.first { !seen.insert($0.id).inserted }?.id ?? ""
      throw reader.malformed("duplicate entity ID \"\(duplicate)\" in the entities ending")
    }
    let vocabularyCount = try reader.readCount(UInt32.self, minimumSize: 4)
    var vocabulary: [String: Int32] = [:]
    vocabulary.reserveCapacity(vocabularyCount)
    for number in 0..<vocabularyCount {
      let key = try reader.readString()
      guard vocabulary.updateValue(Int32(number), forKey: key) == nil else {
        throw reader.malformed("duplicate vocabulary key")
      }
    }
    guard
      let edges = EdgeTable(
        slotKeys: try reader.readBlock(UInt64.self), slotValues: try reader.readBlock(Int32.self))
    else { throw reader.malformed("inconsistent edge table") }
    let starts = try reader.readBlock(Int32.self)
    let targetEntities = try reader.readBlock(Int32.self)
    let targetKinds = try reader.readBlock(UInt16.self)
    let longest = Int(try reader.read(UInt32.self))
    let nonPersonStarts = try reader.readBlock(Int32.self)
    guard nonPersonStarts.allSatisfy({ $0 >= 0 && Int($0) < vocabularyCount }),
      targetEntities.count == targetKinds.count, starts.first == 0,
      starts.last.map(Int.init) == targetEntities.count,
      zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }),
      targetEntities.allSatisfy({ $0 >= 0 && Int($0) < entities.count }),
      edges.slotValues.allSatisfy({ $0 >= 0 && Int($0) < starts.count - 1 }),
      reader.isAtEnd
    else { throw reader.malformed("inconsistent index arrays") }
    var targets: [PhraseTarget] = []
    targets.reserveCapacity(targetEntities.count)
    for (entity, kind) in zip(targetEntities, targetKinds) {
      guard let origin = FormOrigin(rawValue: UInt8(kind >> 8)),
        let layer = KeyLayer(rawValue: UInt8(kind & 0xFF))
      else { throw reader.malformed("unknown phrase target kind \(kind)") }
      targets.append(PhraseTarget(entity: entity, origin: origin, layer: layer))
    }
    let index = PhraseIndex(
      entities: entities, vocabulary: vocabulary, edges: edges, targetStarts: starts,
      targets: targets, longestPhrase: longest, nonPersonStarts: Set(nonPersonStarts))
    return (index, lexicon)
  }

  // MARK: Entities

  /// Entities per independently decodable chunk.
  static let entityChunkSize = 4096

  /// The fewest bytes an encoded entity takes (an empty ID's length, kind, flags, the label,
  /// alias and role counts, the validity's two dates, and the counts of sources, unverified
  /// items, acknowledged rules and external IDs): bounds how many entities bytes can hold.
  static let minimumEntitySize = 4 + 1 + 1 + 4 + 4 + 4 + 8 + 4 + 4 + 4 + 4

  /// Decodes the entity chunks that start at `reader`'s offset, on all cores at once, and moves
  /// `reader` past them.
  private static func decodeEntities(
    _ payload: UnsafeRawBufferPointer, count: Int, chunkLengths: [Int],
    reader: inout BinaryReader
  ) throws(BinaryReader.Malformed) -> [Entity] {
    var starts: [Int] = []
    starts.reserveCapacity(chunkLengths.count)
    var position = reader.offset
    for length in chunkLengths {
      starts.append(position)
      position += length
    }
    guard position <= payload.count else {
      throw reader.malformed("entity chunks run past the end")
    }
    guard count <= (position - reader.offset) / minimumEntitySize else {
      throw reader.malformed(
        "\(count) entities need at least \(count * minimumEntitySize) bytes, their chunks hold \(position - reader.offset)"
      )
    }
    let results = ChunkResults(count: chunkLengths.count)
    let shared = ReadOnlyBytes(bytes: payload)
    let chunkStarts = starts
    DispatchQueue.concurrentPerform(iterations: chunkLengths.count) { chunk in
      let end = chunkStarts[chunk] + chunkLengths[chunk]
      let size = min(entityChunkSize, count - chunk * entityChunkSize)
      var chunkReader = BinaryReader(
        UnsafeRawBufferPointer(rebasing: shared.bytes[..<end]), offset: chunkStarts[chunk])
      results.store(
        Result { () throws(BinaryReader.Malformed) in
          guard size <= chunkReader.remaining / minimumEntitySize else {
            throw chunkReader.malformed(
              "\(size) entities need at least \(size * minimumEntitySize) bytes, their chunk holds \(chunkReader.remaining)"
            )
          }
          var entities: [Entity] = []
          entities.reserveCapacity(size)
          for _ in 0..<size { entities.append(try decodeEntity(&chunkReader)) }
          guard chunkReader.isAtEnd else {
            throw chunkReader.malformed("entity chunk longer than its entities")
          }
          return entities
        }, at: chunk)
    }
    var entities: [Entity] = []
    entities.reserveCapacity(count)
    for result in results.all() { entities += try result.get() }
    reader = BinaryReader(payload, offset: position)
    return entities
  }

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

  private static func encode(_ entity: Entity, into writer: inout BinaryWriter) {
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

  private static func decodeEntity(_ reader: inout BinaryReader) throws(BinaryReader.Malformed)
    -> Entity
  {
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
}

extension Annotator {
  /// The compiled index as the bytes of a `.lnx` file, which ``init(compiled:source:)`` loads
  /// without rebuilding the index.
  public func compiled() -> [UInt8] {
    CompiledLexicon.encode(index)
  }

  /// Loads an annotator from the bytes of a compiled lexicon file.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - source: The file's name, for errors.
  /// - Throws: ``CompiledLexiconError`` for a file that is not a compiled lexicon, was written
  ///   by an incompatible LexNorm, or is corrupt; such a file is never trusted.
  public init(compiled bytes: [UInt8], source: String) throws(CompiledLexiconError) {
    let decoded = bytes.withUnsafeBytes { raw in
      Result { () throws(CompiledLexiconError) in try CompiledLexicon.decode(raw, source: source) }
    }
    let (index, lexicon) = try decoded.get()
    self.init(index: index, lexicon: lexicon)
  }

  /// Loads an annotator from a compiled lexicon file, mapping it into memory rather than
  /// reading it (the fast path: no copy of the file is made).
  ///
  /// - Parameters:
  ///   - url: The compiled lexicon file.
  ///   - source: The file's name for errors, as the user gave it (default: its path).
  /// - Throws: ``CompiledLexiconError``, of kind ``CompiledLexiconError/Kind/unreadable`` when
  ///   the file cannot be opened.
  public init(compiledContentsOf url: URL, source: String? = nil) throws(CompiledLexiconError) {
    let source = source ?? url.path
    let data: Data
    do {
      data = try Data(contentsOf: url, options: .alwaysMapped)
    } catch {
      let missing = !FileManager.default.fileExists(atPath: url.path)
      throw CompiledLexiconError(
        kind: .unreadable, source: source, detail: missing ? "no such file" : "cannot read")
    }
    let decoded = data.withUnsafeBytes { raw in
      Result { () throws(CompiledLexiconError) in
        try CompiledLexicon.decode(raw, source: source)
      }
    }
    let (index, lexicon) = try decoded.get()
    self.init(index: index, lexicon: lexicon)
  }

  /// Whether `bytes` start with the compiled-lexicon signature.
  public static func isCompiledLexicon(_ bytes: some Collection<UInt8>) -> Bool {
    CompiledLexicon.hasSignature(bytes)
  }
}

/// Bytes that concurrent decoders only read. `@unchecked Sendable`: the buffer outlives the
/// concurrent loop and nobody writes to it meanwhile.
private struct ReadOnlyBytes: @unchecked Sendable {
  let bytes: UnsafeRawBufferPointer
}

/// The per-chunk outcomes of a concurrent decode. `@unchecked Sendable`: every slot is written
/// by exactly one iteration under the lock, and read after all iterations have finished.
private final class ChunkResults: @unchecked Sendable {
  private let slots: Locked<[Result<[Entity], BinaryReader.Malformed>?]>

  init(count: Int) { slots = Locked(Array(repeating: nil, count: count)) }

  func store(_ result: Result<[Entity], BinaryReader.Malformed>, at index: Int) {
    slots.withLock { $0[index] = result }
  }

  func all() -> [Result<[Entity], BinaryReader.Malformed>] {
    slots.withLock { $0.map { $0 ?? .success([]) } }
  }
}
