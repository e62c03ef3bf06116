import ArgumentParser
import LexNorm

struct Fold: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the comparison key of each TEXT (or of each line of standard input).",
    usage: "lexnorm fold [<options>] [<text> ...]",
    discussion: """
      The key is lower case with diacritics removed (đ → d, ß → ss, ё → е);
      spellings with the same key are treated as the same name by exact-key
      matching. A TEXT of '-' reads standard input.

      Examples:
        lexnorm fold "Đặng Thị Ngọc Thịnh"       # dang thi ngoc thinh
        lexnorm fold "Generalsekretär" "ЁЛКА"    # generalsekretar, елка
      """
  )

  @OptionGroup var input: InputOptions

  @Argument(help: "Text to fold, each printed on its own line; '-' reads standard input.")
  var text: [String] = []

  func run() throws {
    try forEachText(text, options: input) { item, endsLine in
      Standard.output.write(Folding.key(item) + (endsLine ? "\n" : ""))
    }
  }
}
