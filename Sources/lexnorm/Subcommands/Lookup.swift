import ArgumentParser
import LexNorm

struct Lookup: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Look names up: every entity a written form may denote, ranked.",
    usage: "lexnorm lookup [<options>] [<names> ...]",
    discussion: """
      A query is one whole form: for a person at least family and given name,
      in any script, case or inflection. Without NAME, or for a NAME of '-',
      each line of standard input is one query (CRLF line ends are fine; a
      line longer than 1 MiB is looked up by its first MiB).

      Examples:
        lexnorm lookup "Лыонгу Кыонгу"      # person:luong-cuong
        lexnorm lookup --format jsonl "Lyong Kyong" "Tô Lâm"
        lexnorm lookup --lexicon my.yaml --no-default-lexicon - < names.txt
        lexnorm lookup --input jsonl --text-field name < people.jsonl
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl, json
  }

  @OptionGroup var lexicon: LexiconOptions

  @Option(
    help: """
      text (ranked list per query) or jsonl (one JSON object per query and line; json is the \
      same).
      """)
  var format: Format = .text

  @Option(
    name: .customLong("label-lang"),
    help: ArgumentHelp("Language of the reported labels: vi, en, de or ru.", valueName: "language"),
    completion: .list(ArgumentValues.languages), transform: ArgumentValues.language)
  var labelLanguage: LanguageTag = .vi

  @OptionGroup var input: InputOptions

  @OptionGroup var records: RecordOptions

  @Argument(help: "Names to look up; '-' reads one per line from standard input.")
  var names: [String] = []

  func run() throws {
    let annotator = try lexicon.makeAnnotator()
    if records.isRecords { return try lookUpRecords(annotator: annotator) }
    // One answer per line: a line longer than a segment (1 MiB) is looked up by its first one.
    var insideLongLine = false
    try forEachText(names, options: input) { text, endsLine in
      defer { insideLongLine = !endsLine }
      guard !insideLongLine else { return }
      // A CRLF line's query is the name without the carriage return.
      answer(text.hasSuffix("\r") ? String(text.dropLast()) : text, annotator: annotator)
      Standard.output.flush()
    }
  }

  private func answer(_ query: String, annotator: Annotator) {
    let candidates = annotator.lookup(query, labelLanguage: labelLanguage)
    switch format {
    case .json, .jsonl:
      Standard.output.write(
        "{\"query\": \(JSONText.string(query)), \"candidates\": \(JSONText.array(candidates.map(JSONText.candidate)))}\n"
      )
    case .text:
      Standard.output.write(query + "\n")
      if candidates.isEmpty { Standard.output.write("  no match\n") }
      for (rank, candidate) in candidates.enumerated() {
        Standard.output.write(
          "  \(rank + 1). \(candidate.id)  \(candidate.kind.rawValue)  \(candidate.label)  "
            + "\(JSONText.number(candidate.score))  \(candidate.methods.map(\.rawValue).joined(separator: "+"))\n"
        )
      }
    }
  }
}
