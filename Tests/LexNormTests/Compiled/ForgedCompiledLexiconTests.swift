import Testing

@testable import LexNorm

/// Compiled lexicons whose checksum was recomputed after a change: anyone can forge one, so
/// each must be refused with an error naming the byte, never crash or allocate without bound.
@Suite("Forged compiled lexicon files")
struct ForgedCompiledLexiconTests {
  enum Forgery: String, CaseIterable {
    case shortEntityRecord, unknownEntityKind, kindTableDisagrees, recordsOutOfOrder
    case hugeVocabularyCount, hugeEntityCount, hugeStoredCount

    var bytes: [UInt8] {
      switch self {
      case .shortEntityRecord:
        // From issue #10 (once an exclusivity crash): a record cut short in its ID.
        var record = BinaryWriter()
        record.write(UInt32(100))
        for _ in 0..<41 { record.write(UInt8(ascii: "a")) }
        return ForgedCompiledLexiconTests.file(records: [record.bytes], kinds: [0])
      case .unknownEntityKind:
        return ForgedCompiledLexiconTests.file(
          records: [Self.smallestRecord(kind: 0x55)], kinds: [0x55])
      case .kindTableDisagrees:
        return ForgedCompiledLexiconTests.file(records: [Self.smallestRecord(kind: 1)], kinds: [0])
      case .recordsOutOfOrder:
        let record = Self.smallestRecord(kind: 0)
        return ForgedCompiledLexiconTests.file(
          records: [record, record], kinds: [0, 0],
          offsets: [0, UInt32(record.count * 2 + 10), UInt32(record.count * 2)])
      case .hugeVocabularyCount:
        // From issue #10: once a 172 GB allocation.
        return ForgedCompiledLexiconTests.file(records: [], kinds: []) { $0.write(UInt32.max) }
      case .hugeStoredCount:
        // From fuzzing format 4: a 64-bit count that no Int holds once trapped.
        var payload = BinaryWriter()
        payload.write(UInt32(0))
        payload.align(to: 8)
        payload.write(UInt64.max)
        return ForgedCompiledLexiconTests.file(payload: payload.bytes)
      case .hugeEntityCount:
        // Once an allocation failure.
        var payload = BinaryWriter()
        payload.write(UInt32.max)
        return ForgedCompiledLexiconTests.file(payload: payload.bytes)
      }
    }

    /// A record with an ID of two letters, this kind, and every flag, count and date zero: as
    /// short as a record gets.
    static func smallestRecord(kind: UInt8) -> [UInt8] {
      var record = BinaryWriter()
      record.write("ac")
      record.write(kind)
      for _ in 0..<(EntityRecord.minimumSize - 6) { record.write(UInt8(0)) }
      return record.bytes
    }

    var detail: String {
      switch self {
      case .shortEntityRecord: "count 100 needs at least 100 bytes, 41 remain at byte 152"
      case .unknownEntityKind: "unknown entity kind 85 at byte 158"
      case .kindTableDisagrees: "entity kind 1, the kind table says 0 at byte 158"
      case .recordsOutOfOrder: "entity records out of order at byte 160"
      case .hugeVocabularyCount:
        "count 4294967295 needs at least 17179869180 bytes, 0 remain at byte 152"
      case .hugeStoredCount: "count 18446744073709551615 is more than any file holds at byte 40"
      case .hugeEntityCount:
        "count 4294967295 needs at least 180388626390 bytes, 0 remain at byte 32"
      }
    }
  }

  /// A file whose entity part holds `records` (offsets from their lengths unless given) with
  /// these kinds, no office holders or successions, and then what `rest` writes.
  static func file(
    records: [[UInt8]], kinds: [UInt8], offsets: [UInt32]? = nil,
    rest: (inout BinaryWriter) -> Void = { _ in }
  ) -> [UInt8] {
    var payload = BinaryWriter()
    payload.write(UInt32(records.count))
    payload.writeAligned(
      offsets ?? records.reduce(into: [UInt32(0)]) { $0.append(($0.last ?? 0) + UInt32($1.count)) })
    payload.writeAligned(kinds)
    payload.writeAligned([UInt32](repeating: 0, count: 16))
    payload.writeAligned(records.flatMap { $0 })
    payload.write(UInt32(0))
    payload.write(UInt32(0))
    rest(&payload)
    return file(payload: payload.bytes)
  }

  /// A compiled file around `payload`, its header's length and checksum right.
  static func file(payload: [UInt8]) -> [UInt8] {
    var header = BinaryWriter()
    for byte in CompiledLexicon.signature { header.write(byte) }
    header.write(CompiledLexicon.formatVersion)
    header.write(CompiledLexicon.keyVersion)
    header.write(UInt64(payload.count))
    header.write(payload.withUnsafeBytes { Checksum.of($0) })
    return header.bytes + payload
  }

  @Test(arguments: Forgery.allCases)
  func forgedFileIsRefused(_ forgery: Forgery) {
    #expect(
      throws: CompiledLexiconError(kind: .corrupt, source: "forged.lnx", detail: forgery.detail)
    ) {
      _ = try Annotator(compiled: forgery.bytes, source: "forged.lnx")
    }
  }
}

@Suite("Stored edge tables")
struct StoredEdgeTableTests {
  /// A stored table may have no free slot (a forged file): a probe for a missing edge still
  /// ends, after visiting every slot.
  @Test func fullTableStillAnswers() throws {
    let keys = (0..<16).map { EdgeTable.edge(0, Int32($0)) }
    let table = try #require(
      EdgeTable(slotKeys: StoredArray(keys), slotValues: StoredArray(Array(0..<16))))
    #expect(table.child(of: 0, key: 16) == nil)
    #expect(table.child(of: 1, key: 0) == nil)
    #expect((0..<16).map { table.child(of: 0, key: Int32($0)) } == (0..<16).map { Int32($0) })
  }

  @Test func slotCountsThatDoNotFitAreRefused() {
    let keys = StoredArray([UInt64](repeating: EdgeTable.empty, count: 16))
    #expect(
      EdgeTable(slotKeys: keys, slotValues: StoredArray([Int32](repeating: 0, count: 8))) == nil)
    #expect(
      EdgeTable(
        slotKeys: StoredArray([UInt64](repeating: EdgeTable.empty, count: 24)),
        slotValues: StoredArray([Int32](repeating: 0, count: 24))) == nil)
  }
}
