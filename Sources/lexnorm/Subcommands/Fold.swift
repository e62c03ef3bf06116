import ArgumentParser
import LexNorm

struct Fold: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the comparison key of each TEXT (or of each line of standard input).",
    discussion: """
      The key is lower case with diacritics removed (đ → d, ß → ss, ё → е); spellings with the
      same key are treated as the same name by exact-key matching.

      Examples:
        lexnorm fold "Đặng Thị Ngọc Thịnh"            # dang thi ngoc thinh
        lexnorm fold "Generalsekretär" "ЁЛКА"         # generalsekretar, елка
      """
  )

  @OptionGroup var input: InputOptions

  @Argument(help: "Text to fold; each argument is printed on its own line.")
  var text: [String] = []

  func run() throws {
    if !text.isEmpty {
      for item in text { Standard.output.write(Folding.key(item) + "\n") }
      Standard.output.flush()
      return
    }
    try forEachSegment(of: [], options: input) { segment, _ in
      Standard.output.write(Folding.key(segment.text))
      if segment.endsLine { Standard.output.write("\n") }
    }
  }
}
