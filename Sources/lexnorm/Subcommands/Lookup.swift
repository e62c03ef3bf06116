import ArgumentParser
import LexNorm

struct Lookup: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Look names up: every entity a written form may denote, ranked.",
    discussion: """
      A query is one whole form: for a person at least family and given name, in any script,
      case or inflection. Without NAME, each line of standard input is one query (CRLF line
      ends are fine; a line longer than 1 MiB is looked up by its first MiB).

      Examples:
        lexnorm lookup "Лыонгу Кыонгу"            # person:luong-cuong, transcribed-ru + inflected
        lexnorm lookup --format json "Lyong Kyong" "Tô Lâm"
        lexnorm lookup --lexicon my.yaml --no-default-lexicon < names.txt
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var lexicon: LexiconOptions

  @Option(help: "text (ranked list per query) or json (one JSON object per query and line).")
  var format: Format = .text

  @Option(
    name: .customLong("label-lang"), help: "Language of the reported labels: vi, en, de or ru.")
  var labelLanguage: LanguageTag = .vi

  @OptionGroup var input: InputOptions

  @Argument(help: "Names to look up.")
  var names: [String] = []

  func run() throws {
    let annotator = try lexicon.makeAnnotator()
    func answer(_ query: String) {
      let candidates = annotator.lookup(query, labelLanguage: labelLanguage)
      switch format {
      case .json:
        Standard.output.write(
          JSONText.lookup(query: query, candidates: candidates) + "\n"
        )
      case .text:
        Standard.output.write(query + "\n")
        if candidates.isEmpty { Standard.output.write("  no match\n") }
        for (rank, candidate) in candidates.enumerated() {
          Standard.output.write(
            "  \(rank + 1). \(candidate.id)  \(candidate.kind.rawValue)  \(candidate.label)  "
              + "\(JSONText.number(candidate.score))  \(candidate.method.map(\.rawValue).joined(separator: "+"))\n"
          )
        }
      }
    }
    if !names.isEmpty {
      names.forEach(answer)
      Standard.output.flush()
      return
    }
    // One answer per line: a line longer than a segment (1 MiB) is looked up by its first one.
    var insideLongLine = false
    try forEachSegment(of: [], options: input) { segment, _ in
      defer { insideLongLine = !segment.endsLine }
      guard !insideLongLine else { return }
      // A CRLF line's query is the name without the carriage return.
      answer(segment.text.hasSuffix("\r") ? String(segment.text.dropLast()) : segment.text)
      Standard.output.flush()
    }
  }
}
