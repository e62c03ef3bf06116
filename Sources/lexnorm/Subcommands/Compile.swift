import ArgumentParser
import Foundation
import LexNorm

struct Compile: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Compile lexicons into one index file that loads in milliseconds.",
    usage: "lexnorm compile [<options>] [<paths> ...] -o <output>",
    discussion: """
      The output holds the bundled lexicon (unless --no-default-lexicon) and
      every PATH ('-': standard input), with the phrase index already built.
      Use it with --lexicon FILE.lnx. The file carries a format version and a
      checksum: a stale or damaged file is rejected, never trusted.

      A regular file is replaced atomically (written beside it, then renamed),
      so a failed run leaves the old file intact; anything else (a device, a
      pipe) is written in place; -o - writes to standard output.

      Examples:
        lexnorm compile my-lexicon/ -o my.lnx
        lexnorm annotate --lexicon my.lnx archive.txt
      """
  )

  @Flag(name: .customLong("no-default-lexicon"), help: "Leave out the bundled lexicon.")
  var noDefaultLexicon = false

  @Option(name: .shortAndLong, help: "The compiled lexicon file to write; '-': standard output.")
  var output: String

  @OptionGroup var progress: ProgressOptions

  @Argument(help: "Lexicon files or directories (YAML).")
  var paths: [String] = []

  func validate() throws {
    if paths.isEmpty && noDefaultLexicon {
      throw ValidationError("nothing to compile: give lexicon paths or drop --no-default-lexicon")
    }
  }

  func run() throws {
    progress.apply()
    let status = Progress.shared
    status.say("loading lexicons…")
    let annotator: Annotator
    if paths.isEmpty {
      annotator = try bundledAnnotator()  // already compiled into lexnorm
    } else {
      let lexicon = try loadLexicon(paths: paths, includeBundled: !noDefaultLexicon)
      status.say("building the index of \(lexicon.entities.count) entities…")
      annotator = Annotator(lexicon: lexicon)
    }
    let bytes = annotator.compiled()
    let summary = "\(output): \(annotator.lexicon.entities.count) entities, \(bytes.count) bytes\n"
    guard output != "-" else {
      Standard.output.write { $0.append(contentsOf: bytes) }
      status.clear()
      Standard.error.write(summary)
      return
    }
    status.say("writing \(output)…")
    do {
      try OutputFile.write(bytes, to: output)
    } catch {
      Report.error("cannot write: \(error)", path: output)
      throw ExitCode(1)
    }
    status.clear()
    Standard.output.write(summary)
  }
}
