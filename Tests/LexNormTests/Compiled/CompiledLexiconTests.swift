import Foundation
import Testing

@testable import LexNorm

@Suite("Compiled lexicon files")
struct CompiledLexiconTests {
  static let annotator = Annotator(lexicon: ResolutionTests.lexicon)
  static let text =
    "On 2025-07-19 the President met TO LAM and Luong Cuong (Resolution No. 18-NQ/TW)."

  @Test func roundTripGivesTheSameMentions() throws {
    let bytes = Self.annotator.compiled()
    #expect(Annotator.isCompiledLexicon(bytes))
    let loaded = try Annotator(compiled: bytes, source: "test.lnx")
    #expect(loaded.annotate(Self.text) == Self.annotator.annotate(Self.text))
    #expect(loaded.lexicon.entities == Self.annotator.lexicon.entities)
    #expect(loaded.lookup("Luong Cuong") == Self.annotator.lookup("Luong Cuong"))
  }

  /// Every field of every entity survives compiling: the bundled lexicon and a fixture that
  /// uses every key of the format.
  @Test func everyEntityRoundTripsExactly() throws {
    let fixture = TestPaths.fixtures.appendingPathComponent("lexicons/valid.yaml")
    for lexicon in [try Lexicon.bundled(), try Lexicon.load(from: [fixture])] {
      let annotator = Annotator(lexicon: lexicon)
      let loaded = try Annotator(compiled: annotator.compiled(), source: "round.lnx")
      #expect(loaded.lexicon.entities.count == lexicon.entities.count)
      for (original, copy) in zip(lexicon.entities, loaded.lexicon.entities) {
        #expect(copy == original)
      }
    }
    let toLam = try Lexicon.load(from: [fixture])["person:to-lam"]
    #expect(toLam?.location?.line == 18 && toLam?.acknowledged.count == 2)
  }

  /// A language may hold more aliases than a 16-bit count can say (format 2 trapped on them);
  /// every one of them survives and is found by the loaded index.
  @Test func languageWithMoreThan65535AliasesRoundTrips() throws {
    let aliases = (0..<70_000).map { "Alias \($0)" }
    let entity = Entity(
      id: "term:many", kind: .term, labels: [.en: "Many"], aliases: [.en: aliases],
      generatesVariants: false)
    let annotator = Annotator(lexicon: Lexicon(entities: [entity]))
    let loaded = try Annotator(compiled: annotator.compiled(), source: "many.lnx")
    #expect(loaded.lexicon.entities == [entity])
    #expect(loaded.lexicon.entities.first?.aliases[.en]?.count == 70_000)
    let found = loaded.annotate("Then Alias 69999 spoke.").map {
      [$0.id, "\($0.start)", "\($0.end)", $0.text]
    }
    #expect(found == [["term:many", "5", "16", "Alias 69999"]])
  }

