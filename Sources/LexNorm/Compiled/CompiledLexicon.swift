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
/// checksum) and a payload of flat arrays that load without rebuilding the index. The large
/// arrays (the entity records and the edge table) start at multiples of 8 bytes and are read
/// in place; an entity is decoded from its record when it is first read.
enum CompiledLexicon {
  static let signature = CompiledLexiconSignature.bytes
  /// 2: every field of an entity (single-holder, source location, sources, external IDs,
  /// unverified, acknowledged rules, validity, replaced-by, role sources). 3: every count in an
  /// entity is 32-bit (a language with more than 65,535 aliases no longer traps the writer).
  /// 4: used in place: records with an offset table, entity kinds, an ID hash table, the
  /// office holders and successions, the stem prefixes and document codes, 8-byte aligned
  /// arrays, a four-lane checksum.
  static let formatVersion: UInt32 = 4
  /// Bump whenever token keys or index layout change: old files would match wrongly.
  static let keyVersion: UInt32 = 1
  static let headerSize = 8 + 4 + 4 + 8 + 8
  /// From this payload size on, the checksum is summed beside the other checks.
  static let concurrentChecksumBytes = 1 << 22

  /// Whether `bytes` start like a compiled lexicon (to tell one from a YAML file).
  static func hasSignature(_ bytes: some Collection<UInt8>) -> Bool {
    CompiledLexiconSignature.starts(bytes)
  }

  static func encode(_ index: PhraseIndex) -> [UInt8] {
    let entities = Array(index.entities)
    let lexicon = Lexicon(entities: entities)
    var payload = BinaryWriter()
    payload.write(UInt32(entities.count))
    var records = BinaryWriter()
    var offsets: [UInt32] = [0]
    for entity in entities {
      EntityRecord.encode(entity, into: &records)
      offsets.append(UInt32(records.bytes.count))
    }
    payload.writeAligned(offsets)
    payload.writeAligned(entities.map { UInt8(EntityKind.allCases.firstIndex(of: $0.kind) ?? 0) })
    payload.writeAligned(CompiledEntities.idSlots(entities.map(\.id)))
    payload.writeAligned(records.bytes)
    writePositions(lexicon.holdersByTitle, into: &payload)
    writePositions(lexicon.predecessorsByID, into: &payload)
    let vocabulary = index.vocabulary.sorted { $0.value < $1.value }
    payload.write(UInt32(vocabulary.count))
    for (key, _) in vocabulary { payload.write(key) }
    payload.writeAligned(Array(index.edges.slotKeys))
    payload.writeAligned(Array(index.edges.slotValues))
    payload.writeBlock(index.targetStarts)
    payload.writeBlock(index.targets.map(\.entity))
    payload.writeBlock(
      index.targets.map { UInt16($0.origin.rawValue) << 8 | UInt16($0.layer.rawValue) })
    payload.write(UInt32(index.longestPhrase))
    payload.writeBlock(index.nonPersonStarts.sorted())
    let stemPrefixes = index.stemPrefixes.keys.sorted()
    payload.write(UInt32(stemPrefixes.count))
    for key in stemPrefixes { payload.write(key) }
    let documentCodes = Annotator.documentCodes(of: index).sorted { $0.key < $1.key }
    payload.write(UInt32(documentCodes.count))
    for (code, position) in documentCodes {
      payload.write(code)
      payload.write(UInt32(position))
    }

    var file = BinaryWriter()
    for byte in signature { file.write(byte) }
    file.write(formatVersion)
    file.write(keyVersion)
    file.write(UInt64(payload.bytes.count))
    file.write(payload.bytes.withUnsafeBytes { Checksum.of($0) })
    return file.bytes + payload.bytes
  }

  /// A table from IDs to entity positions, keys in order.
  private static func writePositions(_ table: [String: [Int]], into writer: inout BinaryWriter) {
    writer.write(UInt32(table.count))
    for (id, positions) in table.sorted(by: { $0.key < $1.key }) {
      writer.write(id)
      writer.writeBlock(positions.map(UInt32.init))
    }
  }

