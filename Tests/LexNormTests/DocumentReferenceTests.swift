import Foundation
import LexNorm
import Testing

@Suite("Document references")
struct DocumentReferenceTests {
  /// One expected reference: surface and id; the byte range is where the surface occurs in the input.
  struct Expected: Sendable, CustomStringConvertible {
    let input: String
    let surface: String
    let id: String
    var description: String { input }
  }

  @Test(arguments: [
    Expected(input: "Resolution No. 18-NQ/TW", surface: "Resolution No. 18-NQ/TW", id: "document:18-nq-tw"),
    Expected(input: "theo Nghị quyết số 18-NQ/TW của", surface: "Nghị quyết số 18-NQ/TW", id: "document:18-nq-tw"),
    Expected(input: "im Geiste der Resolution Nr. 21-NQ/TW des", surface: "Resolution Nr. 21-NQ/TW", id: "document:21-nq-tw"),
    Expected(input: "обобщения Резолюции 18 и", surface: "Резолюции 18", id: "document:18-nq-tw"),
    Expected(input: "Резолюция № 18-NQ/TW.", surface: "Резолюция № 18-NQ/TW", id: "document:18-nq-tw"),
    Expected(input: "создан № 242-QD/TW от", surface: "242-QD/TW", id: "document:242-qd-tw"),
    Expected(input: "theo 242-QĐ/TW,", surface: "242-QĐ/TW", id: "document:242-qd-tw"),
    Expected(input: "according to Decree No. 28-NQ/TW dated", surface: "Decree No. 28-NQ/TW", id: "document:28-nq-tw"),
    Expected(input: "Accordingly, the goal of Resolution No. 28 is", surface: "Resolution No. 28", id: "document:28-nq-tw"),
    Expected(input: "реализацией Заключения № 118 Постоянный", surface: "Заключения № 118", id: "document:118-kl-tw"),
    Expected(input: "и Заключения 121 о", surface: "Заключения 121", id: "document:121-kl-tw"),
    Expected(input: "Заключение № 123 «О", surface: "Заключение № 123", id: "document:123-kl-tw"),
    Expected(input: "новым решением Политбюро № 242-QD/TW от 24 января", surface: "решением Политбюро № 242-QD/TW", id: "document:242-qd-tw"),
    Expected(input: "implement Directive No. 35-CT/TW, dated", surface: "Directive No. 35-CT/TW", id: "document:35-ct-tw"),
    Expected(input: "реализацией Директивы № 35 и", surface: "Директивы № 35", id: "document:35-ct-tw"),
    Expected(input: "Instruction No. 27-HD/BTCTW, dated", surface: "Instruction No. 27-HD/BTCTW", id: "document:27-hd-btctw"),
    Expected(input: "to issue Plan No. 173-KH/TU, dated", surface: "Plan No. 173-KH/TU", id: "document:173-kh-tu"),
    Expected(input: "and Instruction No. 02-HD/TU, dated", surface: "Instruction No. 02-HD/TU", id: "document:02-hd-tu"),
    Expected(input: "В связи с реализацией резолюции 57 центральные", surface: "резолюции 57", id: "document:57-nq-tw"),
    Expected(input: "Chỉ thị số 35-CT/TW", surface: "Chỉ thị số 35-CT/TW", id: "document:35-ct-tw"),
    Expected(input: "Kết luận 121", surface: "Kết luận 121", id: "document:121-kl-tw"),
    Expected(input: "Quy định số 242-QĐ/TW", surface: "Quy định số 242-QĐ/TW", id: "document:242-qd-tw"),
    Expected(input: "Kế hoạch số 173-KH/TU", surface: "Kế hoạch số 173-KH/TU", id: "document:173-kh-tu"),
    Expected(input: "Hướng dẫn 27-HD/BTCTW", surface: "Hướng dẫn 27-HD/BTCTW", id: "document:27-hd-btctw"),
    Expected(input: "Nghi\u{0323} quye\u{0302}\u{0301}t so\u{0302}\u{0301} 18", surface: "Nghi\u{0323} quye\u{0302}\u{0301}t so\u{0302}\u{0301} 18", id: "document:18-nq-tw"),
    Expected(input: "Beschluss des Politbüros Nr. 242-QĐ/TW", surface: "Beschluss des Politbüros Nr. 242-QĐ/TW", id: "document:242-qd-tw"),
    Expected(input: "die Direktive Nr. 35", surface: "Direktive Nr. 35", id: "document:35-ct-tw"),
    Expected(input: "Schlussfolgerung 121", surface: "Schlussfolgerung 121", id: "document:121-kl-tw"),
    Expected(input: "Conclusion No.123.", surface: "Conclusion No.123", id: "document:123-kl-tw"),
    Expected(input: "Regulation No 242", surface: "Regulation No 242", id: "document:242-qd-tw"),
    Expected(input: "Резолюция №18", surface: "Резолюция №18", id: "document:18-nq-tw"),
    Expected(input: "RESOLUTION N° 18", surface: "RESOLUTION N° 18", id: "document:18-nq-tw"),
    Expected(input: "Resolution\u{00A0}No.\u{00A0}18-NQ/TW", surface: "Resolution\u{00A0}No.\u{00A0}18-NQ/TW", id: "document:18-nq-tw"),
    Expected(input: "План № 173-KH/TU", surface: "План № 173-KH/TU", id: "document:173-kh-tu"),
    Expected(input: "Инструкции 27-HD/BTCTW", surface: "Инструкции 27-HD/BTCTW", id: "document:27-hd-btctw"),
    Expected(input: "code 242-QĐ/ТW with Cyrillic Т", surface: "242-QĐ/ТW", id: "document:242-qd-tw"),
    Expected(input: "Resolution No. 18-NQ", surface: "Resolution No. 18-NQ", id: "document:18-nq-tw"),
    Expected(input: "Resolution No. 2025", surface: "Resolution No. 2025", id: "document:2025-nq-tw"),
  ])
  func recognizes(expected: Expected) throws {
    let references = DocumentReferences.find(in: expected.input)
    let offset = try #require(expected.input.utf8.firstRange(of: expected.surface.utf8))
    let start = expected.input.utf8.distance(from: expected.input.utf8.startIndex, to: offset.lowerBound)
    #expect(references.map(\.text) == [expected.surface])
    #expect(references.map(\.id) == [expected.id])
    #expect(references.map(\.range) == [start..<(start + expected.surface.utf8.count)])
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
    "решения для их преодоления 5",
    "",
  ])
  func ignores(input: String) {
    #expect(DocumentReferences.find(in: input) == [])
  }

  @Test func findsSeveralInOrder() {
    let text = "Директивы № 35 и Заключения № 118; 242-QĐ/TW."
    let references = DocumentReferences.find(in: text)
    #expect(references.map(\.id) == ["document:35-ct-tw", "document:118-kl-tw", "document:242-qd-tw"])
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

  struct GoldMention: Decodable {
    let file: String
    let start: Int
    let end: Int
    let text: String
    let id: String
    let kind: String
  }

  static let corpus = URL(filePath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appending(path: "../shared/corpus")

  /// Every document mention of the development corpus is found with its exact span and id, and
  /// nothing else is found.
  @Test func matchesCorpusGold() throws {
    let gold = try String(contentsOf: Self.corpus.appending(path: "gold.jsonl"), encoding: .utf8)
      .split(separator: "\n")
      .map { try JSONDecoder().decode(GoldMention.self, from: Data($0.utf8)) }
      .filter { $0.kind == "document" }
    #expect(gold.count == 25)
    let files = Set(gold.map(\.file)).union(
      try FileManager.default.contentsOfDirectory(atPath: Self.corpus.appending(path: "texts").path)
    )
    var truePositives = 0
    var found = 0
    for file in files.sorted() {
      let text = try String(
        contentsOf: Self.corpus.appending(path: "texts/\(file)"), encoding: .utf8)
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
      for mention in expected where !references.contains(where: { $0.range == mention.start..<mention.end }) {
        Issue.record("\(file): missed \(mention.text) \(mention.start)..<\(mention.end)")
      }
    }
    #expect(truePositives == gold.count)
    #expect(found == gold.count)
  }

  // MARK: Sample texts

  static let examples = URL(filePath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appending(path: "Examples/texts")

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
