import Testing

@testable import LexNorm

@Suite("Scripts and homoglyphs")
struct ScriptTests {
  @Test(arguments: [
    ("Lương", Script?.some(.latin), false),
    ("Лыонг", .cyrillic, false),
    ("Тô", nil, true),  // one Cyrillic, one Latin letter: a tie
    ("Thоng", .latin, true),  // Cyrillic о inside
    ("北京", .other, false),
    ("1907", nil, false),
  ])
  func detection(token: String, dominant: Script?, mixed: Bool) {
    let counts = ScriptCounts(token)
    #expect(counts.dominant == dominant)
    #expect(counts.mixesLatinAndCyrillic == mixed)
  }

  @Test(arguments: [
    ("Тô", Script?.none, "Tô", Script.latin),  // no context: the lossless direction wins
    ("Тô", .cyrillic, "То", .cyrillic),
    ("Thоng", nil, "Thong", .latin),
    ("Кыoнг", nil, "Кыонг", .cyrillic),  // Latin o inside Cyrillic
    ("ЛАMА", nil, "ЛАМА", .cyrillic),
  ])
  func repair(token: String, context: Script?, expected: String, script: Script) throws {
    let repair = try #require(Homoglyphs.repair(token, context: context))
    #expect(repair.repaired == expected)
    #expect(repair.script == script)
    #expect(repair.original == token)
    #expect(!repair.replacements.isEmpty)
  }

  @Test func replacementsNameTheLetters() throws {
    let repair = try #require(Homoglyphs.repair("Thоng"))
    #expect(
      repair.replacements == [
        Homoglyphs.Replacement(utf8Offset: 2, original: "о", replacement: "o")
      ])
  }

  @Test(arguments: ["Lương", "Лыонг", "", "Tô Lâm", "Ж1"])
  func pureTokensAreLeftAlone(token: String) {
    #expect(Homoglyphs.repair(token) == nil)
  }

  @Test func aLetterWithoutLookAlikeIsNoHomoglyph() {
    // "Ж" has no Latin look-alike: this is not a slip of the keyboard, so nothing is repaired.
    #expect(Homoglyphs.repair("Жan") == nil)
  }

  @Test func textRepairUsesTheSurroundingScript() {
    let (text, repairs) = Homoglyphs.repairText("Тô Лам")
    #expect(text == "То Лам")
    #expect(repairs.map(\.original) == ["Тô"])
  }
}
