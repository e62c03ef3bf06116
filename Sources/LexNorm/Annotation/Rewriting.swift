extension Annotator {
  /// `text` with every mention replaced by its entity's preferred label in `language`;
  /// everything else is left byte for byte as it was. An entity without a label in `language`
  /// gets its Vietnamese, else English label (``Entity/label(in:)``).
  ///
  /// ```swift
  /// annotator.normalize("Лыонгу Кыонгу вручили орден", to: .vi)   // "Lương Cường вручили орден"
  /// ```
  public func normalize(
    _ text: String, to language: LanguageTag, options: AnnotationOptions = AnnotationOptions()
  ) -> String {
    var options = options
    options.labelLanguage = language
    return Self.rewrite(text, replacing: annotate(text, options: options), byteOffset: 0)
  }

  /// `text` (which starts at `byteOffset` of its document) with each mention's span replaced by
  /// the mention's label. Mentions must be in document order and must not overlap.
  public static func rewrite(_ text: String, replacing mentions: [Mention], byteOffset: Int)
    -> String
  {
    rewrite(TextSegment(text: text, byteOffset: byteOffset, endsLine: false), replacing: mentions)
  }

  /// A segment's text with each mention's span (in input offsets, as ``AnnotationSession``
  /// reports them) replaced by the mention's label.
  public static func rewrite(_ segment: TextSegment, replacing mentions: [Mention]) -> String {
    guard !mentions.isEmpty else { return segment.text }
    var output: [UInt8] = []
    output.reserveCapacity(segment.text.utf8.count + 16 * mentions.count)
    var text = segment.text
    text.withUTF8 { source in
      var copied = 0
      for mention in mentions {
        let start = segment.textOffset(ofInputOffset: mention.start)
        let end = segment.textOffset(ofInputOffset: mention.end)
        guard start >= copied, start <= end, end <= source.count else { continue }
        output.append(contentsOf: source[copied..<start])
        output.append(contentsOf: mention.label.utf8)
        copied = end
      }
      output.append(contentsOf: source[copied...])
    }
    return String(decoding: output, as: UTF8.self)
  }
}
