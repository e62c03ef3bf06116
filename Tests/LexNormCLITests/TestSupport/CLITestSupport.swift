import Foundation
import Testing

/// One line of `lexnorm annotate` output, parsed with `JSONSerialization`.
struct MentionRecord: Equatable {
  var file: String
  var start: Int
  var end: Int
  var text: String
  var id: String
  var kind: String
  var label: String
  var score: Double
  var method: [String]
  var refersTo: String?

  static let requiredKeys: Set = [
    "file", "start", "end", "text", "id", "kind", "label", "score", "method",
  ]
  static let optionalKeys: Set = ["refers_to", "alternatives"]

  struct Malformed: Error, CustomStringConvertible {
    let line: String
    var description: String { "not a mention record: \(line)" }
  }

  init(line: Substring) throws {
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
    guard let fields = object as? [String: Any],
      Self.requiredKeys.isSubset(of: fields.keys),
      Set(fields.keys).isSubset(of: Self.requiredKeys.union(Self.optionalKeys)),
      let file = fields["file"] as? String, let start = fields["start"] as? Int,
      let end = fields["end"] as? Int, let text = fields["text"] as? String,
      let id = fields["id"] as? String, let kind = fields["kind"] as? String,
      let label = fields["label"] as? String, let score = fields["score"] as? Double,
      let method = fields["method"] as? [String]
    else { throw Malformed(line: String(line)) }
    self.file = file
    self.start = start
    self.end = end
    self.text = text
    self.id = id
    self.kind = kind
    self.label = label
    self.score = score
    self.method = method
    refersTo = fields["refers_to"] as? String
  }

  /// Every line of `output` (JSON Lines), parsed.
  static func parse(_ output: String) throws -> [MentionRecord] {
    try output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(
      MentionRecord.init(line:))
  }
}

/// A temporary folder for test inputs, removed when the value goes away.
final class ScratchFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("lexnorm-cli-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `contents` to `name` in the folder and returns its path.
  @discardableResult
  func write(_ name: String, _ contents: Data) throws -> String {
    let file = url.appendingPathComponent(name)
    try contents.write(to: file)
    return file.path
  }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

extension Data {
  /// The bytes `start..<end` decoded as UTF-8, or nil when out of range or not UTF-8.
  func utf8Text(_ start: Int, _ end: Int) -> String? {
    guard 0 <= start, start <= end, end <= count else { return nil }
    return String(data: subdata(in: start..<end), encoding: .utf8)
  }

  /// The byte offset of the first occurrence of `text`, or nil.
  func byteOffset(of text: String) -> Int? {
    range(of: Data(text.utf8)).map { $0.lowerBound - startIndex }
  }
}

/// The sample texts in `Examples/texts` (all `*.txt`), relative to the package root.
let exampleTexts: [String] = {
  let folder = CLI.packageRoot.appendingPathComponent("Examples/texts")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  return names.filter { $0.hasSuffix(".txt") }.sorted().map { "Examples/texts/" + $0 }
}()

/// The bytes of a file given relative to the package root.
func packageFile(_ path: String) throws -> Data {
  try Data(contentsOf: CLI.packageRoot.appendingPathComponent(path))
}

/// A user lexicon with entities the bundled lexicon lacks.
let userLexiconYAML = """
  version: 1
  entities:
    - id: organization:zorblax-institute
      kind: organization
      labels: {en: Zorblax Institute, vi: Viện Zorblax}
    - id: place:quillon-bay
      kind: place
      labels: {en: Quillon Bay}

  """
