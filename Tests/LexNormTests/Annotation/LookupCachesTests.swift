import Testing

@testable import LexNorm

/// Lookups share a pool of word caches: answers must not depend on what other lookups, before
/// or at the same time, left in them.
@Suite("Lookup caches")
struct LookupCachesTests {
  /// Whole forms in three scripts, without diacritics, partial names, one-letter typos and a
  /// damaged syllable: every path of `lookup` (exact, fuzzy, partial, repaired, nothing).
  static let queries = [
    "Лыонгу Кыонгу", "Lyong Kyong", "Tô Lâm", "To Lam", "nguyen phu trong", "Nguyne Tan Dung",
    "Tấn Dũng", "Тан Зунг", "Tr?n Văn Rón", "Mai", "Phạm Minh Chính", "Фам Минь Тинь",
    "Nguyen Xuan Phuc", "Vo Van Thuong", "xyzzy plugh", "",
  ]

  @Test func answersDoNotDependOnWhatTheCachesHold() throws {
    let lexicon = try Lexicon.bundled()
    let warm = Annotator(lexicon: lexicon)
    // Each query on an annotator of its own: its caches start empty.
    let cold = Self.queries.map { Annotator(lexicon: lexicon).lookup($0, labelLanguage: .en) }
    #expect(cold[0].first?.id == "person:luong-cuong")
    #expect(cold[5].first?.methods.contains(.fuzzy) == true)
    #expect(cold[14].isEmpty)
    for round in 0..<2 {
      for (position, query) in Self.queries.enumerated() {
        #expect(
          warm.lookup(query, labelLanguage: .en) == cold[position], "\(query), round \(round)")
      }
    }
  }

  @Test func manyTasksLookingUpAtOnceGetTheSequentialAnswers() async throws {
    let annotator = Annotator(lexicon: try Lexicon.bundled())
    let expected = Self.queries.map { annotator.lookup($0) }
    let mismatches = await withTaskGroup(of: [String].self) { group in
      for task in 0..<16 {
        group.addTask {
          var wrong: [String] = []
          for round in 0..<3 * Self.queries.count {
            let position = (task * 7 + round) % Self.queries.count
            if annotator.lookup(Self.queries[position]) != expected[position] {
              wrong.append(Self.queries[position])
            }
          }
          return wrong
        }
      }
      return await group.reduce(into: []) { $0 += $1 }
    }
    #expect(mismatches == [])
  }
}
