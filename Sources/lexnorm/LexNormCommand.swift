import ArgumentParser
import LexNorm

/// The `lexnorm` command line: argument parsing and printing only; the work is in `LexNorm`.
@main
struct LexNormCommand: ParsableCommand {
  static let version =
    "lexnorm \(LexNormRelease.version) (compiled lexicons: .lnx format "
    + "\(LexNormRelease.compiledLexiconFormat))"

  static let configuration = CommandConfiguration(
    commandName: "lexnorm",
    abstract: "Find names, titles and terms in vi/en/de/ru text; map every spelling to one ID.",
    discussion: """
      \(version)

      Exit status: 0 success; 1 bad input or a failed write (the message names
      the file and byte); 2 usage error. Messages read `lexnorm: PATH: error: …`.
      Wherever a command reads files or text, `-` means standard input.

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
    version: version,
    subcommands: [
      Annotate.self, Normalize.self, Lookup.self, Translit.self, Fold.self, Validate.self,
      Compile.self, Stats.self, Bench.self,
    ]
  )

  /// Parses and runs, mapping errors to LexNorm's exit statuses (usage errors exit 2, not 64)
  /// and its message format; output still buffered is written (or its failure reported) first.
  static func main() {
    if let typo = misspelledCommand(CommandLine.arguments.dropFirst().first) {
      Report.error(typo)
      Platform.exit(2)
    }
    do {
      var command = try parseAsRoot()
      try command.run()
      finish()
    } catch let exit as ExitCode {
      finish()
      Self.exit(withError: exit)
    } catch {
      finish()
      let code = exitCode(for: error)
      guard code != .success else { Self.exit(withError: error) }  // --help, --version
      var message = fullMessage(for: error)
      if message.hasPrefix("Error: ") { message = "lexnorm: error: " + message.dropFirst(7) }
      Standard.error.write(message + "\n")
      Platform.exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }

  private static func finish() {
    Standard.output.flush()
    Progress.shared.clear()
  }

  /// The message for a first argument that is no command but one typo away from one.
  static func misspelledCommand(_ argument: String?) -> String? {
    guard let argument, !argument.hasPrefix("-") else { return nil }
    var names = ["help"]
    for command in configuration.subcommands where command.configuration.shouldDisplay {
      names.append(command._commandName)
    }
    guard !names.contains(argument),
      let near = ArgumentValues.nearest(to: argument, among: names)
    else { return nil }
    return "unknown command '\(argument)'; did you mean '\(near)'? (see `lexnorm help`)"
  }
}
