import Testing

/// The helper itself, against offsets counted once by hand.
@Suite("MarkedText")
struct MarkedTextTests {
  @Test func marksBecomeByteOffsets() {
    let marked = MarkedText("Президент [Лыонг Кыонг|person:luong-cuong] принял")
    #expect(marked.text == "Президент Лыонг Кыонг принял")
    #expect(
      marked.marks == [.init(start: 19, end: 40, text: "Лыонг Кыонг", id: "person:luong-cuong")])
  }

  @Test func severalAndNestedMarks() {
    let marked = MarkedText(
      "[General Secretary|title:general-secretary] [To Lam|person:to-lam] met; "
        + "A [member of the [Politburo|organization:politburo]|title:politburo-member].")
    #expect(marked.text == "General Secretary To Lam met; A member of the Politburo.")
    #expect(
      marked.marks.map { [$0.start, $0.end] } == [[0, 17], [18, 24], [32, 55], [46, 55]])
    #expect(
      marked.marks.map(\.id) == [
        "title:general-secretary", "person:to-lam", "title:politburo-member",
        "organization:politburo",
      ])
  }
}
