import ArgumentParser
import LexNorm

struct Normalize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Rewrite every mention to its preferred label; leave everything else byte for byte.",
    discussion: """
      Labels the lexicon lacks are derived from the Vietnamese label: ASCII for en/de, the
      Russian practical transcription for ru.

      Examples:
        lexnorm normalize --to vi Examples/texts/ru-president-visit.txt
        echo "Лыонгу Кыонгу вручили орден" | lexnorm normalize --to en
        lexnorm normalize --to en --input jsonl feed.jsonl   # other fields untouched
      """
  )

  @OptionGroup var lexicon: LexiconOptions

  @Option(help: "Target language of the labels: vi, en, de or ru.")
  var to: LanguageTag = .vi

  @Option(help: "The document date (YYYY-MM-DD); default: the first date in the text.")
  var date: CalendarDate?

  @OptionGroup var input: InputOptions

  @OptionGroup var records: RecordOptions

  @Argument(help: "Files to rewrite; none or '-' reads standard input.")
  var files: [String] = []

  func run() throws {
    let annotator = try lexicon.makeAnnotator()
    let options = AnnotationOptions(labelLanguage: to, date: date)
    if records.isRecords { return try normalizeRecords(annotator: annotator, options: options) }
    try forEachAnnotatedSegment(
      of: files, options: input, annotator: annotator, annotation: options
    ) { segment, _, mentions in
      Standard.output.write(Annotator.rewrite(segment, replacing: mentions))
      if segment.endsLine { Standard.output.write("\n") }
    }
  }
}
