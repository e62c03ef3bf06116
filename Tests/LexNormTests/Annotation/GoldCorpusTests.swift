import Foundation
import Testing

@testable import LexNorm

/// Scores `annotate` with the bundled lexicon against the hand-annotated development corpus
/// (`Fixtures/corpus`, a copy of `../shared/corpus`): a span counts when its offsets and ID
/// equal a gold mention's.
@Suite("Gold corpus")
struct GoldCorpusTests {
  static let annotator: Annotator = {
    do {
      return Annotator(lexicon: try Lexicon.bundled())
    } catch {
      fatalError("the bundled lexicon does not load: \(error)")
    }
  }()

  static func predictions(for file: String, nested: Bool) throws -> [Mention] {
    annotator.annotate(
      try GoldCorpus.text(file), options: AnnotationOptions(includesNested: nested))
  }

  struct Score: CustomStringConvertible {
    var predicted = 0
    var gold = 0
    var correct = 0
    var precision: Double { predicted == 0 ? 1 : Double(correct) / Double(predicted) }
    var recall: Double { gold == 0 ? 1 : Double(correct) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var description: String {
      func f(_ value: Double) -> String { String(format: "%.3f", value) }
      return
        "P \(f(precision)) R \(f(recall)) F1 \(f(f1)) (predicted \(predicted), gold \(gold), correct \(correct))"
    }
  }

  /// Scores per kind and per language, and for all mentions.
  struct Report {
    var byKind: [String: Score] = [:]
    var byLanguage: [String: Score] = [:]
    var all = Score()

    func print(_ title: String) {
      Swift.print(title)
      for (kind, score) in byKind.sorted(by: { $0.key < $1.key }) {
        Swift.print("  kind \(kind): \(score)")
      }
      for (language, score) in byLanguage.sorted(by: { $0.key < $1.key }) {
        Swift.print("  language \(language): \(score)")
      }
      Swift.print("  all: \(all)")
    }
  }

  static func score(nested: Bool) throws -> Report {
    let gold = try GoldCorpus.mentions()
    var report = Report()
    for file in Set(gold.map(\.file)).sorted() {
      let language = String(file.prefix(2))
      let inFile = gold.filter { $0.file == file }
      let expected = Set(inFile.map { "\($0.start)-\($0.end)-\($0.id)" })
      for mention in try predictions(for: file, nested: nested) {
        let correct = expected.contains("\(mention.start)-\(mention.end)-\(mention.id)") ? 1 : 0
        report.byKind[mention.kind.rawValue, default: Score()].predicted += 1
        report.byKind[mention.kind.rawValue, default: Score()].correct += correct
        report.byLanguage[language, default: Score()].predicted += 1
        report.byLanguage[language, default: Score()].correct += correct
        report.all.predicted += 1
        report.all.correct += correct
      }
      for mention in inFile {
        report.byKind[mention.kind, default: Score()].gold += 1
        report.byLanguage[language, default: Score()].gold += 1
        report.all.gold += 1
      }
    }
    return report
  }

  @Test func precisionAndRecallPerKindAndLanguage() throws {
    let report = try Self.score(nested: false)
    report.print("Gold corpus, annotate with the bundled lexicon (exact span and id):")
    let persons = try #require(report.byKind["person"])
    #expect(persons.precision >= 0.99, "person precision \(persons)")
    #expect(persons.recall >= 0.99, "person recall \(persons)")
  }

  /// The corpus annotates entities inside longer ones too; `includesNested` reports them.
  @Test func nestedMentionsRaiseRecallWithoutLosingPrecision() throws {
    let flat = try Self.score(nested: false)
    let nested = try Self.score(nested: true)
    nested.print("Gold corpus, with nested mentions:")
    #expect(nested.all.recall > flat.all.recall)
    #expect(nested.all.precision >= 0.95, "precision \(nested.all)")
    #expect(nested.byKind["person"]?.correct == flat.byKind["person"]?.correct)
  }

  @Test func everyMentionsOffsetsSelectItsText() throws {
    let texts = try FileManager.default.contentsOfDirectory(
      at: GoldCorpus.folder.appendingPathComponent("texts"), includingPropertiesForKeys: nil)
    let examples = try FileManager.default.contentsOfDirectory(
      at: GoldCorpus.folder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
          "Examples/texts"),
      includingPropertiesForKeys: nil
    ).filter { $0.pathExtension == "txt" }
    #expect(texts.count == 5)
    #expect(examples.count == 4)
    for url in texts + examples {
      let bytes = try Data(contentsOf: url)
      let text = String(decoding: bytes, as: UTF8.self)
      for form in [text, text.normalized(.nfd)] {
        let formBytes = Array(form.utf8)
        let mentions = Self.annotator.annotate(form)
        #expect(!mentions.isEmpty, "no mentions in \(url.lastPathComponent)")
        for mention in mentions {
          #expect(
            String(decoding: formBytes[mention.start..<mention.end], as: UTF8.self) == mention.text)
        }
        #expect(zip(mentions, mentions.dropFirst()).allSatisfy { $0.end <= $1.start })
      }
    }
  }
}
