import ArgumentParser

/// How commands that read documents split their input: whole files, or JSON Lines records.
struct RecordOptions: ParsableArguments {
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
  }

  @Option(
    name: .customLong("input"),
    help: """
      text (each file is one document) or jsonl (one JSON object per line, each a document \
      with its own ID and date).
      """)
  var format: Format = .text

  @Option(
    name: .customLong("text-field"),
    help:
      "With --input jsonl: the field holding the text; a dotted path for nested fields (body.text)."
  )
  var textField = "text"

  @Option(
    name: .customLong("id-field"),
    help: "With --input jsonl: the field holding the document ID (a string or number).")
  var idField = "id"

  @Option(
    name: .customLong("date-field"),
    help: """
      With --input jsonl: the field holding the document date (YYYY-MM-DD, or an ISO 8601 date \
      and time); records without one use --date, else the first date in their text.
      """)
  var dateField = "date"

  @Option(
    name: .customLong("max-record-bytes"),
    help: "With --input jsonl: longer lines are reported and skipped, so memory stays bounded.")
  var maximumRecordBytes = 64 << 20

  var isRecords: Bool { format == .jsonl }

  func validate() throws {
    for (option, path) in [
      ("--text-field", textField), ("--id-field", idField), ("--date-field", dateField),
    ]
    where path.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) {
      throw ValidationError("\(option) '\(path)' is not a field name or dotted path (body.text)")
    }
    if maximumRecordBytes < 1 { throw ValidationError("--max-record-bytes must be positive") }
  }

  /// Rejects `--replace-invalid` with records: JSON text is UTF-8 by definition, so a record
  /// with invalid UTF-8 is reported by line and byte and skipped, never silently repaired.
  func rejectReplaceInvalid(_ replaceInvalid: Bool) throws {
    guard isRecords, replaceInvalid else { return }
    throw ValidationError(
      "--replace-invalid applies to --input text only; with --input jsonl a record with invalid UTF-8 is reported by line and skipped"
    )
  }

  /// The three field paths, each as its keys' UTF-8, in the order text, ID, date.
  var fieldPaths: [[[UInt8]]] {
    [textField, idField, dateField].map { path in
      path.split(separator: ".", omittingEmptySubsequences: false).map { Array($0.utf8) }
    }
  }
}
