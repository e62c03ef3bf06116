import ArgumentParser
import Foundation
import LexNorm

struct Compile: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Compile lexicons into one index file that loads in milliseconds.",
    discussion: """
      The output holds the bundled lexicon (unless --no-default-lexicon) and every PATH, with
      the phrase index already built. Use it with --lexicon FILE.lnx. The file carries a format
      version and a checksum: a stale or damaged file is rejected, never trusted.

      Examples:
        lexnorm compile my-lexicon/ -o my.lnx
        lexnorm annotate --lexicon my.lnx archive.txt
      """
  )

  @Flag(name: .customLong("no-default-lexicon"), help: "Leave out the bundled lexicon.")
  var noDefaultLexicon = false

  @Option(name: .shortAndLong, help: "The compiled lexicon file to write.")
  var output: String

  @Argument(help: "Lexicon files or directories (YAML).")
  var paths: [String] = []

  func validate() throws {
    if paths.isEmpty && noDefaultLexicon {
      throw ValidationError("nothing to compile: give lexicon paths or drop --no-default-lexicon")
    }
  }

  func run() throws {
    var progress = TerminalStatus()
    progress.say("loading lexicons…")
    let lexicon = try loadLexicon(paths: paths, includeBundled: !noDefaultLexicon)
    progress.say("building the index of \(lexicon.entities.count) entities…")
    let bytes = Annotator(lexicon: lexicon).compiled()
    progress.say("writing \(output)…")
    do {
      try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
      Standard.error.write("lexnorm: error: \(output): cannot write: \(reason(for: error))\n")
      throw ExitCode(1)
    }
    progress.done()
    Standard.output.write("\(output): \(lexicon.entities.count) entities, \(bytes.count) bytes\n")
    Standard.output.flush()
  }

  /// A short reason (`is a directory`, `no such folder`) rather than Foundation's sentence.
  private func reason(for error: Error) -> String {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return "is a directory"
    }
    switch (error as? CocoaError)?.code {
    case .fileNoSuchFile?, .fileReadNoSuchFile?:
      return "no such folder: \(URL(fileURLWithPath: output).deletingLastPathComponent().path)"
    case .fileWriteNoPermission?: return "permission denied"
    case .fileWriteOutOfSpace?: return "no space left on device"
    case .fileWriteVolumeReadOnly?: return "read-only file system"
    default: return error.localizedDescription
    }
  }
}
