import ArgumentParser
import LexNorm

struct Normalize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Rewrite every mention to its preferred label; leave all else byte for byte.",
    usage: "lexnorm normalize --to <language> [<options>] [<files> ...]",
    discussion: """
      Labels the lexicon lacks are derived from the Vietnamese label: ASCII for
      en/de, the Russian practical transcription for ru. --to is required, as
      for translit: a rewrite names its target.

      No input byte is lost: bytes that are not UTF-8 are copied unchanged and
      the first of them in each file is named on standard error (a warning;
      the exit status stays 0). --replace-invalid writes U+FFFD instead.

      Examples:
        lexnorm normalize --to vi Examples/texts/ru-president-visit.txt
        echo "Лыонгу Кыонгу вручили орден" | lexnorm normalize --to en
        lexnorm normalize --to en --input jsonl feed.jsonl   # other fields untouched
      """
  )

  @OptionGroup var lexicon: LexiconOptions

  @Option(
    help: ArgumentHelp("Target language of the labels: vi, en, de or ru.", valueName: "language"),
    completion: .list(ArgumentValues.languages), transform: ArgumentValues.language)
  var to: LanguageTag

  @Option(
    help: "The document date (YYYY-MM-DD); default: the first date in the text.",
    transform: ArgumentValues.date)
  var date: CalendarDate?

  @Flag(help: "Write U+FFFD for bytes that are not UTF-8, instead of copying them unchanged.")
  var replaceInvalid = false

  @OptionGroup var progress: ProgressOptions

  @OptionGroup var records: RecordOptions

  @OptionGroup var document: DocumentOptions

  @Argument(help: "Files to rewrite; none or '-' reads standard input.")
  var files: [String] = []

  func run() throws {
    progress.apply()
    let annotator = try lexicon.makeAnnotator()
    let options = AnnotationOptions(labelLanguage: to, date: date)
    if records.isRecords { return try normalizeRecords(annotator: annotator, options: options) }
    // Invalid bytes are always decoded, to be copied back or (when asked) shown as U+FFFD.
    var decoding = InputOptions()
    decoding.replaceInvalid = true
    var warned = false
    try forEachAnnotatedSegment(
      of: files, options: decoding, annotator: annotator, annotation: options,
      documentLimit: document.limit
    ) { segment, source, mentions in
      if segment.byteOffset == 0 { warned = false }
      if !replaceInvalid, !warned, let first = segment.replacements.first {
        warned = true
        let offset = segment.inputOffset(ofTextOffset: first.textOffset)
        Report.warning("invalid UTF-8 at byte \(offset) copied unchanged", path: source.name)
      }
      Standard.output.write { output in
        ByteRewrite.append(
          segment, replacing: mentions, restoringInvalidBytes: !replaceInvalid, to: &output)
      }
      if segment.endsLine { Standard.output.write("\n") }
    }
  }
}

/// A segment's input bytes with each mention replaced by its label, like
/// `Annotator.rewrite`, but bytes that were not UTF-8 can come back exactly as they were.
enum ByteRewrite {
  static func append(
    _ segment: TextSegment, replacing mentions: [Mention], restoringInvalidBytes: Bool,
    to output: inout [UInt8]
  ) {
    var pending = restoringInvalidBytes ? segment.replacements[...] : []
    var text = segment.text
    text.withUTF8 { source in
      var copied = 0
      // Copies the text up to `end`, putting back the input bytes of each U+FFFD on the way.
      func copy(upTo end: Int) {
        while let replacement = pending.first, replacement.textOffset < end {
          output.append(contentsOf: source[copied..<replacement.textOffset])
          output.append(contentsOf: replacement.inputBytes)
          copied = replacement.textOffset + 3
          pending.removeFirst()
        }
        output.append(contentsOf: source[copied..<end])
        copied = end
      }
      for mention in mentions {
        let start = segment.textOffset(ofInputOffset: mention.start)
        let end = segment.textOffset(ofInputOffset: mention.end)
        guard start >= copied, start <= end, end <= source.count else { continue }
        copy(upTo: start)
        output.append(contentsOf: mention.label.utf8)
        while let replacement = pending.first, replacement.textOffset < end {
          pending.removeFirst()
        }
        copied = end
      }
      copy(upTo: source.count)
    }
  }
}
