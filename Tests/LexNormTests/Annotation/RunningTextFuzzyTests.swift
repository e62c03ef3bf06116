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
}
