import ArgumentParser
import Foundation

/// How many threads a command that annotates may use.
struct JobsOption: ParsableArguments {
  @Option(
    name: .customLong("jobs"),
    help: ArgumentHelp(
      "Threads to annotate with (default: all cores); the output is the same for any number.",
      valueName: "n"))
  var requested: Int?

  /// The number of threads: the one asked for, else one per core.
  var count: Int { requested ?? ProcessInfo.processInfo.activeProcessorCount }

  func validate() throws {
    if let requested, requested < 1 {
      throw ValidationError("--jobs must be at least 1, not \(requested).")
    }
  }
}
