// libyaml (Yams' CYaml module) directly: its event parser is iterative (nesting is capped at
// 1000 levels instead of recursing), keeps duplicate keys and marks every node, and is about ten
// times faster than building Yams `Node`s, which also reject a whole file on its first
// duplicate key.
internal import CYaml

/// A YAML node with its 1-based position (column in characters), as lexicon validation needs it.
struct YAMLNode: Sendable {
  enum Content: Sendable {
    /// A scalar; `plain` when written without quotes or tag (so `true`, `~`, `1` keep a meaning).
    case scalar(String, plain: Bool)
    case sequence([YAMLNode])
    /// Pairs in written order, duplicates kept.
    case mapping([(key: YAMLNode, value: YAMLNode)])
    /// `*name`: lexicon files do not support aliases.
    case alias
  }

  var content: Content
  var line: Int
  var column: Int

  /// The scalar's text, unless it is a plain null (`~`, `null`, nothing).
  var text: String? {
    guard case .scalar(let text, let plain) = content else { return nil }
    if plain, Self.isNullWord(text) { return nil }
    return text
  }

  var isNull: Bool {
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
struct YAMLSyntaxError: Error {
  var message: String
  var line: Int
  var column: Int
}

enum YAMLReader {
  /// The documents of a UTF-8 YAML stream.
  static func documents(of bytes: UnsafeBufferPointer<UInt8>) -> Result<[YAMLNode], YAMLSyntaxError>
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
        builder.open(YAMLNode(content: .sequence([]), line: line, column: column))
      case YAML_MAPPING_START_EVENT:
        builder.open(YAMLNode(content: .mapping([]), line: line, column: column))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        builder.close()
      default:
        break  // stream and document start/end
      }
    }
  }

  private static func syntaxError(
    of parser: yaml_parser_t, in bytes: UnsafeBufferPointer<UInt8>
  ) -> YAMLSyntaxError {
    var problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
    if problem.hasPrefix("Maximum nesting level") {
      problem = "nesting deeper than 1000 levels"
    }
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
  static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
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
