import LexNorm
import Testing

/// Misspelled names in running text (method `fuzzy`): one syllable one edit away from the
/// name's, that cannot itself be a Vietnamese syllable, between two intact syllables.
@Suite("Fuzzy names in running text")
struct RunningTextFuzzyTests {
  static let annotator = Annotator(
    lexicon: Lexicon(entities: [
      Entity(id: "person:nguyen-tan-dung", kind: .person, labels: [.vi: "Nguyễn Tấn Dũng"]),
      Entity(id: "person:pham-minh-chinh", kind: .person, labels: [.vi: "Phạm Minh Chính"]),
      Entity(id: "person:nguyen-van-an", kind: .person, labels: [.vi: "Nguyễn Văn An"]),
      Entity(id: "person:to-lam", kind: .person, labels: [.vi: "Tô Lâm"]),
      Entity(id: "person:luong-cuong", kind: .person, labels: [.vi: "Lương Cường"]),
    ]))

  /// Persons as (span, ID, method chain), misspelled names on or off.
  static func persons(_ text: String, fuzzy: Bool = true) -> [String] {
    let options = AnnotationOptions(linksMisspelledNames: fuzzy)
    return annotator.annotate(text, options: options).filter { $0.kind == .person }.map {
      "\($0.start)..<\($0.end) \($0.id) \($0.methods.map(\.rawValue))"
    }
  }

  @Test(arguments: [
    // Two letters swapped, a letter swapped in the middle syllable.
    ("Yesterday Nguyen Tna Dung spoke.", ["10..<25 person:nguyen-tan-dung [\"fuzzy\"]"]),
    ("Then Pham Mihn Chinh left.", ["5..<20 person:pham-minh-chinh [\"fuzzy\"]"]),
    // In the first syllable.
    ("Then Nguyne Tan Dung left.", ["5..<20 person:nguyen-tan-dung [\"fuzzy\"]"]),
  ])
  func misspelled(text: String, expected: [String]) {
    #expect(Self.persons(text) == expected)
    // Off by default.
    #expect(Self.persons(text, fuzzy: false) == [])
  }

  @Test(arguments: [
    // A two-syllable name: one intact syllable is not enough.
    "Then To Lsm left.",
    // A word that may be a syllable is another name (`Anh`), not a slip of `An`.
    "Then Nguyen Van Anh left.",
    // Two edits in one syllable.
    "Then Nguyen Tnaa Dung left.",
    // A word alone.
    "Then Mihn left.",
  ])
  func notLinked(text: String) {
    #expect(Self.persons(text) == [])
  }

  /// A slip beside a short form of a person the document names in full widens the short form
  /// over it, whether or not misspelled names are linked elsewhere.
  @Test(arguments: [
    // The family name misspelled before a Russian given name (`ю` for `о`).
    (
      "Лыонг Кыонг прибыл. Затем Лыюнг Кыонг уехал.",
      [
        "0..<21 person:luong-cuong [\"transcribed-ru\"]",
        "47..<68 person:luong-cuong [\"short-form\", \"transcribed-ru\", \"fuzzy\"]",
      ]
    ),
    // The family name before the given name, and the given name after a family name.
    (
      "To Lam arrived. Then Tp Lam spoke, and To Lsm left.",
      [
        "0..<6 person:to-lam [\"folded\"]",
        "21..<27 person:to-lam [\"short-form\", \"fuzzy\"]",
        "39..<45 person:to-lam [\"short-form\", \"fuzzy\"]",
      ]
    ),
  ])
  func misspelledBesideShortForm(text: String, expected: [String]) {
    #expect(Self.persons(text, fuzzy: false) == expected)
  }

  @Test(arguments: [
    // A neighbour that may be a syllable is another name: `Ho Lam` is not a slip of `To Lam`.
    ("To Lam arrived. Then Ho Lam spoke.", ["0..<6 person:to-lam [\"folded\"]"]),
    // Two edits away: the short form alone.
    (
      "To Lam arrived. Then Tpp Lam spoke.",
      ["0..<6 person:to-lam [\"folded\"]", "25..<28 person:to-lam [\"short-form\"]"]
    ),
    // No person named in full: nothing to widen.
    ("Then Tp Lam spoke.", []),
  ])
  func notWidened(text: String, expected: [String]) {
    #expect(Self.persons(text, fuzzy: false) == expected)
  }
}
