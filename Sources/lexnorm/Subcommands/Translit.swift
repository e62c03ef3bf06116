import ArgumentParser
import LexNorm

struct Translit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "translit",
    abstract: "Rewrite text into another script, one output line per input line.",
    discussion: """
      Mixed Latin/Cyrillic look-alike letters are repaired first (Тô Лам: Cyrillic Т, Latin ô).
      Without TEXT, standard input is read line by line and each line is printed as soon as it
      is read.

      Examples:
        lexnorm translit --to ascii "Lương Cường"     # Luong Cuong
        lexnorm translit --to latin "Лыонг Кыонг"     # Lyong Kyong
        lexnorm translit --to ascii "Тô Лам"          # To Lam
        lexnorm translit --to ru "Lương Cường"        # Лыонг Кыонг (practical transcription)
        lexnorm translit --to ru "Trần Văn Rón"       # Чан Ван Жон
        lexnorm translit --to vi "Лыонг Кыонг"        # Luong Cuong (best Vietnamese reading)
        lexnorm translit --to vi "Тран Вана"          # Tran Van (naive spelling, case ending)
        cat names.txt | lexnorm translit --to ascii
      """
  )

  @Option(help: "Target: \(TransliterationTarget.allCases.map(\.rawValue).joined(separator: ", ")).")
  var to: TransliterationTarget

  @OptionGroup var input: InputOptions

  @Argument(help: "Text to convert; each argument is printed on its own line.")
  var text: [String] = []

  func run() throws {
    if !text.isEmpty {
      for item in text {
        Standard.output.write(try Transliteration.convert(item, to: to) + "\n")
      }
      Standard.output.flush()
      return
    }
    try forEachSegment(of: [], options: input) { segment, _ in
      Standard.output.write(try Transliteration.convert(segment.text, to: to))
      if segment.endsLine { Standard.output.write("\n") }
    }
  }
}

extension TransliterationTarget: ExpressibleByArgument {}
