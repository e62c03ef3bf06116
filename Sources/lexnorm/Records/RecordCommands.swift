import ArgumentParser
import LexNorm

extension Annotate {
  /// `--input jsonl`: the mentions of each record, each naming its record's ID and line.
  func annotateRecords(annotator: Annotator, options: AnnotationOptions) throws {
    guard format == .jsonl else {
      throw ValidationError("--format text needs --input text; records give JSON Lines only")
    }
    try records.rejectReplaceInvalid(input.replaceInvalid)
    let session = annotator.makeDocumentSession(options: options)
    try forEachRecord(of: files, options: records) { record in
      let result = session.annotate(record.document)
      // The record's ID as written, its line and the date used for roles (jobs partition by it).
      var members =
        Array(", \"doc\": ".utf8) + record.rawID + Array(", \"line\": \(record.line)".utf8)
      if let date = result.date {
        members += Array(", \"date\": ".utf8)
        JSONText.appendString(date.description, to: &members)
      }
      Standard.output.write { output in
        for mention in result.mentions {
          JSONText.appendMention(
            mention, sourceKey: "file", source: record.source, extraMembers: members, to: &output)
          output.append(0x0A)
        }
      }
    }
  }
}

extension Normalize {
  /// `--input jsonl`: each record written back with its text rewritten; a record without
  /// mentions comes out byte for byte as it came in.
  func normalizeRecords(annotator: Annotator, options: AnnotationOptions) throws {
    try records.rejectReplaceInvalid(replaceInvalid)
    let session = annotator.makeDocumentSession(options: options)
    try forEachRecord(of: files, options: records) { record in
      let mentions = session.annotate(record.document).mentions
      Standard.output.write { output in
        if mentions.isEmpty {
          output.append(contentsOf: record.bytes)
        } else {
          let text = Annotator.rewrite(record.document.text, replacing: mentions, byteOffset: 0)
          output.append(contentsOf: record.replacingText(with: text))
        }
        if record.endsWithNewline { output.append(0x0A) }
      }
    }
  }
}

extension Lookup {
  /// `--input jsonl` (standard input): each record's text field is one query; the answers are
  /// JSON Lines naming the record, whatever `--format` says.
  func lookUpRecords(annotator: Annotator) throws {
    guard names.isEmpty else {
      throw ValidationError("with --input jsonl, queries are read from standard input, not NAME")
    }
    try records.rejectReplaceInvalid(input.replaceInvalid)
    try forEachRecord(of: [], options: records) { record in
      let candidates = annotator.lookup(record.document.text, labelLanguage: labelLanguage)
      Standard.output.write { output in
        output.append(contentsOf: "{\"file\": \"-\", \"doc\": ".utf8)
        output.append(contentsOf: record.rawID)
        output.append(contentsOf: ", \"line\": \(record.line), \"query\": ".utf8)
        JSONText.appendString(record.document.text, to: &output)
        output.append(
          contentsOf: ", \"candidates\": \(JSONText.array(candidates.map(JSONText.candidate)))}\n"
            .utf8)
      }
    }
  }
}
