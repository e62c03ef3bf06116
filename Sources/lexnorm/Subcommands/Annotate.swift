import ArgumentParser
import LexNorm

struct Annotate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Find every name, title, organization, place and document in text.",
    usage: "lexnorm annotate [<options>] [<files> ...]",
    discussion: """
      Prints one JSON object per mention (JSON Lines), in document order:
        {"file": "-", "start": 19, "end": 40, "text": "Лыонг Кыонг",
         "id": "person:luong-cuong", "kind": "person", "label": "Lương Cường",
         "score": 1, "method": ["exact"]}
      start and end are UTF-8 byte offsets into the original bytes (end is
      exclusive). A title used without a name gets "refers_to": the person who
      held the office on the document date. FILEs are annotated on --jobs
      threads and printed in the order given; one that cannot be read is
      reported, the others are still annotated, and the exit status is 1.

      Each FILE (or standard input) is one document: a short form anywhere in
      it ("Hue" in a headline) names the person it names in full anywhere
      ("Vuong Dinh Hue" lines later), so a document's mentions are printed
      when it ends; see --max-document-bytes.

      --format text prints the text with each mention marked as
      [text]{id|label}, the label in --label-lang (left out when it is the text
      itself); with --nested, marks nest: [member of the [Politburo]{…}]{…}.

      Examples:
        lexnorm annotate Examples/texts/ru-president-visit.txt
        lexnorm annotate --format text --label-lang en article.txt
        cat archive/*.txt | lexnorm annotate --date 2025-07-19 --lexicon my-lexicon/
        lexnorm annotate --input jsonl feed.jsonl    # records: "doc", "line"
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case jsonl, text
  }

  @OptionGroup var lexicon: LexiconOptions

  @Option(
    help:
      "The document date (YYYY-MM-DD) for resolving bare titles; default: the first date in the text.",
    transform: ArgumentValues.date)
  var date: CalendarDate?

  @Option(
    name: .customLong("label-lang"),
    help: ArgumentHelp("Language of the reported labels: vi, en, de or ru.", valueName: "language"),
    completion: .list(ArgumentValues.languages), transform: ArgumentValues.language)
  var labelLanguage: LanguageTag = .vi

  @Option(help: "jsonl (one JSON object per mention) or text (the text with mentions marked).")
  var format: Format = .jsonl

  @Flag(
    help: """
      Also report entities inside longer mentions (the Politburo of "member of the Politburo"); \
      mentions then overlap.
      """)
  var nested = false

  @Flag(
    name: .customLong("link-misspelled-names"),
    help: """
      Also link a name of three or more syllables with one misspelled syllable between two \
      intact ones ("Nguyen Tna Dung", method fuzzy). Costs speed: about half the throughput on \
      name-dense text, since each word that cannot be a syllable between name syllables is \
      tried with every spelling one edit away.
      """)
  var linkMisspelledNames = false

  @OptionGroup var input: InputOptions

  @OptionGroup var jobs: JobsOption

  @OptionGroup var progress: ProgressOptions

  @OptionGroup var records: RecordOptions

  @OptionGroup var document: DocumentOptions

  @Argument(help: "Files to annotate; none or '-' reads standard input.")
  var files: [String] = []

  func run() throws {
    progress.apply()
    let annotator = try lexicon.makeAnnotator()
    let options = AnnotationOptions(
      labelLanguage: labelLanguage, date: date, includesNested: nested,
      linksMisspelledNames: linkMisspelledNames)
    if records.isRecords { return try annotateRecords(annotator: annotator, options: options) }
    // Each mention's object starts with its file's name, encoded once per file.
    var head: (name: String, bytes: [UInt8])?
    try forEachAnnotatedSegment(
      of: files, options: input, annotator: annotator, annotation: options,
      documentLimit: document.limit, jobs: jobs.count
    ) { segment, source, mentions in
      switch format {
      case .jsonl:
        guard !mentions.isEmpty else { return }
        if head?.name != source.name {
          head = (source.name, JSONText.mentionHead(sourceKey: "file", source: source.name))
        }
        let bytes = head?.bytes ?? []
        Standard.output.write { output in
          for mention in mentions {
            JSONText.appendMention(mention, head: bytes, to: &output)
            output.append(0x0A)
          }
        }
      case .text:
        Standard.output.write { TextMarkup.append(segment, marking: mentions, to: &$0) }
        if segment.endsLine { Standard.output.write("\n") }
      }
    }
  }
}

/// The text with each mention marked as `[text]{id|label}` (`[text]{id}` when the label is the
/// text itself), for people to read. Nested mentions give nested marks; a mention that crosses
/// the end of another cannot be marked and is left out.
enum TextMarkup {
  static func append(_ segment: TextSegment, marking mentions: [Mention], to output: inout [UInt8])
  {
    let spans = mentions.map { mention in
      let close =
        mention.label == mention.text ? "]{\(mention.id)}" : "]{\(mention.id)|\(mention.label)}"
      return (
        start: segment.textOffset(ofInputOffset: mention.start),
        end: segment.textOffset(ofInputOffset: mention.end), close: close
      )
    }.sorted { ($0.start, $1.end) < ($1.start, $0.end) }  // outer marks open first
    var text = segment.text
    text.withUTF8 { source in
      var copied = 0
      var open: [(end: Int, close: String)] = []
      func closeMarks(endingBy position: Int) {
        while let last = open.last, last.end <= position {
          output.append(contentsOf: source[copied..<last.end])
          output.append(contentsOf: last.close.utf8)
          copied = last.end
          open.removeLast()
        }
      }
      for span in spans where 0 <= span.start && span.start <= span.end && span.end <= source.count
      {
        closeMarks(endingBy: span.start)
        guard span.start >= copied, span.end <= open.last?.end ?? source.count else { continue }
        output.append(contentsOf: source[copied..<span.start])
        output.append(0x5B)  // [
        copied = span.start
        open.append((span.end, span.close))
      }
      closeMarks(endingBy: source.count)
      output.append(contentsOf: source[copied...])
    }
  }
}
