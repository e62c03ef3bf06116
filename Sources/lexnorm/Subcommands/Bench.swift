import ArgumentParser
import Foundation
import LexNorm

/// Diagnostic timings for Benchmarks/run-side-by-side.sh; each prints one JSON line.
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Time annotate, lookup and lexicon loading (one JSON line each; for benchmarks).",
    discussion: """
      Release build assumed; annotate uses --jobs threads (default: all cores), the others \
      one. Seconds are wall-clock; peak_rss_mb is the process's peak resident memory. See \
      BENCHMARKS.md for how the figures are used.

      Examples:
        lexnorm bench annotate --corpus corpus.txt --no-default-lexicon --lexicon lexicon-10000.yaml
        lexnorm bench lookup --queries names.txt --lexicon lexicon-100000.yaml
        lexnorm bench load --no-default-lexicon --lexicon lexicon-100000.yaml
      """,
    shouldDisplay: false,
    subcommands: [AnnotateTiming.self, LookupTiming.self, LoadTiming.self]
  )

  struct AnnotateTiming: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "annotate",
      abstract: "Annotate files as `lexnorm annotate` does, counting mentions instead of printing.",
      discussion: """
        Prints {"mb", "seconds", "mb_per_s", "matches", "build_seconds", "peak_rss_mb", \
        "entities"}, the same summary as the Python peer (peer_annotate.py): seconds is the \
        annotation pass (reading included), build_seconds the lexicon load and index build.
        """
    )

    @OptionGroup var lexicon: LexiconOptions

    @Option(name: .customLong("corpus"), help: "A text file to annotate; repeatable.")
    var corpora: [String]

    @OptionGroup var input: InputOptions

    @OptionGroup var jobs: JobsOption

    func run() throws {
      let (annotator, buildSeconds) = try Measuring.time { try lexicon.makeAnnotator() }
      var bytes = 0
      var matches = 0
      let (_, seconds) = try Measuring.time {
        try forEachAnnotatedSegment(
          of: corpora, options: input, annotator: annotator, annotation: AnnotationOptions(),
          jobs: jobs.count
        ) { segment, _, mentions in
          matches += mentions.count
          bytes += segment.text.utf8.count + (segment.endsLine ? 1 : 0)
        }
      }
      let megabytes = Double(bytes) / 1e6
      Standard.output.write(
        Measuring.jsonLine([
          "mb": megabytes, "seconds": seconds, "mb_per_s": megabytes / max(seconds, 1e-9),
          "matches": Double(matches), "build_seconds": buildSeconds,
          "peak_rss_mb": Measuring.peakResidentMB(),
          "entities": Double(annotator.lexicon.entities.count),
        ]))
      Standard.output.flush()
    }
  }

  struct LookupTiming: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lookup",
      abstract: "Look up every line of a file and report the time per query.",
      discussion: """
        Prints {"queries", "found", "p50_us", "p90_us", "p99_us", "build_seconds", \
        "peak_rss_mb"}: percentiles over every timed lookup, after one untimed pass.
        """
    )

    @OptionGroup var lexicon: LexiconOptions

    @Option(help: "A file with one query per line.")
    var queries: String

    @OptionGroup var input: InputOptions

    @Option(help: "How many timed passes over the queries.")
    var rounds = 3

    func validate() throws {
      guard rounds > 0 else { throw ValidationError("--rounds must be at least 1") }
    }

    func run() throws {
      let (annotator, buildSeconds) = try Measuring.time { try lexicon.makeAnnotator() }
      var names: [String] = []
      try forEachSegment(of: [queries], options: input) { segment, _ in
        if !segment.text.isEmpty { names.append(segment.text) }
      }
      let found = names.filter { !annotator.lookup($0).isEmpty }.count
      var microseconds: [Double] = []
      microseconds.reserveCapacity(names.count * rounds)
      for _ in 0..<rounds {
        for name in names {
          microseconds.append(Measuring.time { annotator.lookup(name) }.seconds * 1e6)
        }
      }
      microseconds.sort()
      Standard.output.write(
        Measuring.jsonLine([
          "queries": Double(names.count), "found": Double(found),
          "p50_us": Measuring.percentile(0.5, of: microseconds),
          "p90_us": Measuring.percentile(0.9, of: microseconds),
          "p99_us": Measuring.percentile(0.99, of: microseconds),
          "build_seconds": buildSeconds, "peak_rss_mb": Measuring.peakResidentMB(),
        ]))
      Standard.output.flush()
    }
  }

  struct LoadTiming: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "load",
      abstract:
        "Time loading YAML lexicons, building and compiling the index, and loading it back.",
      discussion: """
        Prints {"entities", "yaml_seconds", "index_seconds", "build_seconds", "compile_seconds", \
        "lnx_mb", "lnx_load_ms", "peak_rss_mb"}. lnx_load_ms is the median of --rounds loads of \
        the compiled lexicon from a temporary file (reading the file included).
        """
    )

    @Option(name: .customLong("lexicon"), help: "A lexicon file or directory (YAML); repeatable.")
    var paths: [String] = []

    @Flag(name: .customLong("no-default-lexicon"), help: "Leave out the bundled lexicon.")
    var noDefaultLexicon = false

    @Option(help: "How many times the compiled lexicon is loaded.")
    var rounds = 5

    func validate() throws {
      guard rounds > 0 else { throw ValidationError("--rounds must be at least 1") }
    }

    func run() throws {
      let (lexicon, yamlSeconds) = try Measuring.time {
        try loadLexicon(paths: paths, includeBundled: !noDefaultLexicon)
      }
      let (annotator, indexSeconds) = Measuring.time { Annotator(lexicon: lexicon) }
      let (compiled, compileSeconds) = Measuring.time { annotator.compiled() }
      let file = FileManager.default.temporaryDirectory
        .appendingPathComponent("lexnorm-bench-\(ProcessInfo.processInfo.processIdentifier).lnx")
      try Data(compiled).write(to: file)
      defer { try? FileManager.default.removeItem(at: file) }
      var loadMilliseconds: [Double] = []
      for _ in 0..<rounds {
        let (_, seconds) = try Measuring.time {
          try Annotator(compiledContentsOf: file)
        }
        loadMilliseconds.append(seconds * 1e3)
      }
      Standard.output.write(
        Measuring.jsonLine([
          "entities": Double(lexicon.entities.count), "yaml_seconds": yamlSeconds,
          "index_seconds": indexSeconds, "build_seconds": yamlSeconds + indexSeconds,
          "compile_seconds": compileSeconds, "lnx_mb": Double(compiled.count) / 1e6,
          "lnx_load_ms": Measuring.percentile(0.5, of: loadMilliseconds.sorted()),
          "peak_rss_mb": Measuring.peakResidentMB(),
        ]))
      Standard.output.flush()
    }
  }
}
