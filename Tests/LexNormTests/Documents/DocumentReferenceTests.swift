import Foundation
import Testing

@testable import LexNorm

@Suite("Document references")
struct DocumentReferenceTests {
  /// Each row: input, the one reference expected in it (its byte range is where it occurs), id.
  @Test(arguments: [
    ("Resolution No. 18-NQ/TW", "Resolution No. 18-NQ/TW", "document:18-nq-tw"),
    ("theo Nghị quyết số 18-NQ/TW của", "Nghị quyết số 18-NQ/TW", "document:18-nq-tw"),
    ("im Geiste der Resolution Nr. 21-NQ/TW des", "Resolution Nr. 21-NQ/TW", "document:21-nq-tw"),
    ("обобщения Резолюции 18 и", "Резолюции 18", "document:18-nq-tw"),
    ("Резолюция № 18-NQ/TW.", "Резолюция № 18-NQ/TW", "document:18-nq-tw"),
    ("создан № 242-QD/TW от", "242-QD/TW", "document:242-qd-tw"),
    ("theo 242-QĐ/TW,", "242-QĐ/TW", "document:242-qd-tw"),
    ("according to Decree No. 28-NQ/TW dated", "Decree No. 28-NQ/TW", "document:28-nq-tw"),
    ("Accordingly, the goal of Resolution No. 28 is", "Resolution No. 28", "document:28-nq-tw"),
    ("реализацией Заключения № 118 Постоянный", "Заключения № 118", "document:118-kl-tw"),
    ("и Заключения 121 о", "Заключения 121", "document:121-kl-tw"),
    ("Заключение № 123 «О", "Заключение № 123", "document:123-kl-tw"),
    (
      "новым решением Политбюро № 242-QD/TW от 24 января", "решением Политбюро № 242-QD/TW",
      "document:242-qd-tw"
    ),
    ("implement Directive No. 35-CT/TW, dated", "Directive No. 35-CT/TW", "document:35-ct-tw"),
    ("реализацией Директивы № 35 и", "Директивы № 35", "document:35-ct-tw"),
    ("Instruction No. 27-HD/BTCTW, dated", "Instruction No. 27-HD/BTCTW", "document:27-hd-btctw"),
    ("to issue Plan No. 173-KH/TU, dated", "Plan No. 173-KH/TU", "document:173-kh-tu"),
    ("and Instruction No. 02-HD/TU, dated", "Instruction No. 02-HD/TU", "document:02-hd-tu"),
    ("В связи с реализацией резолюции 57 центральные", "резолюции 57", "document:57-nq-tw"),
    ("Chỉ thị số 35-CT/TW", "Chỉ thị số 35-CT/TW", "document:35-ct-tw"),
    ("Kết luận 121", "Kết luận 121", "document:121-kl-tw"),
    ("Quy định số 242-QĐ/TW", "Quy định số 242-QĐ/TW", "document:242-qd-tw"),
    ("Kế hoạch số 173-KH/TU", "Kế hoạch số 173-KH/TU", "document:173-kh-tu"),
    ("Hướng dẫn 27-HD/BTCTW", "Hướng dẫn 27-HD/BTCTW", "document:27-hd-btctw"),
    (
      "Nghi\u{0323} quye\u{0302}\u{0301}t so\u{0302}\u{0301} 18",
      "Nghi\u{0323} quye\u{0302}\u{0301}t so\u{0302}\u{0301} 18", "document:18-nq-tw"
    ),
    (
      "Beschluss des Politbüros Nr. 242-QĐ/TW", "Beschluss des Politbüros Nr. 242-QĐ/TW",
      "document:242-qd-tw"
    ),
    ("die Direktive Nr. 35", "Direktive Nr. 35", "document:35-ct-tw"),
    ("Schlussfolgerung 121", "Schlussfolgerung 121", "document:121-kl-tw"),
    ("Conclusion No.123.", "Conclusion No.123", "document:123-kl-tw"),
    ("Regulation No 242", "Regulation No 242", "document:242-qd-tw"),
    ("Резолюция №18", "Резолюция №18", "document:18-nq-tw"),
    ("RESOLUTION N° 18", "RESOLUTION N° 18", "document:18-nq-tw"),
    (
      "Resolution\u{00A0}No.\u{00A0}18-NQ/TW", "Resolution\u{00A0}No.\u{00A0}18-NQ/TW",
      "document:18-nq-tw"
    ),
    ("План № 173-KH/TU", "План № 173-KH/TU", "document:173-kh-tu"),
    ("Инструкции 27-HD/BTCTW", "Инструкции 27-HD/BTCTW", "document:27-hd-btctw"),
    ("code 242-QĐ/ТW with Cyrillic Т", "242-QĐ/ТW", "document:242-qd-tw"),
    ("Resolution No. 18-NQ", "Resolution No. 18-NQ", "document:18-nq-tw"),
    ("Resolution No. 2025", "Resolution No. 2025", "document:2025-nq-tw"),
    ("поручил изучить Резолюцию 57.", "Резолюцию 57", "document:57-nq-tw"),
    ("в соответствии с Заключением № 121,", "Заключением № 121", "document:121-kl-tw"),
    ("согласно Положению № 105-QĐ/TW", "Положению № 105-QĐ/TW", "document:105-qd-tw"),
    ("Guidance No. 12-HD/BTCTW", "Guidance No. 12-HD/BTCTW", "document:12-hd-btctw"),
  ])
  func recognizes(input: String, surface: String, id: String) throws {
    let references = DocumentReferences.find(in: input)
    let offset = try #require(input.utf8.firstRange(of: surface.utf8))
    let start = input.utf8.distance(from: input.utf8.startIndex, to: offset.lowerBound)
    #expect(references.map(\.text) == [surface])
    #expect(references.map(\.id) == [id])
    #expect(references.map(\.range) == [start..<(start + surface.utf8.count)])
  }