  @Test func aChangedByteIsRejected() {
    var bytes = Self.annotator.compiled()
    bytes[bytes.count / 2] ^= 0x40
    #expect(
      throws: CompiledLexiconError(kind: .corrupt, source: "x.lnx", detail: "checksum mismatch")
    ) {
      _ = try Annotator(compiled: bytes, source: "x.lnx")
    }
  }

  /// A large file's checksum is summed on another thread while the payload is checked: a
  /// changed byte is still reported as such, and a sound file loads.
  @Test func checksumSummedAlongsideIsChecked() throws {
    var bytes = Self.annotator.compiled()
    let loaded = try CompiledLexicon.decode(
      StoredBytes(bytes), source: "x.lnx", concurrentChecksumBytes: 0)
    #expect(loaded.lexicon.entities == Self.annotator.lexicon.entities)
    bytes[bytes.count / 2] ^= 0x40
    #expect(
      throws: CompiledLexiconError(kind: .corrupt, source: "x.lnx", detail: "checksum mismatch")
    ) {
      _ = try CompiledLexicon.decode(
        StoredBytes(bytes), source: "x.lnx", concurrentChecksumBytes: 0)
    }
  }

  @Test func truncatedFilesAreRejected() throws {
    let bytes = Self.annotator.compiled()
    for length in [0, 7, CompiledLexicon.headerSize, bytes.count - 1] {
      #expect(throws: CompiledLexiconError.self) {
        _ = try Annotator(compiled: Array(bytes.prefix(length)), source: "x.lnx")
      }
    }
  }

  @Test func otherVersionsAreStale() {
    var bytes = Self.annotator.compiled()
    bytes[12] &+= 1  // the key version, right after signature and format version
    do {
      _ = try Annotator(compiled: bytes, source: "old.lnx")
      Issue.record("expected a stale-file error")
    } catch {
      #expect(error.kind == .stale)
      #expect(error.description.hasPrefix("old.lnx: stale compiled lexicon: format 4 with keys 2"))
    }
  }

  @Test func yamlIsNotACompiledLexicon() {
    let bytes = Array("entities: []\n".utf8)
    #expect(!Annotator.isCompiledLexicon(bytes))
    #expect(
      throws: CompiledLexiconError(
        kind: .notACompiledLexicon, source: "a.yaml", detail: "missing signature at byte 0")
    ) {
      _ = try Annotator(compiled: bytes, source: "a.yaml")
    }
  }
}

@Suite("Compiled lexicons used in place")
struct InPlaceCompiledLexiconTests {
  /// A loaded lexicon decodes an entity when it is first read: loading decodes none, and
  /// annotating one sentence decodes the entities it mentions (and those its words may name),
  /// not the lexicon.
  @Test func annotatingDecodesOnlyTheEntitiesMentioned() throws {
    let built = Annotator(lexicon: try Lexicon.bundled())
    let loaded = try Annotator(compiled: built.compiled(), source: "bundled.lnx")
    #expect(loaded.index.entities.decodedCount == 0)
    #expect(loaded.documentCodes == built.documentCodes)
    let text = "Tô Lâm gặp Thủ tướng Phạm Minh Chính tại Hà Nội."
    let ids = loaded.annotate(text).map(\.id)
    #expect(
      ids == ["person:to-lam", "title:prime-minister", "person:pham-minh-chinh", "place:hanoi"])
    #expect(loaded.annotate(text) == built.annotate(text))
    #expect((4..<20).contains(loaded.index.entities.decodedCount))
    #expect(loaded.lexicon["person:to-lam"] == built.lexicon["person:to-lam"])
    #expect(loaded.lexicon["person:nobody"] == nil)
  }

  /// Threads that read the same entities at once each get them whole.
  @Test func threadsReadEntitiesAtOnce() async throws {
    let built = Annotator(lexicon: try Lexicon.bundled())
    let loaded = try Annotator(compiled: built.compiled(), source: "bundled.lnx")
    let count = built.lexicon.entities.count
    let expected = built.lexicon.entities
    let read = await withTaskGroup(of: [Entity].self) { group in
      for _ in 0..<4 {
        group.addTask { (0..<count).map { loaded.index.entities[$0] } }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(read.count == 4 && read.allSatisfy { $0 == expected })
    #expect(loaded.index.entities.decodedCount == count)
  }

  /// IDs are found by their canonical form, as a dictionary of strings finds them.
  @Test func idsAreFoundInAnyNormalizationForm() throws {
    let entity = Entity(
      id: "term:\u{1EC7}", kind: .term, labels: [.vi: "Thử"], generatesVariants: false)
    let loaded = try Annotator(
      compiled: Annotator(lexicon: Lexicon(entities: [entity])).compiled(), source: "nfc.lnx")
    #expect(loaded.lexicon["term:e\u{323}\u{302}"] == entity)
    #expect(loaded.lexicon["term:\u{1EC7}"] == entity)
  }
}
