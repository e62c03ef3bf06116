import ArgumentParser
import LexNorm

/// One JSON Lines record read as a document: its raw line (for rewriting in place) and fields.
struct Record {
  /// The input's name (`-` for standard input).
  let source: String
  /// 1-based line number in the input.
  let line: Int
  /// The line as read, without its line feed.
  let bytes: ArraySlice<UInt8>
  let endsWithNewline: Bool
  /// Where the text field's value (quotes included) lies in `bytes`, counted from its start.
  let textSpan: Range<Int>
  /// The ID field's value as written (a JSON string or number), or `null` when absent.
  let rawID: [UInt8]
  let document: Document
}

/// A record that cannot be read as a document.
struct RecordError: Error, CustomStringConvertible {
  let source: String
  let line: Int
  let message: String
  var description: String { "\(source):\(line): \(message)" }
}

extension Record {
  /// Reads `bytes` (line `line` of `source`) with the fields of `options`.
  init(
    source: String, line: Int, bytes: ArraySlice<UInt8>, endsWithNewline: Bool,
    options: RecordOptions
  ) throws(RecordError) {
    func failure(_ message: String) -> RecordError {
      RecordError(source: source, line: line, message: message)
    }
    let scanned: (text: Range<Int>, textValue: String, id: [UInt8], date: CalendarDate?)
    do {
      scanned = try bytes.withUnsafeBufferPointer { buffer throws(RecordError) in
        let result: (kind: JSONKind, values: [JSONValueSpan?])
        do throws(JSONSyntaxError) {
          result = try JSONScanner.scan(buffer, paths: options.fieldPaths)
        } catch {
          throw failure("invalid JSON at byte \(error.byteOffset): \(error.message)")
        }
        guard result.kind == .object else {
          throw failure("the record is \(result.kind.described), not a JSON object")
        }
        func string(_ span: JSONValueSpan) throws(RecordError) -> String {
          do throws(JSONSyntaxError) {
            return try JSONScanner.decodeString(buffer, span.range)
          } catch {
            throw failure("invalid JSON at byte \(error.byteOffset): \(error.message)")
          }
        }
        guard let text = result.values[0] else {
          throw failure("no \"\(options.textField)\" field")
        }
        guard text.kind == .string else {
          throw failure("field \"\(options.textField)\" is \(text.kind.described), not a string")
        }
        var id = Array("null".utf8)
        if let span = result.values[1], span.kind != .null {
          guard span.kind == .string || span.kind == .number else {
            throw failure(
              "field \"\(options.idField)\" is \(span.kind.described), not a string or number")
          }
          id = Array(buffer[span.range])
        }
        var date: CalendarDate?
        if let span = result.values[2], span.kind != .null {
          guard span.kind == .string else {
            throw failure("field \"\(options.dateField)\" is \(span.kind.described), not a string")
          }
          let written = try string(span)
          guard let parsed = Self.date(written) else {
            throw failure(
              "field \"\(options.dateField)\" is not a date (YYYY-MM-DD): \(JSONText.string(written))"
            )
          }
          date = parsed
        }
        return (text.range, try string(text), id, date)
      }
    }
    self.source = source
    self.line = line
    self.bytes = bytes
    self.endsWithNewline = endsWithNewline
    textSpan = scanned.text
    rawID = scanned.id
    let documentID =
      scanned.id.first == UInt8(ascii: "\"")
      ? String(decoding: scanned.id.dropFirst().dropLast(), as: UTF8.self)
      : String(decoding: scanned.id, as: UTF8.self)
    document = Document(id: documentID, text: scanned.textValue, date: scanned.date)
  }

  /// `YYYY-MM-DD`, alone or starting an ISO 8601 date and time (`2025-07-19T08:30:00+07:00`).
  private static func date(_ text: String) -> CalendarDate? {
    let utf8 = text.utf8
    if utf8.count > 10, let separator = utf8.dropFirst(10).first,
      separator == UInt8(ascii: "T") || separator == UInt8(ascii: " ")
    {
      return CalendarDate(iso8601: text.prefix(10))
    }
    return CalendarDate(iso8601: text)
  }

  /// The line with the text field's value replaced by `text`, every other byte unchanged.
  func replacingText(with text: String) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 64)
    output.append(contentsOf: bytes.prefix(textSpan.lowerBound))
    JSONText.appendString(text, to: &output)
    output.append(contentsOf: bytes.dropFirst(textSpan.upperBound))
    return output
  }
}

/// Runs `body` on each record of each input (`-` or none: standard input), flushing standard
/// output after each so a consumer on a pipe sees every document's results at once. A bad record
/// or input is reported by name and line and skipped; the command exits 1 after the rest.
func forEachRecord(of paths: [String], options: RecordOptions, _ body: (Record) throws -> Void)
  throws
{
  var reporter = InputErrorReporter()
  for path in paths.isEmpty ? ["-"] : paths {
    do {
      let reader = try LineReader(path: path, maximumLineBytes: options.maximumRecordBytes)
      while let line = try reader.next() {
        switch line {
        case .tooLong(let number):
          reporter.report(
            "record longer than \(options.maximumRecordBytes) bytes", path: "\(path):\(number)")
        case .text(let number, var bytes, let endsWithNewline):
          // A byte-order mark starting the input marks its encoding; it is no part of the JSON
          // text (RFC 8259 forbids writing one, so `normalize` does not copy it either).
          if number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
          // Blank lines (a trailing one, say) separate nothing and are no records.
          if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
          do {
            try body(
              Record(
                source: path, line: number, bytes: bytes, endsWithNewline: endsWithNewline,
                options: options))
          } catch let error as RecordError {
            reporter.report(error.message, path: "\(error.source):\(error.line)")
          }
          Standard.output.flush()
          Progress.shared.countDocument()
          Progress.shared.advance(to: reader.bytesRead, of: reader.size, name: path)
        }
      }
    } catch let error as LineReader.Failure {
      reporter.report(error.reason, path: error.path)
    }
  }
  Standard.output.flush()
  if reporter.failed { throw ExitCode(1) }
}
