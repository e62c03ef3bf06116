import ArgumentParser
import LexNorm

struct Translit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "translit",
    abstract: "Rewrite text into another script, one output line per input line.",
    usage: "lexnorm translit --to <target> [<options>] [<text> ...]",
    discussion: """
      Mixed Latin/Cyrillic look-alike letters are repaired first (Тô Лам:
      Cyrillic Т, Latin ô). Without TEXT, or for a TEXT of '-', standard input
      is read line by line. --to ascii prints ASCII only: a byte-order mark
      (U+FEFF) is dropped.

      Examples:
        lexnorm translit --to ascii "Lương Cường"    # Luong Cuong
        lexnorm translit --to latin "Лыонг Кыонг"    # Lyong Kyong
        lexnorm translit --to ascii "Тô Лам"         # To Lam
        lexnorm translit --to ru "Lương Cường"       # Лыонг Кыонг
        lexnorm translit --to ru "Trần Văn Rón"      # Чан Ван Жон
        lexnorm translit --to vi "Лыонг Кыонг"       # Luong Cuong
        lexnorm translit --to vi "Тран Вана"         # Tran Van
        cat names.txt | lexnorm translit --to ascii -

      ru is the Russian practical transcription of Vietnamese names; vi reads
      Russian back (the best Vietnamese reading, naive spellings and case
      endings included).
      """
  )

  @Option(
    help: ArgumentHelp(
      "Target: \(TransliterationTarget.allCases.map(\.rawValue).joined(separator: ", ")).",
      valueName: "target"),
    completion: .list(TransliterationTarget.allCases.map(\.rawValue)),
    transform: ArgumentValues.target)
  var to: TransliterationTarget

  @OptionGroup var input: InputOptions

  @Argument(help: "Text to convert, each printed on its own line; '-' reads standard input.")
  var text: [String] = []

  func run() throws {
    try forEachText(text, options: input) { item, endsLine in
      var converted = try Transliteration.convert(item, to: to)
      if to == .ascii { converted.unicodeScalars.removeAll { $0 == "\u{FEFF}" } }
      Standard.output.write(endsLine ? converted + "\n" : converted)
    }
  }
}
