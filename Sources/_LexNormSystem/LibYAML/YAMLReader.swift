// The system's libyaml (CYAML) directly: its event parser is iterative (nesting is capped at
// 1000 levels below, instead of recursing), keeps duplicate keys and marks every node, and is
// about ten times faster than building a tree of YAML library nodes, which would also reject a
// whole file on its first duplicate key.
internal import CYAML

/// A YAML node with its 1-based position (column in characters), as lexicon validation needs it.
package struct YAMLNode: Sendable {
  package enum Content: Sendable {
    /// A scalar; `plain` when written without quotes or tag (so `true`, `~`, `1` keep a meaning).
    case scalar(String, plain: Bool)
    case sequence([YAMLNode])
    /// Pairs in written order, duplicates kept.
    case mapping([(key: YAMLNode, value: YAMLNode)])
    /// `*name`: lexicon files do not support aliases.
    case alias
  }

  package var content: Content
  package var line: Int
  package var column: Int

  /// The scalar's text, unless it is a plain null (`~`, `null`, nothing).
  package var text: String? {
    guard case .scalar(let text, let plain) = content else { return nil }
    if plain, Self.isNullWord(text) { return nil }
    return text
  }

  package var isNull: Bool {
    guard case .scalar(let text, let plain) = content else { return false }
    return plain && Self.isNullWord(text)
  }

  private static func isNullWord(_ text: String) -> Bool {
    switch text {
    case "", "~", "null", "Null", "NULL": true
    default: false
    }
  }
}

/// A YAML syntax error with its 1-based position.
package struct YAMLSyntaxError: Error {
  package var message: String
  package var line: Int
  package var column: Int
}

package enum YAMLReader {
  /// Collections may nest this deep; one more level is a syntax error.
  private static var maximumNesting: Int { 1000 }

  /// The documents of a UTF-8 YAML stream.
  package static func documents(of bytes: UnsafeBufferPointer<UInt8>)
    -> Result<[YAMLNode], YAMLSyntaxError>
  {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      return .failure(YAMLSyntaxError(message: "out of memory", line: 1, column: 1))
    }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)

    var builder = TreeBuilder()
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else {
        return .failure(syntaxError(of: parser, in: bytes))
      }
      defer { yaml_event_delete(&event) }
      let line = event.start_mark.line + 1
      let column = event.start_mark.column + 1
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return .success(builder.documents)
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        let text = String(
          decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
        let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.tag == nil
        builder.add(YAMLNode(content: .scalar(text, plain: plain), line: line, column: column))
      case YAML_ALIAS_EVENT:
        builder.add(YAMLNode(content: .alias, line: line, column: column))
      case YAML_SEQUENCE_START_EVENT:
        if let error = nestingError(of: parser, at: event) { return .failure(error) }
        builder.open(YAMLNode(content: .sequence([]), line: line, column: column))
      case YAML_MAPPING_START_EVENT:
        if let error = nestingError(of: parser, at: event) { return .failure(error) }
        builder.open(YAMLNode(content: .mapping([]), line: line, column: column))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        builder.close()
      default:
        break  // stream and document start/end
      }
    }
  }

  /// The error for a collection that starts too deep, as libyaml's own nesting limit words and
  /// places it (Debian's libyaml 0.2.5 has none): the same count — the scanner's indentation
  /// levels plus its flow level, read right after the start event, before anything else is
  /// scanned — and the same marks: the node's start, and the token that opened it (`[` and `{`
  /// are one character; a block collection's start token is empty).
  private static func nestingError(of parser: yaml_parser_t, at event: yaml_event_t)
    -> YAMLSyntaxError?
  {
    guard let start = parser.indents.start, let top = parser.indents.top,
      start.distance(to: top) >= maximumNesting - Int(parser.flow_level)
    else { return nil }
    let isFlow =
      event.type == YAML_SEQUENCE_START_EVENT
      ? event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
      : event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
    let node = event.start_mark
    let token = event.end_mark
    return YAMLSyntaxError(
      message: "nesting deeper than \(maximumNesting) levels while parsing "
        + "(line \(node.line + 1), column \(node.column + 1))",
      line: token.line + 1, column: token.column + (isFlow ? 0 : 1))
  }

  private static func syntaxError(
    of parser: yaml_parser_t, in bytes: UnsafeBufferPointer<UInt8>
  ) -> YAMLSyntaxError {
    let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
    if parser.error == YAML_READER_ERROR {
      // Reader errors carry a byte offset, not a mark.
      let (line, column) = position(ofByte: parser.problem_offset, in: bytes)
      return YAMLSyntaxError(message: problem, line: line, column: column)
    }
    var message = problem
    if let context = parser.context.map({ String(cString: $0) }) {
      message +=
        " \(context) (line \(parser.context_mark.line + 1), "
        + "column \(parser.context_mark.column + 1))"
    }
    return YAMLSyntaxError(
      message: message, line: parser.problem_mark.line + 1,
      column: parser.problem_mark.column + 1)
  }

  /// The 1-based line and column (in characters) of the byte at `offset` of valid UTF-8 text.
  package static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> (Int, Int)
  {
    var line = 1
    var column = 1
    for byte in bytes.prefix(offset) {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }
}

/// Assembles nodes from events with an explicit stack (no recursion, whatever the depth).
private struct TreeBuilder {
  private(set) var documents: [YAMLNode] = []
  private var open: [YAMLNode] = []
  private var pendingKeys: [YAMLNode?] = []

  mutating func open(_ node: YAMLNode) {
    open.append(node)
    pendingKeys.append(nil)
  }

  mutating func close() {
    guard let node = open.popLast() else { return }
    pendingKeys.removeLast()
    add(node)
  }

  mutating func add(_ node: YAMLNode) {
    guard let parentIndex = open.indices.last else {
      documents.append(node)
      return
    }
    switch open[parentIndex].content {
    case .sequence(var items):
      open[parentIndex].content = .alias  // release the array so the append does not copy it
      items.append(node)
      open[parentIndex].content = .sequence(items)
    case .mapping(var pairs):
      guard let key = pendingKeys[parentIndex] else {
        pendingKeys[parentIndex] = node
        return
      }
      pendingKeys[parentIndex] = nil
      open[parentIndex].content = .alias
      pairs.append((key, node))
      open[parentIndex].content = .mapping(pairs)
    case .scalar, .alias:
      break  // only containers are ever opened
    }
  }
}
