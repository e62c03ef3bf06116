import Foundation
import LexNorm
import Synchronization

/// The generated benchmark data (`make_lexicon.py`, `make_corpus.py`): where it is, and the
/// fixtures built from it, each built once per process and shared by the benchmarks.
final class BenchData: Sendable {
  /// The data directory: `$LEXNORM_BENCH_DATA`, else `bench-data` beside the repository.
  static var directory: URL {
    if let path = ProcessInfo.processInfo.environment["LEXNORM_BENCH_DATA"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    // This file is <repo>/Benchmarks/Benchmarks/LexNormBenchmarks/BenchData.swift.
    var repository = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { repository.deleteLastPathComponent() }
    return repository.deletingLastPathComponent().appendingPathComponent("bench-data")
  }

  /// Lexicon sizes (synthetic persons) the generator writes.
  static let personCounts = [1_000, 10_000, 100_000]

  /// How much of the corpus the annotate benchmarks read: enough for every language and form.
  static let corpusSampleBytes = 2_000_000

  /// Lookups per benchmark iteration, cycling through the queries.
  static let queryCount = 1_000

  let directory: URL
  private let annotators = Mutex<[Int: Annotator]>([:])
  private let compiledLexicons = Mutex<[Int: [UInt8]]>([:])
  private let sample = Mutex<[TextSegment]?>(nil)
  private let queriesByPersons = Mutex<[Int: [String]]>([:])

  /// The data in `directory`, or `nil` with a message naming what is missing and how to make it.
  static func available(in directory: URL = directory) -> BenchData? {
    let needed =
      ["corpus.txt"] + personCounts.flatMap { ["lexicon-\($0).yaml", "lexicon-\($0).tsv"] }
    let missing = needed.filter {
      !FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path)
    }
    guard missing.isEmpty else {
      FileHandle.standardError.write(
        Data(
          """
          LexNormBenchmarks: skipped, no benchmark data in \(directory.path) \
          (missing \(missing.joined(separator: ", "))).
          Generate it with Benchmarks/run-side-by-side.sh, or point LEXNORM_BENCH_DATA at it.

          """.utf8))
      return nil
    }
    return BenchData(directory: directory)
  }

  private init(directory: URL) {
    self.directory = directory
  }

  func yamlLexicon(persons: Int) -> URL {
    directory.appendingPathComponent("lexicon-\(persons).yaml")
  }

  /// The annotator of the YAML lexicon with `persons` persons (without the bundled lexicon), or
  /// of the bundled lexicon alone for `nil`.
  func annotator(persons: Int?) throws -> Annotator {
    let key = persons ?? 0
    if let cached = annotators.withLock({ $0[key] }) { return cached }
    let lexicon =
      if let persons { try Lexicon.load(from: [yamlLexicon(persons: persons)]) } else {
        try Lexicon.bundled()
      }
    let annotator = Annotator(lexicon: lexicon)
    annotators.withLock { $0[key] = annotator }
    return annotator
  }

  /// The compiled (`.lnx`) bytes of the lexicon with `persons` persons.
  func compiled(persons: Int) throws -> [UInt8] {
    if let cached = compiledLexicons.withLock({ $0[persons] }) { return cached }
    let bytes = try annotator(persons: persons).compiled()
    compiledLexicons.withLock { $0[persons] = bytes }
    return bytes
  }

  /// The first lines of the corpus, about ``corpusSampleBytes`` long, as `TextInput` hands them out.
  func corpusSample() throws -> [TextSegment] {
    if let cached = sample.withLock({ $0 }) { return cached }
    let input = try TextInput(path: directory.appendingPathComponent("corpus.txt").path)
    var segments: [TextSegment] = []
    var bytes = 0
    while bytes < Self.corpusSampleBytes, let segment = try input.next() {
      segments.append(segment)
      bytes += segment.text.utf8.count + (segment.endsLine ? 1 : 0)
    }
    sample.withLock { $0 = segments }
    return segments
  }

  /// Person names to look up: every n-th label of the lexicon TSV (`id<TAB>lang<TAB>label`),
  /// so all languages and written forms (diacritics, ASCII, Cyrillic) are asked for.
  func queries(persons: Int) throws -> [String] {
    if let cached = queriesByPersons.withLock({ $0[persons] }) { return cached }
    let tsv = try String(
      contentsOf: directory.appendingPathComponent("lexicon-\(persons).tsv"), encoding: .utf8)
    let labels = tsv.split(separator: "\n").compactMap { row -> String? in
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 3, fields[0].hasPrefix("person:") else { return nil }
      return String(fields[2])
    }
    let stride = max(1, labels.count / Self.queryCount)
    let queries = Swift.stride(from: 0, to: labels.count, by: stride).prefix(Self.queryCount).map {
      labels[$0]
    }
    queriesByPersons.withLock { $0[persons] = queries }
    return queries
  }
}
