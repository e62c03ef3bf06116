import Testing

@testable import LexNorm

/// Compiled lexicons whose checksum was recomputed after a change: anyone can forge one, so
/// each must be refused with an error naming the byte, never crash or allocate without bound.
@Suite("Forged compiled lexicon files")
struct ForgedCompiledLexiconTests {
  enum Forgery: String, CaseIterable {
    case shortEntityChunk, unknownEntityKind, hugeVocabularyCount, hugeEntityCount

    var bytes: [UInt8] {
      switch self {
      case .shortEntityChunk:
        // From issue #10: once an exclusivity crash ("Fatal access conflict detected").
        return ForgedCompiledLexiconTests.currentVersion(
          hex:
            "4c45584e4f524d1a010000000100000012000000000000004d50cda52f7f0355010000000100000006000000010000006163"
        )
      case .unknownEntityKind:
        var chunk = BinaryWriter()
        chunk.write("ac")
        chunk.write(UInt8(0x55))  // the kind
        // Flags, then zero for every count and date: as long as the smallest entity.
        for _ in 0..<(CompiledLexicon.minimumEntitySize - 6) { chunk.write(UInt8(0)) }
        var payload = BinaryWriter()
        payload.write(UInt32(1))
        payload.writeBlock([UInt32(chunk.bytes.count)])
        payload.writeBytes(chunk.bytes)
        return ForgedCompiledLexiconTests.file(payload: payload.bytes)
      case .hugeVocabularyCount:
        // From issue #10: once a 172 GB allocation.
        return ForgedCompiledLexiconTests.currentVersion(
          hex:
            "4c45584e4f524d1a01000000010000000c00000000000000029a23ea5752b38b0000000000000000ffffffff"
        )
      case .hugeEntityCount:
        // 0xFFFFFFFF entities in 1,048,576 empty chunks: once an allocation failure.
        var payload = BinaryWriter()
        payload.write(UInt32.max)
        let chunks =
          (Int(UInt32.max) + CompiledLexicon.entityChunkSize - 1)
          / CompiledLexicon.entityChunkSize
        payload.writeBlock([UInt32](repeating: 0, count: chunks))
        return ForgedCompiledLexiconTests.file(payload: payload.bytes)
      }
    }

    var detail: String {
      switch self {
      case .shortEntityChunk: "count 1 needs at least 42 bytes, 14 remain at byte 32"
      case .unknownEntityKind: "unknown entity kind 85 at byte 50"
      case .hugeVocabularyCount:
        "count 4294967295 needs at least 17179869180 bytes, 0 remain at byte 40"
      case .hugeEntityCount:
        "count 4294967295 needs at least 180388626390 bytes, 4194308 remain at byte 32"
      }
    }
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

  /// A file written by format 1 (the checksum covers the payload only) with the format
  /// version of today, so that it reaches the payload checks.
  static func currentVersion(hex: String) -> [UInt8] {
    var file = bytes(hex: hex)
    withUnsafeBytes(of: CompiledLexicon.formatVersion.littleEndian) {
      file.replaceSubrange(8..<12, with: $0)
    }
    return file
  }

  static func bytes(hex: String) -> [UInt8] {
    let digits = Array(hex.utf8)
    return stride(from: 0, to: digits.count - 1, by: 2).map {
      UInt8(String(decoding: digits[$0...$0 + 1], as: UTF8.self), radix: 16) ?? 0
    }
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
  /// A probe for a missing edge stops at a free slot: a table without one would spin forever.
  @Test func tableWithoutFreeSlotIsRefused() {
    let keys = (0..<16).map { EdgeTable.edge(0, Int32($0)) }
    #expect(EdgeTable(slotKeys: keys, slotValues: Array(repeating: 1, count: 16)) == nil)
    var withFreeSlot = keys
    withFreeSlot[3] = EdgeTable.empty
    let table = EdgeTable(slotKeys: withFreeSlot, slotValues: Array(repeating: 1, count: 16))
    #expect(table?.count == 15)
  }
}
