import ArgumentParser
import Foundation
import LexNorm

struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check lexicon files and report every problem, for editors and CI.",
    discussion: """
      Checks every file given and every *.yaml / *.yml file in the folders given \
      (recursively), and reports all findings of the run, one per line:

        path:line:column: error|warning: message [rule-id]

      Files are checked as additions to the bundled lexicon, as `--lexicon` uses them: roles \
      and `replaced-by` may name bundled entities, an entity replaces the bundled one with its \
      ID, and a form shared with a bundled entity is reported with both places. \
      --no-default-lexicon checks the files alone.

      Exit status: 0 when there is no error (warnings allowed unless --strict), 1 when there \
      is one, 2 on usage errors. Lexicons/README.md describes the format and every rule.

      Examples:
        lexnorm validate Lexicons                     # the bundled lexicon's sources
        lexnorm validate --strict my-lexicon/         # fail on warnings too
        lexnorm validate --no-default-lexicon x.yaml  # without the bundled lexicon
        lexnorm validate --format github Lexicons     # annotations in GitHub Actions
        lexnorm validate --format json a.yaml b.yaml  # for other tools

      Rules:
      \(LexiconRule.allCases.map { "  \($0.rawValue): \($0.summary)" }.joined(separator: "\n"))
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, github
  }

  @Option(help: "Output format: text (path:line:column), json (an array), github (annotations).")
  var format: Format = .text

  @Flag(help: "Exit 1 on warnings too.")
  var strict = false

  @Flag(
    name: .customLong("no-default-lexicon"),
    help: "Check the files alone, not as additions to the bundled lexicon.")
  var noDefaultLexicon = false

  @Argument(help: "Lexicon files and folders.")
  var paths: [String] = []

  func validate() throws {
    guard !paths.isEmpty else { throw ValidationError("Name at least one lexicon file or folder.") }
  }

  func run() throws {
    let validator = LexiconValidator(russianTranscription: { VietnameseTranscription.russian($0) })
    let base = noDefaultLexicon ? nil : try bundledLexicon()
    let report = validator.validate(paths.map { URL(fileURLWithPath: $0) }, against: base)
    switch format {
    case .text:
      for diagnostic in report.diagnostics { Standard.output.write(diagnostic.description + "\n") }
    case .json:
      Standard.output.write(DiagnosticFormat.json(report.diagnostics))
    case .github:
      for diagnostic in report.diagnostics {
        Standard.output.write(DiagnosticFormat.githubAnnotation(diagnostic) + "\n")
      }
    }
    Standard.output.flush()
    let failed = report.hasErrors || (strict && !report.diagnostics.isEmpty)
    if failed { throw ExitCode(1) }
  }
}

/// Machine-readable renderings of diagnostics.
enum DiagnosticFormat {
  /// A JSON array with one object per line: path, line, column, severity, rule, message.
  static func json(_ diagnostics: [Diagnostic]) -> String {
    guard !diagnostics.isEmpty else { return "[]\n" }
    let objects = diagnostics.map { diagnostic in
      let line = diagnostic.line.map(String.init) ?? "null"
      let column = diagnostic.column.map(String.init) ?? "null"
      return "  {\"path\": \(jsonString(diagnostic.path)), \"line\": \(line), "
        + "\"column\": \(column), \"severity\": \"\(diagnostic.severity.rawValue)\", "
        + "\"rule\": \"\(diagnostic.rule.rawValue)\", "
        + "\"message\": \(jsonString(diagnostic.message))}"
    }
    return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
  }

  private static func jsonString(_ text: String) -> String {
    var quoted = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": quoted += "\\\""
      case "\\": quoted += "\\\\"
      case "\n": quoted += "\\n"
      case "\t": quoted += "\\t"
      case "\r": quoted += "\\r"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: quoted.unicodeScalars.append(scalar)
      }
    }
    return quoted + "\""
  }

  /// A GitHub Actions workflow command: `::error file=…,line=…,col=…::message [rule]`.
  static func githubAnnotation(_ diagnostic: Diagnostic) -> String {
    var properties = "file=" + escape(diagnostic.path, property: true)
    if let line = diagnostic.line { properties += ",line=\(line)" }
    if let column = diagnostic.column { properties += ",col=\(column)" }
    let message = escape("\(diagnostic.message) [\(diagnostic.rule.rawValue)]", property: false)
    return "::\(diagnostic.severity.rawValue) \(properties)::\(message)"
  }

  /// GitHub's workflow-command escaping (`%`, CR, LF; in properties also `:` and `,`).
  private static func escape(_ text: String, property: Bool) -> String {
    var escaped = ""
    for character in text.unicodeScalars {
      switch character {
      case "%": escaped += "%25"
      case "\r": escaped += "%0D"
      case "\n": escaped += "%0A"
      case ":" where property: escaped += "%3A"
      case "," where property: escaped += "%2C"
      default: escaped.unicodeScalars.append(character)
      }
    }
    return escaped
  }
}
