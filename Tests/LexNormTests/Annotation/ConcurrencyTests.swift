import Testing

@testable import LexNorm

/// The library is safe to use from many threads at once: one shared annotator (with its ICU
/// transliterators and Snowball stemmers underneath) gives every task the same answers.
@Suite("Concurrency")
struct ConcurrencyTests {
  static let texts = [
    "Президент Лыонг Кыонг встретился с Генеральным секретарём То Ламом.",
    "General Secretary To Lam and Luong Cuong discussed Resolution No. 18-NQ/TW.",
    "Generalsekretär To Lam sprach vor Mitgliedern des Politbüros; To Lams Rede.",
    "Tổng Bí thư Tô Lâm và Chủ tịch nước Lương Cường dự hội nghị.",
    "Тô Лам (mixed script) and Lyong Kyong (romanised).",
  ]
  static let queries = ["Лыонгу Кыонгу", "Lyong Kyong", "Тô Лам", "Nguyen Phu Trong", "Mai"]

  @Test func manyTasksShareOneAnnotator() async throws {
    let annotator = Annotator(lexicon: try Lexicon.bundled())
    let expectedMentions = Self.texts.map { annotator.annotate($0) }
    let expectedCandidates = Self.queries.map { annotator.lookup($0) }
    #expect(expectedMentions.allSatisfy { !$0.isEmpty })
    let mismatches = await withTaskGroup(of: Int.self) { group in
      for task in 0..<32 {
        group.addTask {
          var bad = 0
          for round in 0..<20 {
            let index = (task + round) % Self.texts.count
            if annotator.annotate(Self.texts[index]) != expectedMentions[index] { bad += 1 }
            if annotator.lookup(Self.queries[index]) != expectedCandidates[index] { bad += 1 }
            if Stemmer(language: .russian).stem("секретаря") != "секретар" { bad += 1 }
            if VietnameseTranscription.russian("Lương Cường") != "Лыонг Кыонг" { bad += 1 }
          }
          return bad
        }
      }
      return await group.reduce(0, +)
    }
    #expect(mismatches == 0)
  }
}
