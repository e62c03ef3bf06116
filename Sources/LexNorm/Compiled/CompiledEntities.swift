import Dispatch

/// The entities of a compiled lexicon, read in place: a record per entity (``EntityRecord``),
/// where each record starts, each entity's kind, and a hash table of their IDs. Loading checks
/// every record without building it; reading an entity decodes its record.
final class CompiledEntities: EntitySource {
  private let storage: StoredBytes
  /// Where the records begin in ``storage``.
  private let recordsStart: Int
  /// Where record n begins, relative to ``recordsStart``; n + 1 ends it.
  private let offsets: StoredArray<UInt32>
  private let kinds: StoredArray<UInt8>
  /// Position + 1 of the entity whose ID hashes there (0: a free slot); a power of two.
  private let idSlots: StoredArray<UInt32>

  private static let kindsByNumber = EntityKind.allCases

  /// Records stored at `recordsStart` in `storage`, after checking that every record decodes
  /// and fits the tables; the thrown error's offset is relative to `payloadStart`.
  init(
    storage: StoredBytes, payloadStart: Int, recordsStart: Int, recordsLength: Int,
    offsets: StoredArray<UInt32>, kinds: StoredArray<UInt8>, idSlots: StoredArray<UInt32>
  ) throws(BinaryReader.Malformed) {
    let at = recordsStart - payloadStart
    guard offsets.count == kinds.count + 1, offsets.first == 0,
      offsets.last.map(Int.init) == recordsLength
    else { throw BinaryReader.Malformed(offset: at, detail: "entity offsets do not fit") }
    guard idSlots.count >= 16, idSlots.count & (idSlots.count - 1) == 0,
      idSlots.count >= kinds.count
    else { throw BinaryReader.Malformed(offset: at, detail: "inconsistent ID table") }
    guard recordsLength / EntityRecord.minimumSize >= kinds.count else {
      throw BinaryReader.Malformed(
        offset: at,
        detail:
          "\(kinds.count) entities need at least \(kinds.count * EntityRecord.minimumSize) bytes, their records hold \(recordsLength)"
      )
    }
    self.storage = storage
    self.recordsStart = recordsStart
    self.offsets = offsets
    self.kinds = kinds
    self.idSlots = idSlots
    try checkRecords(payloadStart: payloadStart)
  }

  var count: Int { kinds.count }

  func kind(at position: Int) -> EntityKind { Self.kindsByNumber[Int(kinds[position])] }

  func position(of id: String) -> Int? {
    var id = id.normalized(.nfc)
    return id.withUTF8 { query in
      let wanted = UnsafeRawBufferPointer(query)
      let mask = idSlots.count - 1
      var slot = Int(truncatingIfNeeded: Self.hash(wanted)) & mask
      for _ in 0...mask {
        let stored = Int(idSlots[slot])
        guard stored != 0 else { return nil }
        if stored <= count, hasID(wanted, at: stored - 1) { return stored - 1 }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  func decode(at position: Int) -> Entity {
    withRecord(at: position) { reader in
      // The load checked this record: decoding it cannot fail. Should it, the entity keeps its
      // kind and has no name, rather than taking the process down.
      (try? EntityRecord.decode(&reader))
        ?? Entity(id: "", kind: kind(at: position), labels: [:], generatesVariants: false)
    }
  }

  /// The slots of an ID table for `ids` (NFC), in order: each ID at the first free slot from
  /// its hash.
  static func idSlots(_ ids: [String]) -> [UInt32] {
    var size = 16
    while size < ids.count * 2 { size *= 2 }
    var slots = [UInt32](repeating: 0, count: size)
    for (position, id) in ids.enumerated() {
      var id = id.normalized(.nfc)
      var slot =
        id.withUTF8 { Int(truncatingIfNeeded: hash(UnsafeRawBufferPointer($0))) } & (size - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = UInt32(position + 1)
    }
    return slots
  }

  /// FNV-1a, then mixed: stored in compiled files, so a change needs a new key version.
  private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    hash ^= hash >> 33
    hash = hash &* 0xFF51_AFD7_ED55_8CCD
    return hash ^ hash >> 33
  }

  private func hasID(_ wanted: UnsafeRawBufferPointer, at position: Int) -> Bool {
    withRecord(at: position) { reader in
      (try? reader.withStringBytes { $0.elementsEqual(wanted) }) ?? false
    }
  }

  /// Runs `body` with a reader at the start of record `position`, bounded by its end.
  private func withRecord<Result>(at position: Int, _ body: (inout BinaryReader) -> Result)
    -> Result
  {
    let start = recordsStart + Int(offsets[position])
    let end = recordsStart + Int(offsets[position + 1])
    return storage.withBytes { bytes in
      var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: bytes[..<end]), offset: start)
      return body(&reader)
    }
  }

  /// Entities per task when the records are checked on all cores.
  private static let checkChunkSize = 4096

  /// Checks every record (on all cores for a large lexicon): it decodes, ends where the next
  /// begins, and has the kind the table gives.
  private func checkRecords(payloadStart: Int) throws(BinaryReader.Malformed) {
    let count = self.count
    let chunks = (count + Self.checkChunkSize - 1) / Self.checkChunkSize
    let failures = Locked<[Int: BinaryReader.Malformed]>([:])
    let check: @Sendable (Int) -> Void = { chunk in
      let end = min(count, (chunk + 1) * Self.checkChunkSize)
      for position in (chunk * Self.checkChunkSize)..<end {
        let failure = self.checkRecord(at: position, payloadStart: payloadStart)
        if let failure {
          failures.withLock { $0[chunk] = failure }
          return
        }
      }
    }
    if chunks <= 1 {
      (0..<chunks).forEach(check)
    } else {
      DispatchQueue.concurrentPerform(iterations: chunks, execute: check)
    }
    // The first failing chunk's error, whichever thread found it first.
    if let first = failures.withLock({ $0.min { $0.key < $1.key }?.value }) { throw first }
  }

  private func checkRecord(at position: Int, payloadStart: Int) -> BinaryReader.Malformed? {
    let start = Int(offsets[position])
    let end = Int(offsets[position + 1])
    guard start <= end, end <= Int(offsets[count]) else {
      return BinaryReader.Malformed(
        offset: recordsStart - payloadStart + start, detail: "entity records out of order")
    }
    return withRecord(at: position) { reader -> BinaryReader.Malformed? in
      do throws(BinaryReader.Malformed) {
        try EntityRecord.check(&reader, kind: kinds[position])
        return reader.isAtEnd ? nil : reader.malformed("entity record longer than its fields")
      } catch {
        return error
      }
    }.map { BinaryReader.Malformed(offset: $0.offset - payloadStart, detail: $0.detail) }
  }
}
