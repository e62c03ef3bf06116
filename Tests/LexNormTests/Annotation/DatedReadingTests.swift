import LexNorm
import Testing

/// Namesakes told apart by the years written next to the name: in its sentence, or in the one
/// or two short lines after it (a list of office holders).
@Suite("Namesakes told apart by years")
struct DatedReadingTests {
  static let annotator = Annotator(
    lexicon: Lexicon(entities: [
      Entity(
        id: "person:tran-van-nam", kind: .person, labels: [.vi: "Trần Văn Nam"],
        roles: [
          Role(
            title: "title:president", from: CalendarDate(iso8601: "1992-09-23"),
            until: CalendarDate(iso8601: "1997-09-24"))
        ]),
      Entity(
        id: "person:tran-van-nam-cc", kind: .person, labels: [.vi: "Trần Văn Nam"],
        roles: [
          Role(
            title: "title:alternate-central-committee-member",
            from: CalendarDate(iso8601: "2021-01-30"))
        ]),
      Entity(id: "person:le-van-ba", kind: .person, labels: [.vi: "Lê Văn Ba"]),
    ]))

  static let namesakes: Set<String> = ["person:tran-van-nam", "person:tran-van-nam-cc"]

  /// Persons as (span, ID, method chain, alternatives).
  static func persons(_ text: String) -> [String] {
    annotator.annotate(text).filter { $0.kind == .person }.map {
      "\($0.start)..<\($0.end) \($0.id) \($0.methods.map(\.rawValue)) \($0.alternatives)"
    }
  }

  @Test(arguments: [
    // Years in the sentence.
    (
      "Trần Văn Nam (1992 - 1997) was head of state.",
      ["0..<15 person:tran-van-nam [\"exact\", \"role\"] []"]
    ),
    // A list: the name twice, then its term of office on a line of its own.
    (
      "Đồng chí Trần Văn Nam\n\nĐồng chí Trần Văn Nam\n\n(6/1992 - 9/1997)",
      [
        "13..<28 person:tran-van-nam [\"exact\", \"role\"] []",
        "43..<58 person:tran-van-nam [\"exact\", \"role\"] []",
      ]
    ),
    // The namesake whose role began in the year written.
    (
      "Trần Văn Nam joined the committee in 2021.",
      ["0..<15 person:tran-van-nam-cc [\"exact\", \"role\"] []"]
    ),
  ])
  func yearsPickTheNamesake(text: String, expected: [String]) {
    #expect(Self.persons(text) == expected)
  }

  /// A document read line by line (as `lexnorm annotate` reads a file): the term of office on a
  /// later line decides, unless another person's line stands between.
  @Test(arguments: [
    (["Đồng chí Trần Văn Nam", "", "Đồng chí Trần Văn Nam", "", "(6/1992 - 9/1997)"], true),
    (["Đồng chí Trần Văn Nam", "Lê Văn Ba", "(6/1992 - 9/1997)"], false),
  ])
  func yearsOnLaterLines(lines: [String], decides: Bool) throws {
    var offset = 0
    let segments = lines.map { line in
      defer { offset += line.utf8.count + 1 }
      return TextSegment(text: line, byteOffset: offset, endsLine: true)
    }
    let found = Self.annotator.makeSession().annotate(document: segments)
    let first = try #require(found.first?.first)
    #expect(first.start == 13 && first.end == 28)
    if decides {
      let persons = found.flatMap { $0 }.filter { $0.kind == .person }.map(\.id)
      #expect(persons == ["person:tran-van-nam", "person:tran-van-nam"])
      #expect(first.methods == [.exact, .role])
    } else {
      #expect(Set([first.id] + first.alternatives) == Self.namesakes)
    }
  }

  @Test(arguments: [
    // No year: still ambiguous.
    "Trần Văn Nam spoke.",
    // A year neither held office in.
    "Trần Văn Nam spoke in 2010.",
    // The year is in running text, not a note on the name.
    "Trần Văn Nam spoke.\n"
      + "The committee, which met for three long days in the old capital last month, "
      + "was founded in 1995.",
    // Another person's line stands between the name and the years.
    "Trần Văn Nam\nLê Văn Ba\n(1992 - 1997)",
  ])
  func yearsThatTellNothing(text: String) throws {
    let mention = try #require(Self.annotator.annotate(text).first { $0.kind == .person })
    #expect(Set([mention.id] + mention.alternatives) == Self.namesakes)
    #expect(mention.methods == [.exact])
  }
}
