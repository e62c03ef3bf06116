import ArgumentParser
import LexNorm

struct Stats: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Count a lexicon's entities per kind, and how many have sources.",
    discussion: """
      Examples:
        lexnorm stats                                  # the bundled lexicon
        lexnorm stats --lexicon mine/                  # bundled plus mine
        lexnorm stats --no-default-lexicon --lexicon mine/ --format json
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var lexicon: LexiconOptions

  @Option(help: "Output format: text (one count a line) or json (one object).")
  var format: Format = .text

  func run() throws {
    let statistics = try lexicon.chosenLexicon().statistics
    // Kinds in plural: `persons`, `titles`, …
    let kinds = EntityKind.allCases.map { ($0.rawValue + "s", statistics.byKind[$0] ?? 0) }
    let rows: [(String, Int)] =
      kinds + [
        ("total", statistics.total), ("with_sources", statistics.withSources),
        ("unverified", statistics.unverified),
        ("with_external_ids", statistics.withExternalIDs), ("roles", statistics.roles),
        ("roles_with_source", statistics.rolesWithSource),
      ]
    switch format {
    case .text:
      let width = rows.map(\.0.count).max() ?? 0
      for (name, count) in rows {
        Standard.output.write(
          name.replacingOccurrences(of: "_", with: " ")
            + String(repeating: " ", count: width - name.count + 2) + "\(count)\n")
      }
    case .json:
      let fields = rows.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ")
      Standard.output.write("{\(fields)}\n")
    }
    Standard.output.flush()
  }
}
