import Testing

@testable import LexNorm

@Suite("Stemmer")
struct StemmerTests {
  @Test(arguments: [
    (Stemmer.Language.russian, "генерального", "генеральный"),
    (.russian, "секретаря", "секретарь"),
    (.russian, "политбюро", "политбюро"),
    (.german, "politbüros", "politbüro"),
    (.german, "mitglieder", "mitglied"),
    (.german, "generalsekretärs", "generalsekretär"),
    (.german, "fotos", "foto"),
    (.german, "ergebnisse", "ergebnis"),
    (.english, "members", "member"),
    (.english, "secretaries", "secretary"),
  ])
  func formsShareAStem(language: Stemmer.Language, word: String, base: String) {
    let stemmer = Stemmer(language: language)
    #expect(stemmer.stem(word) == stemmer.stem(base))
  }

  @Test(arguments: [
    (Stemmer.Language.russian, "секретаря", "секретар"),
    (.german, "mitglieder", "mitglied"),
    (.english, "members", "member"),
    (.german, "politbüros", "politburo"),
    (.german, "chaos", "chaos"),
    (.english, "", ""),
  ])
  func exactStems(language: Stemmer.Language, word: String, stem: String) {
    #expect(Stemmer(language: language).stem(word) == stem)
  }

  @Test func differentWordsKeepDifferentStems() {
    let stemmer = Stemmer(language: .russian)
    #expect(stemmer.stem("секретаря") != stemmer.stem("генерального"))
  }

  @Test func concurrentUseGivesTheSameResults() async {
    let stemmer = Stemmer(language: .russian)
    let words = ["генерального", "секретаря", "политбюро", "председателя", "министров"]
    let expected = words.map(stemmer.stem)
    let mismatches = await withTaskGroup(of: Int.self) { group in
      for task in 0..<32 {
        group.addTask {
          var bad = 0
          for round in 0..<200 {
            let index = (task + round) % words.count
            if stemmer.stem(words[index]) != expected[index] { bad += 1 }
          }
          return bad
        }
      }
      return await group.reduce(0, +)
    }
    #expect(mismatches == 0)
    #expect(expected[1] == "секретар")
  }
}