  @Test func partsOfAReference() {
    let references = DocumentReferences.find(in: "Instruction No. 02-HD/TU")
    #expect(references.map(\.number) == ["02"])
    #expect(references.map(\.typeCode) == ["HD"])
    #expect(references.map(\.issuerCode) == ["TU"])
    #expect(references.map(\.code) == ["02-hd-tu"])
  }

  @Test(arguments: [
    "1907",
    "инспекционной делегации № 1907.",
    "in 2025",
    "No. 5 bus",
    "COVID-19",
    "https://example.org/2024/18-news",
    "the Resolution of the 13th National Party Congress",
    "The Resolution sets out 6 groups of tasks",
    "Plan 2025",
    "Resolution 2025-2030",
    "Resolution 18.5",
    "Resolution 18th",
    "Decree No. 28",
    "Plan, 5",
    "Kế hoạch\n1. Mục tiêu",
    "18-NQ",
    "18-nq/tw",
    "A18-NQ/TW",
    "Resolution No. 5a",
    "der Resolution des 13. Nationalen Parteitags",
    "Резолюции, 18",
    "решения для их преодоления 5",
    "",
  ])
  func ignores(input: String) {
    #expect(DocumentReferences.find(in: input) == [])
  }

  /// Every prefix of a text dense in near-references is scanned without trapping, and each
  /// reference's surface is exactly the bytes of its range.
  @Test func rangesMatchSurfacesOnEveryPrefix() {
    let text = "№ Резолюции № 18-NQ/ТW; Nghi\u{0323} quyê\u{0301}t số 5, Decree No. 28-NQ/TW/ №"
    for end in text.indices {
      let prefix = String(text[..<end])
      let bytes = Array(prefix.utf8)
      for reference in DocumentReferences.find(in: prefix) {
        #expect(String(decoding: bytes[reference.range], as: UTF8.self) == reference.text)
      }
    }
    let ids = DocumentReferences.find(in: text).map(\.id)
    #expect(ids == ["document:18-nq-tw", "document:5-nq-tw", "document:28-nq-tw"])
  }

