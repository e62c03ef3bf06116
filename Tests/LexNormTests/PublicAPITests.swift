import Foundation
import Testing

@testable import LexNorm

/// The public API's validated values and its JSON names, which the API renames must not change.
@Suite("Public API")
struct PublicAPITests {
  @Test(
    "LanguageTag accepts only known tags, as lexicon files write them",
    arguments: [
      ("vi", "vi"), ("ru", "ru"), ("fr", "fr"), ("vn", nil), ("EN", nil), ("en-US", nil), ("", nil),
      ("xx", nil),
    ] as [(String, String?)])
  func languageTag(text: String, expected: String?) {
    #expect(LanguageTag(rawValue: text)?.rawValue == expected)
  }

  @Test("Decoding an unknown language tag throws")
  func languageTagDecoding() throws {
    let decoded = try JSONDecoder().decode([LanguageTag].self, from: Data(#"["de"]"#.utf8))
    #expect(decoded == [.de])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([LanguageTag].self, from: Data(#"["vn"]"#.utf8))
    }
  }

  @Test(
    "MatchMethod prints its JSON name",
    arguments: [
      (MatchMethod.exact, "exact"), (.folded, "folded"), (.homoglyph, "homoglyph"),
      (.transcribedRussian, "transcribed-ru"), (.romanisedRussian, "romanised-ru"),
      (.inflected, "inflected"), (.documentCode, "document-code"), (.shortForm, "short-form"),
      (.role, "role"), (.succession, "succession"),
    ])
  func matchMethodDescription(method: MatchMethod, name: String) {
    #expect(method.description == name)
    #expect("\(method)" == name)
    #expect("\([method, .inflected])" == "[\(name), inflected]")
  }

  @Test("Renamed properties keep their coding keys")
  func codingKeys() throws {
    let mention = Mention(
      start: 0, end: 7, text: "Tô Lâm", id: "person:to-lam", kind: .person, label: "Tô Lâm",
      score: 1, methods: [.exact])
    let candidate = LookupCandidate(
      id: "person:to-lam", kind: .person, label: "Tô Lâm", score: 1, methods: [.folded])
    let entity = Entity(
      id: "title:president", kind: .title, labels: [.vi: "Chủ tịch nước"],
      roles: [Role(title: "title:president", isUnverified: true)], generatesVariants: false,
      isAmbiguous: true, hasSingleHolder: true)
    #expect(try keys(of: mention).contains("method"))
    #expect(try keys(of: candidate) == ["id", "kind", "label", "method", "score"])
    let entityKeys = try keys(of: entity)
    #expect(["generate", "ambiguous", "singleHolder"].allSatisfy(entityKeys.contains))
    let role = try #require((try object(entity)["roles"] as? [[String: Any]])?.first)
    #expect(role["unverified"] as? Bool == true)
    let decoded = try JSONDecoder().decode(Entity.self, from: JSONEncoder().encode(entity))
    #expect(decoded == entity)
  }

  private func object(_ value: some Encodable) throws -> [String: Any] {
    let data = try JSONEncoder().encode(value)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  private func keys(of value: some Encodable) throws -> [String] {
    try object(value).keys.sorted()
  }
}
