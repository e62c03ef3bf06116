import ArgumentParser
import LexNorm

struct Annotate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Find every name, title, organization, place and document in text.",
    discussion: """
      Prints one JSON object per mention (JSON Lines), in document order:
        {"file": "-", "start": 19, "end": 40, "text": "Лыонг Кыонг",
         "id": "person:luong-cuong", "kind": "person", "label": "Lương Cường",
         "score": 1, "method": ["exact"]}
      start and end are UTF-8 byte offsets into the original bytes (end is
      exclusive). A title used without a name gets "refers_to": the person who
      held the office on the document date. FILEs are read one after another;
      one that cannot be read is reported, the others are still annotated, and
      the exit status is 1.

      Examples:
        lexnorm annotate Examples/texts/ru-president-visit.txt
        lexnorm annotate --format text --label-lang en article.txt
        cat archive/*.txt | lexnorm annotate --date 2025-07-19 --lexicon my-lexicon/
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case jsonl, text
  }

  @OptionGroup var lexicon: LexiconOptions

  @Option(
    help:
      "The document date (YYYY-MM-DD) for resolving bare titles; default: the first date in the text."
  )
  var date: CalendarDate?

  @Option(
    name: .customLong("label-lang"), help: "Language of the reported labels: vi, en, de or ru.")
  var labelLanguage: LanguageTag = .vi

  @Option(help: "jsonl (one JSON object per mention) or text (the text with mentions marked).")
  var format: Format = .jsonl

  @Flag(
    help: """
      Also report entities inside longer mentions (the Politburo of "member of the Politburo"); \
      mentions then overlap.
      """)
  var nested = false

  @OptionGroup var input: InputOptions

  @Argument(help: "Files to annotate; none or '-' reads standard input.")
  var files: [String] = []

  func run() throws {
    let annotator = try lexicon.makeAnnotator()
    let options = AnnotationOptions(labelLanguage: labelLanguage, date: date, includeNested: nested)
    try forEachAnnotatedSegment(
      of: files, options: input, annotator: annotator, annotation: options
    ) { segment, source, mentions in
      switch format {
      case .jsonl:
        Standard.output.write { output in
          for mention in mentions {
            JSONText.appendMention(mention, sourceKey: "file", source: source.name, to: &output)
            output.append(0x0A)
          }
        }
      case .text:
        Standard.output.write(TextMarkup.mark(segment, mentions: mentions))
        if segment.endsLine { Standard.output.write("\n") }
      }
    }
  }
}

/// The text with each mention marked as `[surface]{id}`, for people to read.
enum TextMarkup {
  static func mark(_ segment: TextSegment, mentions: [Mention]) -> String {
    var marked = mentions
    for index in marked.indices {
      marked[index].label = "[\(marked[index].text)]{\(marked[index].id)}"
    }
    return Annotator.rewrite(segment, replacing: marked)
  }
}