  @Test func findsSeveralInOrder() {
    let text = "Директивы № 35 и Заключения № 118; 242-QĐ/TW."
    let references = DocumentReferences.find(in: text)
    #expect(
      references.map(\.id) == ["document:35-ct-tw", "document:118-kl-tw", "document:242-qd-tw"])
    #expect(references.map(\.range) == [0..<25, 29..<57, 59..<69])
  }

  @Test(arguments: [
    ("Kế hoạch số 173-KH/TU", "173-kh-tu" as String?),
    ("Nghị quyết số 18-NQ/TW của Bộ Chính trị", "18-nq-tw"),
    ("Resolution No. 28", "28-nq-tw"),
    ("Bộ Chính trị", nil),
  ])
  func codeOfLabel(label: String, expected: String?) {
    #expect(DocumentReferences.code(ofLabel: label) == expected)
  }

  @Test(arguments: [
    ("document:173-kh-tu-quang-binh", true),
    ("document:173-kh-tu", true),
    ("document:173-kh-tux", false),
    ("document:17-kh-tu", false),
  ])
  func matchesEntityIDs(entityID: String, expected: Bool) {
    let reference = DocumentReferences.find(in: "Plan No. 173-KH/TU")
    #expect(reference.map { $0.matches(entityID: entityID) } == [expected])
  }

  // MARK: Corpus

  /// Every document mention of the development corpus is found with its exact span and id, and
  /// nothing else is found.
  @Test func matchesCorpusGold() throws {
    let gold = try GoldCorpus.mentions().filter { $0.kind == "document" }
    #expect(gold.count == 25)
    let files = Set(gold.map(\.file)).union(try GoldCorpus.files())
    var truePositives = 0
    var found = 0
    for file in files.sorted() {
      let text = try GoldCorpus.text(file)
      let references = DocumentReferences.find(in: text)
      let expected = gold.filter { $0.file == file }
      found += references.count
      for reference in references {
        let hit = expected.contains {
          $0.start..<$0.end == reference.range && $0.text == reference.text
            && reference.matches(entityID: $0.id)
        }
        #expect(hit, "\(file): unexpected \(reference.text) \(reference.range) \(reference.id)")
        if hit { truePositives += 1 }
      }
      for mention in expected
      where !references.contains(where: { $0.range == mention.start..<mention.end }) {
        Issue.record("\(file): missed \(mention.text) \(mention.start)..<\(mention.end)")
      }
    }
    #expect(truePositives == gold.count)
    #expect(found == gold.count)
  }

  // MARK: Sample texts

  static let examples = TestPaths.packageRoot.appending(path: "Examples/texts")

  @Test(arguments: [
    ("ru-president-visit.txt", ["Резолюцией № 18-NQ/TW", "Резолюции № 18-NQ/TW"]),
    ("en-politburo-meeting.txt", ["Resolution No. 18-NQ/TW", "Resolution 18-NQ/TW"]),
    ("de-parteitag.txt", ["Resolution Nr. 18-NQ/TW"]),
    ("vi-hoi-nghi.txt", ["Nghị quyết số 18-NQ/TW", "Nghị quyết số 18-NQ/TW"]),
  ])
  func findsReferencesInSampleTexts(file: String, surfaces: [String]) throws {
    let text = try String(contentsOf: Self.examples.appending(path: file), encoding: .utf8)
    let references = DocumentReferences.find(in: text)
    #expect(references.map(\.text) == surfaces)
    #expect(references.allSatisfy { $0.id == "document:18-nq-tw" })
    let bytes = Array(text.utf8)
    #expect(references.map { String(decoding: bytes[$0.range], as: UTF8.self) } == surfaces)
  }
}
