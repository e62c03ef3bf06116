import Testing

@testable import LexNorm

/// Building an index from YAML quickly must not change what comes out: memoised work agrees with
/// the work it stands for, and splitting the work across cores changes nothing.
@Suite("Index building")
struct IndexBuildingTests {
  // MARK: Transcription memo

  /// Inputs where splitting at spaces could go wrong, or where the memo must stay out of the way.
  static let transcriptionInputs: [(String, String)] = [
    ("Trần Văn Rón", "Чан Ван Жон"), ("TRẦN VĂN RÓN", "ЧАН ВАН ЖОН"), ("trần Văn", "чан Ван"),
    ("Tây Ninh", "Тэй Нинь"), ("  Tô  Lâm ", "  То  Лам "), ("", ""), (" ", " "),
    ("Hồ Chí Minh-Stadt", "Хо Ти Минь-Stadt"), ("Tô Lâm, 2024", "То Лам, 2024"),
    // Not plain Latin: transcribed whole.
    ("Lu\u{031B}o\u{031B}ng Cu\u{031B}o\u{031B}\u{0300}ng", "Лыонг Кыонг"),
    ("Tô \u{0301}Lâm", "То \u{0301}Лам"), ("Tô\u{00A0}Lâm", "То\u{00A0}Лам"),
    ("Tô\tLâm", "То\tЛам"), ("Лыонг Lâm", "Лыонг Лам"),
  ]

  @Test(arguments: transcriptionInputs)
  func transcriptionMemoAgreesWithTheTranscription(vietnamese: String, expected: String) {
    var memo = TranscriptionMemo()
    #expect(VietnameseTranscription.russian(vietnamese) == expected)
    #expect(memo.russian(vietnamese) == expected)
    #expect(memo.russian(vietnamese) == expected, "from the memo")
  }

  @Test func transcriptionMemoAgreesOnTenThousandNames() throws {
    var memo = TranscriptionMemo()
    let names = try NameKeyCollisionTests.names()
    let differing = names.filter { memo.russian($0) != VietnameseTranscription.russian($0) }
    #expect(differing == [])
  }

  // MARK: Plain Latin text

  @Test(arguments: [
    ("Nguyễn Phú Trọng", true), ("To Lam", true), ("ǄEMAL × 2", true), ("", true),
    ("Tra\u{0300}n", false), ("Tô\u{00A0}Lâm", false), ("Tô\tLâm", false), ("Лыонг", false),
    ("Le Mинь", false), ("Tô\u{200D}Lâm", false), ("Ａ", false),
  ])
  func plainLatinText(text: String, isPlain: Bool) {
    #expect(PlainLatin.isPlain(text) == isPlain)
  }

  /// What `PlainLatin` promises, scalar by scalar and for every pair of scalars.
  @Test func plainLatinScalarsNeedNoUnicodeAnalysis() {
    let scalars = [0x20...0x7E, 0xC0...0x24F, 0x1E00...0x1EFF].joined()
      .compactMap { Unicode.Scalar($0) }
    #expect(scalars.count == 95 + 400 + 256)
    var pairs = String.UnicodeScalarView()
    for scalar in scalars {
      let text = String(scalar)
      #expect(PlainLatin.isPlain(text))
      #expect(("a" + text + "b").count == 3, "a character of its own: \(scalar)")
      #expect(text.isNormalized(.nfc), "NFC: \(scalar)")
      #expect(scalar == " " || !scalar.properties.isWhitespace, "whitespace: \(scalar)")
      #expect(Script(of: scalar) != .cyrillic)
      for next in scalars {
        pairs.append(scalar)
        pairs.append(next)
      }
    }
    // NFC is decided pair by pair here (all scalars are starters): no two of them compose.
    #expect(String(pairs).isNormalized(.nfc))
  }

  // MARK: Byte memo

  @Test func byteMemoComparesBytesAndContexts() {
    var memo = ByteMemo<Int>()
    func value(_ word: String, _ context: Int) -> Int? {
      var word = word
      return word.withUTF8 { memo.value(for: UnsafeRawBufferPointer($0), context: context) }
    }
    func store(_ number: Int, _ word: String, _ context: Int) {
      var word = word
      word.withUTF8 { memo.store(number, for: UnsafeRawBufferPointer($0), context: context) }
    }
    store(1, "Trần", 0)
    store(2, "Trần", 1)
    store(3, "", 0)
    store(4, "Trần", 0)  // already there: kept as it was
    #expect(value("Trần", 0) == 1)
    #expect(value("Trần", 1) == 2)
    #expect(value("", 0) == 3)
    #expect(value("Tra\u{0300}\u{0302}n", 0) == nil, "canonically equivalent, other bytes")
    #expect(value("Trần", 2) == nil)
    #expect(value("Trầ", 0) == nil)
  }

