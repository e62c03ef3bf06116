import ArgumentParser
import LexNorm

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `lexnorm` command line: argument parsing and printing only; the work is in `LexNorm`.
@main
struct LexNormCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lexnorm",
    abstract: "Find names, titles and terms in vi/en/de/ru text and map every spelling to one ID.",
    discussion: """
      Exit status: 0 success, 1 bad input (the message names the file and byte), 2 usage error.

      Without --lexicon, commands use the lexicon built into lexnorm.

      Examples:
        lexnorm annotate article.txt             # JSON Lines, one per mention
        lexnorm normalize --to en article.txt    # mentions rewritten to labels
        lexnorm lookup "Лыонгу Кыонгу"           # person:luong-cuong
        lexnorm translit --to ascii "Тô Лам"     # To Lam
        lexnorm fold "Đặng Thị Ngọc Thịnh"       # dang thi ngoc thinh
        lexnorm validate Lexicons                # every problem, file:line:col
        lexnorm compile my-lexicon/ -o my.lnx    # loads in milliseconds
        lexnorm stats                            # entities per kind, with sources
      """,
    subcommands: [
      Annotate.self, Normalize.self, Lookup.self, Translit.self, Fold.self, Validate.self,
      Compile.self, Stats.self, Bench.self,
    ]
  )

  /// Parses and runs, mapping errors to LexNorm's exit statuses (usage errors exit 2, not 64).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let exit as ExitCode {
      Self.exit(withError: exit)
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        let message = fullMessage(for: error)
        Standard.error.write(message + "\n")
        Standard.error.flush()
        Glibc.exit(2)
      }
      Self.exit(withError: error)
    }
  }
}
