import Foundation

/// The development corpus (`Fixtures/corpus`, a copy of `../shared/corpus`): five news texts and
/// their hand annotations with UTF-8 byte offsets.
enum GoldCorpus {
  /// One annotated mention of `gold.jsonl`.
  struct Mention: Decodable, Hashable {
    let file: String
    let start: Int
    let end: Int
    let text: String
    let id: String
    let kind: String
  }

  static let folder = TestPaths.fixtures.appendingPathComponent("corpus")

  /// Every gold mention, in file order.
  static func mentions() throws -> [Mention] {
    let data = try Data(contentsOf: folder.appendingPathComponent("gold.jsonl"))
    return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
      try JSONDecoder().decode(Mention.self, from: Data($0.utf8))
    }
  }

  /// The names of the five texts.
  static func files() throws -> [String] {
    try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("texts").path
    ).sorted()
  }

  /// The text of one corpus file.
  static func text(_ file: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent("texts/\(file)"), encoding: .utf8)
  }
}
