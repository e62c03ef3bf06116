@testable import LexNorm

/// Text with its expected mentions marked in place, as swift-format's tests mark findings:
/// `"Президент [Лыонг Кыонг|person:luong-cuong] принял"` is the text
/// `Президент Лыонг Кыонг принял` with one mention of `person:luong-cuong` at UTF-8 bytes
/// 19..<40, so no test counts offsets by hand. Marks may nest
/// (`[member of the [Politburo|organization:politburo]|title:politburo-member]`); the text
/// itself must not contain `[`, `|` or `]`.
struct MarkedText {
  /// One marked span: UTF-8 byte offsets into ``MarkedText/text``, the span's text and its ID.
  struct Mark: Equatable, CustomStringConvertible {
    var start: Int
    var end: Int
    var text: String
    var id: String

    var description: String { "[\(text)|\(id)] at \(start)..<\(end)" }
  }

  /// The text without the marks.
  let text: String
  /// The marks in the order the annotator reports mentions: by start, longer first.
  let marks: [Mark]

  init(_ marked: String) {
    var bytes: [UInt8] = []
    var open: [Int] = []  // starts of the marks not yet closed
    var marks: [Mark] = []
    var id: [UInt8]? = nil  // the ID being read, after a `|`
    for byte in marked.utf8 {
      switch (byte, id) {
      case (UInt8(ascii: "["), nil):
        open.append(bytes.count)
      case (UInt8(ascii: "|"), nil):
        precondition(!open.isEmpty, "`|` outside a mark in \(marked)")
        id = []
      case (UInt8(ascii: "]"), let name?):
        let start = open.removeLast()
        let text = String(decoding: bytes[start...], as: UTF8.self)
        marks.append(
          Mark(
            start: start, end: bytes.count, text: text, id: String(decoding: name, as: UTF8.self)))
        id = nil
      case (_, var name?):
        name.append(byte)
        id = name
      default:
        bytes.append(byte)
      }
    }
    precondition(open.isEmpty && id == nil, "unclosed mark in \(marked)")
    text = String(decoding: bytes, as: UTF8.self)
    self.marks = marks.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
  }
}

extension MarkedText.Mark {
  /// What `mention` marks.
  init(_ mention: Mention) {
    self.init(start: mention.start, end: mention.end, text: mention.text, id: mention.id)
  }
}
