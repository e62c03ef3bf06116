import Testing

@testable import LexNorm

/// The costed table of Russian renderings (``RussianRenderings``): each variant class of the
/// press, inflected, reaches the right key at its cost; cheaper spellings rank first; the
/// variants create no matches on ordinary Russian words.
@Suite("Russian renderings with costs")
struct RussianRenderingTests {
  /// (token as written, key it must reach, cost of that reading)
  static let variants: [(token: String, key: String, cost: RenderingCost)] = [
    ("Тиня", "chinh", .rule),  // rule form, genitive
    ("Тьиня", "chinh", .attested),  // ch + i as ть
    ("Чинем", "chinh", .attested),  // ch as ч, instrumental
    ("Бина", "binh", .attested),  // final -nh as н
    ("Тьяу", "chau", .attested),  // ch as ть before я
    ("Кхиема", "khiem", .attested),  // iê as ие
    ("Зиапа", "giap", .attested),  // gi as зи
    ("Жанга", "giang", .attested),  // gi as ж
    ("Зуя", "duy", .attested),  // uy as уй, genitive
    ("Зуи", "duy", .rule),  // uy as уи
    ("Хоя", "hoai", .attested),  // oai as ой, genitive
    ("Сона", "son", .attested),  // s as с
    ("Шона", "son", .rule),  // s as ш
    ("Суана", "xuan", .rule),  // x as с
    ("Пхама", "pham", .attested),  // ph as пх
    ("Нгиа", "ngia", .attested),  // ia as иа (ngh and ng share a key)
    ("Туй", "thuy", .attested),  // th as т
    ("Тран", "tran", .naive),  // tr letter by letter
    ("Дунга", "dung", .naive),  // d as д
    ("Зунга", "dung", .rule),
    ("Куонгу", "kuong", .rule),  // ươ as уо (same key as uô)
  ]

  @Test(arguments: variants)
  func variantReachesItsKeyAtItsCost(token: String, key: String, cost: RenderingCost) throws {
    let candidate = try #require(NameKey.candidates(forToken: token).first { $0.key == key })
    #expect(candidate.cost == cost)
    #expect(candidate.method == .transcribedRussian)
  }

  /// Within a token, readings come cheapest first.
  @Test(arguments: ["Чан", "Мин", "Дан", "Сон", "Хой", "Зуй", "Тьинь", "Жанг", "Дунг"])
  func readingsComeCheapestFirst(token: String) {
    let costs = NameKey.candidates(forToken: token).filter { $0.strippedEnding == nil }.map(\.cost)
    #expect(!costs.isEmpty)
    #expect(costs == costs.sorted())
  }

  /// Three persons reached by one Russian query at the three costs: the rule reading first.
  static let rivals = Annotator(
    lexicon: Lexicon(entities: [
      Entity(id: "person:dan-son", kind: .person, labels: [.vi: "Dân Sơn"]),
      Entity(id: "person:dan-xon", kind: .person, labels: [.vi: "Đan Xôn"]),
      Entity(id: "person:dan-son-2", kind: .person, labels: [.vi: "Đan Sơn"]),
    ]))

  @Test func lookupRanksRuleAboveAttestedAboveNaive() {
    let answers = Self.rivals.lookup("Дан Сон")
    // Đan Xôn: rule д + rule с; Đan Sơn: с for s (attested); Dân Sơn: д for d (naive) too.
    #expect(answers.map(\.id) == ["person:dan-xon", "person:dan-son-2", "person:dan-son"])
    // The rule reading is the generated transcription itself (0.95).
    #expect(answers.map(\.score) == [0.95, 0.89, 0.88])
    #expect(answers.allSatisfy { $0.methods == [.transcribedRussian] })
  }

  /// Running text: the attested spelling links, inflected, with the stable method names.
  @Test(arguments: [
    ("Встреча с Данг Мин Кхоем прошла.", "Данг Мин Кхоем", 18, "person:dang-minh-khoi"),
    ("Генерал Во Нгуен Зиапа помнят.", "Во Нгуен Зиапа", 15, "person:vo-nguyen-giap"),
    ("Министр Ле Хой Чунг прибыл.", "Ле Хой Чунг", 15, "person:le-hoai-trung"),
  ])
  func attestedSpellingsInRunningText(text: String, surface: String, start: Int, id: String)
    throws
  {
    let mention = try #require(Self.press.annotate(text).first)
    #expect(mention.text == surface)
    #expect([mention.start, mention.end] == [start, start + surface.utf8.count])
    #expect(mention.id == id)
    #expect(mention.methods.first == .transcribedRussian)
  }

  static let press = Annotator(
    lexicon: Lexicon(entities: [
      Entity(id: "person:dang-minh-khoi", kind: .person, labels: [.vi: "Đặng Minh Khôi"]),
      Entity(id: "person:vo-nguyen-giap", kind: .person, labels: [.vi: "Võ Nguyên Giáp"]),
      Entity(id: "person:le-hoai-trung", kind: .person, labels: [.vi: "Lê Hoài Trung"]),
      Entity(id: "person:khac-son", kind: .person, labels: [.vi: "Khắc Sơn"]),
      Entity(id: "person:minh-tan", kind: .person, labels: [.vi: "Minh Tân"]),
    ]))

  /// Spellings seen on one page only are not read (к for kh, final ч for ch), so ordinary
  /// Russian words stay unlinked; nor does a name in reversed order.
  @Test(arguments: [
    "Как Сон, так и явь.", "Тан Мин пришёл.", "Сон Как снился.", "Кхак и Сон.",
  ])
  func ordinaryWordsLinkNothing(text: String) {
    #expect(Self.press.annotate(text).map(\.id) == [])
  }
}

/// The spellings counted in the press (Fixtures/ru-press-spellings.tsv): every one marked `read`
/// reaches the name's keys syllable by syllable, case endings included; the others do not.
@Suite("Russian press spellings")
struct RussianPressSpellingTests {
  struct Spelling: Sendable, CustomTestStringConvertible {
    let vietnamese: String
    let russian: String
    let isRead: Bool
    var testDescription: String { "\(russian) (\(vietnamese))" }
  }

  static let spellings: [Spelling] = {
    let url = TestPaths.fixtures.appendingPathComponent("ru-press-spellings.tsv")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return Spelling(
        vietnamese: fields[0], russian: fields.count > 1 ? fields[1] : "",
        isRead: fields.count > 3 && fields[3] == "read")
    }
  }()

  @Test func fixtureHoldsSixtyNamesOrMore() {
    #expect(Set(Self.spellings.map(\.vietnamese)).count >= 60)
  }

  @Test(arguments: spellings)
  func spellingReachesTheNameExactlyWhenRead(spelling: Spelling) {
    let wanted = spelling.vietnamese.split(separator: " ").map {
      NameKey.vietnameseSyllableKey(String($0))
    }
    let words = spelling.russian.split(separator: " ").map(String.init)
    let reached =
      wanted.count == words.count
      && zip(wanted, words).allSatisfy { key, word in
        NameKey.candidates(forToken: word).contains { $0.key == key }
      }
    #expect(reached == spelling.isRead)
  }
}
