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
