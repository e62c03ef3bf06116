import Testing

@testable import LexNorm

@Suite("JSON text")
struct JSONTextTests {
  @Test(arguments: [
    ("Tô Lâm", #""Tô Lâm""#),
    ("a\"b\\c", #""a\"b\\c""#),
    ("line\nnext\r\ttab", #""line\nnext\r\ttab""#),
    ("\u{01}\u{1F}", #""\u0001\u001f""#),
    ("a\u{2028}b\u{2029}", #""a\u2028b\u2029""#),
    // Escapes at either end of a run; … and → (lead byte E2, as U+2028's) copied as they are.
    ("\"Tô\"", #""\"Tô\"""#),
    ("…\u{2028}…\\", #""…\u2028…\\""#),
    ("a → b", #""a → b""#),
    ("", #""""#),
  ])
  func escapesStrings(text: String, expected: String) {
    #expect(JSONText.string(text) == expected)
  }

  // Strings of 8 bytes and more go through the 8-bytes-at-a-time scan: escapes in every lane,
  // after a clean chunk, and bytes a lane test could mistake (0x21, 0x23, 0x5B, 0x5D, 0xE1…).
  @Test(arguments: [
    ("abcdefgh", #""abcdefgh""#),
    ("abcdefg\"", #""abcdefg\"""#),
    ("\"bcdefgh", #""\"bcdefgh""#),
    ("abcdefghijklmno\\", #""abcdefghijklmno\\""#),
    ("abc\u{1F}defgh\u{00}", #""abc\u001fdefgh\u0000""#),
    ("!#[]~ \u{7F}xyz!#[]~", "\"!#[]~ \u{7F}xyz!#[]~\""),
    ("Lương Cường\u{2028}Tô Lâm…", #""Lương Cường\u2028Tô Lâm…""#),
    ("Nguyễn Phú Trọng\t", #""Nguyễn Phú Trọng\t""#),
  ])
  func escapesLongStrings(text: String, expected: String) {
    #expect(JSONText.string(text) == expected)
  }

  @Test(arguments: [0.0, 0.001, 0.0005, 0.1, 0.25, 0.857, 0.8567, 0.95, 0.9995, 1.0, 1.2, -0.1])
  func writesScoresAsNumberDoes(value: Double) {
    var output: [UInt8] = []
    JSONText.appendNumber(value, to: &output)
    #expect(String(decoding: output, as: UTF8.self) == JSONText.number(value))
  }

  @Test(arguments: [(0, "0"), (9, "9"), (10, "10"), (1_234_567_890, "1234567890"), (-42, "-42")])
  func writesIntegers(value: Int, expected: String) {
    var output: [UInt8] = []
    JSONText.appendInteger(value, to: &output)
    #expect(String(decoding: output, as: UTF8.self) == expected)
  }

  @Test(arguments: [(1.0, "1"), (0.86, "0.86"), (0.8567, "0.857"), (0.0, "0")])
  func roundsScoresToThreeDecimals(value: Double, expected: String) {
    #expect(JSONText.number(value) == expected)
  }

  @Test func writesAMentionWithItsSourceFirst() {
    let mention = Mention(
      start: 10, end: 31, text: "Президент", id: "title:president", kind: .title,
      label: "Chủ tịch nước", score: 0.9, methods: [.exact, .role],
      refersTo: "person:luong-cuong", alternatives: ["title:chairman"])
    var named: [UInt8] = []
    JSONText.appendMention(mention, sourceKey: "doc", source: "a1", to: &named)
    #expect(
      String(decoding: named, as: UTF8.self) == """
        {"doc": "a1", "start": 10, "end": 31, "text": "Президент", "id": "title:president", \
        "kind": "title", "label": "Chủ tịch nước", "score": 0.9, "method": ["exact", "role"], \
        "refers_to": "person:luong-cuong", "alternatives": ["title:chairman"]}
        """)
    var led: [UInt8] = []
    JSONText.appendMention(
      mention, head: JSONText.mentionHead(sourceKey: "doc", source: "a1"), to: &led)
    #expect(led == named)
    var anonymous: [UInt8] = []
    JSONText.appendMention(
      Mention(
        start: 0, end: 6, text: "To Lam", id: "person:to-lam", kind: .person, label: "Tô Lâm",
        score: 1, methods: [.folded]),
      sourceKey: "file", source: nil, to: &anonymous)
    #expect(
      String(decoding: anonymous, as: UTF8.self) == """
        {"file": null, "start": 0, "end": 6, "text": "To Lam", "id": "person:to-lam", \
        "kind": "person", "label": "Tô Lâm", "score": 1, "method": ["folded"]}
        """)
  }

  @Test func writesALookupAnswer() {
    let candidate = LookupCandidate(
      id: "person:to-lam", kind: .person, label: "Tô Lâm", score: 0.86, methods: [.folded])
    #expect(
      JSONText.lookup(query: "To \"Lam\"", candidates: [candidate]) == """
        {"query": "To \\"Lam\\"", "candidates": [{"id": "person:to-lam", "kind": "person", \
        "label": "Tô Lâm", "score": 0.86, "method": ["folded"]}]}
        """)
    #expect(JSONText.lookup(query: "x", candidates: []) == #"{"query": "x", "candidates": []}"#)
  }
}