  private static func readPositions(_ reader: inout BinaryReader, entityCount: Int)
    throws(BinaryReader.Malformed) -> [String: [Int]]
  {
    var table: [String: [Int]] = [:]
    for _ in 0..<(try reader.readCount(UInt32.self, minimumSize: 8)) {
      let id = try reader.readString()
      let positions = try reader.readBlock(UInt32.self)
      guard positions.allSatisfy({ Int($0) < entityCount }), table[id] == nil else {
        throw reader.malformed("inconsistent table of entity positions")
      }
      table[id] = positions.map(Int.init)
    }
    return table
  }

  /// The index and its lexicon stored in `storage`, which they keep and read in place.
  /// Everything is checked: a forged file (its checksum recomputed) gets an error naming the
  /// byte, never a crash or a huge allocation.
  /// What a compiled lexicon holds: the index, its lexicon, and the annotator's table of
  /// document codes.
  typealias Loaded = (index: PhraseIndex, lexicon: Lexicon, documentCodes: [String: Int32])

  static func decode(
    _ storage: StoredBytes, source: String, concurrentChecksumBytes: Int = concurrentChecksumBytes
  ) throws(CompiledLexiconError) -> Loaded {
    func fail(_ kind: CompiledLexiconError.Kind, _ detail: String) -> CompiledLexiconError {
      CompiledLexiconError(kind: kind, source: source, detail: detail)
    }
    // Arrays are read in place at multiples of 8 bytes from the start; a buffer that does not
    // start at one (a slice of a larger array) is copied first.
    let storage =
      storage.isAligned(0, for: UInt64.self)
      ? storage
      : storage.withBytes {
        StoredBytes(copying: $0)
      }
    return try storage.withBytes { bytes throws(CompiledLexiconError) in
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
          throw fail(
            .corrupt, "payload is \(bytes.count - headerSize) bytes, header says \(length)")
        }
        let payload = UnsafeRawBufferPointer(rebasing: bytes[headerSize...])
        guard payload.count >= concurrentChecksumBytes else {
          guard Checksum.of(payload) == checksum else { throw fail(.corrupt, "checksum mismatch") }
          return try decodePayload(payload, in: storage)
        }
        // A large file's checksum is summed on another thread while the payload is checked,
        // which reads every byte defensively anyway; a file that fails both is reported by its
        // checksum.
        let sum = Locked<UInt64?>(nil)
        let summing = DispatchGroup()
        DispatchQueue.global().async(group: summing) {
          let value = storage.withBytes {
            Checksum.of(UnsafeRawBufferPointer(rebasing: $0[headerSize...]))
          }
          sum.withLock { $0 = value }
        }
        let decoded = Result { () throws(BinaryReader.Malformed) in
          try decodePayload(payload, in: storage)
        }
        summing.wait()
        guard sum.withLock({ $0 }) == checksum else { throw fail(.corrupt, "checksum mismatch") }
        return try decoded.get()
      } catch let error as CompiledLexiconError {
        throw error
      } catch let error as BinaryReader.Malformed {
        throw fail(.corrupt, "\(error.detail) at byte \(headerSize + error.offset)")
      } catch {
        throw fail(.corrupt, "\(error)")
      }
    }
  }

  /// Reads an array that ``BinaryWriter/writeAligned(_:)`` wrote, as a view into `storage`
  /// (whose byte ``headerSize`` is `reader`'s byte 0).
  private static func stored<T: FixedWidthInteger>(
    _ reader: inout BinaryReader, in storage: StoredBytes
  ) throws(BinaryReader.Malformed) -> StoredArray<T> {
    try reader.align(to: 8)
    let count = try reader.readCount(UInt64.self, minimumSize: MemoryLayout<T>.stride)
    let start = reader.offset
    try reader.skip(count * MemoryLayout<T>.stride)
    return StoredArray(storage, offset: headerSize + start, count: count)
  }

  private static func decodePayload(_ payload: UnsafeRawBufferPointer, in storage: StoredBytes)
    throws(BinaryReader.Malformed) -> Loaded
  {
    var reader = BinaryReader(payload)
    let entityCount = try reader.readCount(UInt32.self, minimumSize: EntityRecord.minimumSize)
    let offsets: StoredArray<UInt32> = try stored(&reader, in: storage)
    let kinds: StoredArray<UInt8> = try stored(&reader, in: storage)
    let idSlots: StoredArray<UInt32> = try stored(&reader, in: storage)
    guard kinds.count == entityCount else {
      throw reader.malformed("the kind table does not match the entity count")
    }
    try reader.align(to: 8)
    let recordsLength = try reader.readCount(UInt64.self, minimumSize: 1)
    let recordsStart = reader.offset
    try reader.skip(recordsLength)
    let entities = try CompiledEntities(
      storage: storage, payloadStart: headerSize, recordsStart: headerSize + recordsStart,
      recordsLength: recordsLength, offsets: offsets, kinds: kinds, idSlots: idSlots)
    let lexicon = Lexicon(
      store: EntityStore(entities),
      holdersByTitle: try readPositions(&reader, entityCount: entityCount),
      predecessorsByID: try readPositions(&reader, entityCount: entityCount))
    let vocabularyCount = try reader.readCount(UInt32.self, minimumSize: 4)
    var vocabulary: [String: Int32] = [:]
    vocabulary.reserveCapacity(vocabularyCount)
    for number in 0..<vocabularyCount {
      let key = try reader.readString()
      guard vocabulary.updateValue(Int32(number), forKey: key) == nil else {
        throw reader.malformed("duplicate vocabulary key")
      }
    }
    let slotKeys: StoredArray<UInt64> = try stored(&reader, in: storage)
    let slotValues: StoredArray<Int32> = try stored(&reader, in: storage)
    guard let edges = EdgeTable(slotKeys: slotKeys, slotValues: slotValues) else {
      throw reader.malformed("inconsistent edge table")
    }
    let starts = try reader.readBlock(Int32.self)
    let targetEntities = try reader.readBlock(Int32.self)
    let targetKinds = try reader.readBlock(UInt16.self)
    let longest = Int(try reader.read(UInt32.self))
    let nonPersonStarts = try reader.readBlock(Int32.self)
    var stemPrefixes: Set<String> = []
    for _ in 0..<(try reader.readCount(UInt32.self, minimumSize: 4)) {
      stemPrefixes.insert(try reader.readString())
    }
    var documentCodes: [String: Int32] = [:]
    for _ in 0..<(try reader.readCount(UInt32.self, minimumSize: 8)) {
      let code = try reader.readString()
      let position = try reader.read(UInt32.self)
      guard Int(position) < entityCount else {
        throw reader.malformed("document position \(position) past the entities")
      }
      documentCodes[code] = Int32(position)
    }
    let nodeCount = Int32(clamping: starts.count - 1)
    guard nonPersonStarts.allSatisfy({ $0 >= 0 && Int($0) < vocabularyCount }),
      targetEntities.count == targetKinds.count, starts.first == 0,
      starts.last.map(Int.init) == targetEntities.count,
      zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }),
      targetEntities.allSatisfy({ $0 >= 0 && Int($0) < entityCount }),
      slotValues.allSatisfy(in: 0..<max(nodeCount, 0)),
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
      entities: lexicon.store, vocabulary: vocabulary, edges: edges, targetStarts: starts,
      targets: targets, longestPhrase: longest, nonPersonStarts: Set(nonPersonStarts),
      stemPrefixes: StemPrefixes(keys: stemPrefixes))
    return (index, lexicon, documentCodes)
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
    let loaded = try CompiledLexicon.decode(StoredBytes(bytes), source: source)
    self.init(index: loaded.index, lexicon: loaded.lexicon, documentCodes: loaded.documentCodes)
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
    let loaded = try CompiledLexicon.decode(StoredBytes(data), source: source)
    self.init(index: loaded.index, lexicon: loaded.lexicon, documentCodes: loaded.documentCodes)
  }

  /// Whether `bytes` start with the compiled-lexicon signature.
  public static func isCompiledLexicon(_ bytes: some Collection<UInt8>) -> Bool {
    CompiledLexicon.hasSignature(bytes)
  }
}