  // MARK: Runs

  /// Entities that exercise every way a form is stored or left out.
  static let lexiconYAML = """
    entities:
      - id: person:luong-cuong
        kind: person
        labels: {vi: Lương Cường, ru: Лыонг Кыонг}
        aliases: {ru: [Лыонг Кыонга], en: [Cuong]}
      - id: person:mai
        kind: person
        labels: {vi: Mai}
      - id: person:nguyen-van-an
        kind: person
        generate: false
        ambiguous: true
        labels: {vi: Nguyễn Văn An, en: Nguyen Van An}
      - id: person:nguyen-van-an-2
        kind: person
        ambiguous: true
        labels: {vi: Nguyễn Văn An}
      - id: organization:national-assembly
        kind: organization
        labels:
          vi: Quốc hội
          en: National Assembly
          de: Nationalversammlung
          ru: Национальное собрание
      - id: place:hanoi
        kind: place
        labels: {vi: Hà Nội, en: Hanoi}
      - id: document:constitution-2013
        kind: document
        labels: {vi: Hiến pháp 2013, en: Constitution of 2013}
      - id: term:doi-moi
        kind: term
        labels: {vi: Đổi mới, en: Doi Moi}
    """

  @Test(arguments: [1, 2, 3, 7, 1024])
  func theIndexIsTheSameHoweverTheWorkIsSplit(entitiesPerRun: Int) throws {
    let entities =
      try Lexicon.load(yaml: Self.lexiconYAML, path: "test.yaml").entities
      + Lexicon.bundled().entities
    let lexicon = Lexicon(entities: entities)
    let whole = PhraseIndex(lexicon: lexicon, entitiesPerRun: entities.count)
    let split = PhraseIndex(lexicon: lexicon, entitiesPerRun: entitiesPerRun)
    #expect(CompiledLexicon.encode(split) == CompiledLexicon.encode(whole))
    #expect(split.vocabulary.count == whole.vocabulary.count)
  }

  /// Two labels of one entity with the same keys store one target; two entities, two.
  @Test func aPhraseKeepsEachTargetOnce() throws {
    let lexicon = try Lexicon.load(yaml: Self.lexiconYAML, path: "test.yaml")
    let index = PhraseIndex(lexicon: lexicon, entitiesPerRun: 2)
    var node: Int32 = 0
    for key in ["f:nguyen", "f:van", "f:an"] {
      let number = try #require(index.keyNumber(key))
      node = try #require(index.child(of: node, key: number))
    }
    #expect(
      Array(index.targets(at: node)) == [
        PhraseTarget(entity: 2, origin: .label, layer: .folded),
        PhraseTarget(entity: 3, origin: .label, layer: .folded),
      ])
  }

  @Test func anEmptyLexiconHasAnEmptyIndex() {
    let index = PhraseIndex(lexicon: Lexicon(entities: []))
    #expect(index.vocabulary.isEmpty && index.targets.isEmpty && index.longestPhrase == 0)
    #expect(index.targetStarts == [0, 0])
  }

  /// A file of several decoding runs: the findings and entities come out in file order.
  @Test func decodingInRunsKeepsFileOrder() throws {
    let count = LexiconFileDecoder.entitiesPerRun * 2 + 100
    var yaml = "entities:\n"
    var expected: [Finding] = []
    for number in 0..<count {
      let line = 2 + number * 3
      yaml += "  - id: person:p-\(number)\n    kind: person\n"
      if number % 97 == 0 {
        yaml += "    labels: {vi: Tô  Lâm \(number)}\n"
        expected.append(Finding(rule: .whitespace, line: line + 2, column: 18))
      } else if number % 101 == 0 {
        yaml += "    labels: {vn: Tô Lâm \(number)}\n"
        expected.append(Finding(rule: .unknownLanguage, line: line + 2, column: 14))
      } else {
        yaml += "    labels: {vi: Tô Lâm \(number)}\n"
      }
    }
    let report = LexiconValidator().validate([LexiconSource(path: "runs.yaml", text: yaml)])
    #expect(report.findingsBesidesSources.map(Finding.init) == expected)
    #expect(report.entities.map(\.id) == (0..<count).map { "person:p-\($0)" })
    #expect(report.entities.map(\.location?.line) == (0..<count).map { 2 + $0 * 3 })
  }

  struct Finding: Equatable {
    var rule: LexiconRule
    var line: Int?
    var column: Int?

    init(rule: LexiconRule, line: Int?, column: Int?) {
      self.rule = rule
      self.line = line
      self.column = column
    }

    init(_ diagnostic: Diagnostic) {
      self.init(rule: diagnostic.rule, line: diagnostic.line, column: diagnostic.column)
    }
  }
}
