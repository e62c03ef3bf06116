import Benchmark
import Foundation
import LexNorm

/// annotate (bytes/s over a fixed corpus sample; shown scaled: `11 (M)` is 11 MB/s), lookup (time
/// per query), YAML load + index build, compile and `.lnx` load, at 1k/10k/100k synthetic persons.
let benchmarks: @Sendable () -> Void = {
  guard let data = BenchData.available() else { return }

  /// Whole-lexicon operations: a few iterations, with peak memory.
  func slow(setup: Benchmark.BenchmarkSetupHook? = nil) -> Benchmark.Configuration {
    .init(
      metrics: [.wallClock, .peakMemoryResident], warmupIterations: 0, maxDuration: .seconds(20),
      maxIterations: 5, setup: setup)
  }

  annotateBenchmark(data, persons: nil)
  for persons in BenchData.personCounts {
    annotateBenchmark(data, persons: persons)

    Benchmark(
      "lookup/\(persons) persons",
      configuration: .init(
        metrics: [.wallClock, .mallocCountTotal], scalingFactor: .kilo, maxDuration: .seconds(5),
        setup: { _ = (try data.annotator(persons: persons), try data.queries(persons: persons)) })
    ) { benchmark in
      let annotator = try data.annotator(persons: persons)
      let queries = try data.queries(persons: persons)
      benchmark.startMeasurement()
      for iteration in benchmark.scaledIterations {
        blackHole(annotator.lookup(queries[iteration % queries.count]))
      }
    }

    Benchmark("load YAML + build index/\(persons) persons", configuration: slow()) { _ in
      let lexicon = try Lexicon.load(from: [data.yamlLexicon(persons: persons)])
      blackHole(Annotator(lexicon: lexicon))
    }

    Benchmark(
      "compile/\(persons) persons",
      configuration: slow(setup: { _ = try data.annotator(persons: persons) })
    ) { _ in
      blackHole(try data.annotator(persons: persons).compiled())
    }

    Benchmark(
      "load .lnx/\(persons) persons",
      configuration: slow(setup: { _ = try data.compiled(persons: persons) })
    ) { benchmark in
      let bytes = try data.compiled(persons: persons)
      benchmark.startMeasurement()
      blackHole(try Annotator(compiled: bytes, source: "lexicon-\(persons).lnx"))
    }
  }
}

/// Annotates the corpus sample as `lexnorm annotate` does (one session per document) and reports
/// throughput as the custom metric `bytes/s`; `persons: nil` is the bundled lexicon.
private func annotateBenchmark(_ data: BenchData, persons: Int?) {
  let throughput = BenchmarkMetric.custom(
    "bytes/s", polarity: .prefersLarger, useScalingFactor: false)
  Benchmark(
    "annotate/" + (persons.map { "\($0) persons" } ?? "bundled lexicon"),
    configuration: .init(
      metrics: [.wallClock, throughput], warmupIterations: 1, maxDuration: .seconds(10),
      maxIterations: 20,
      setup: { _ = (try data.annotator(persons: persons), try data.corpusSample()) })
  ) { benchmark in
    let annotator = try data.annotator(persons: persons)
    let segments = try data.corpusSample()
    let bytes = segments.reduce(0) { $0 + $1.text.utf8.count + ($1.endsLine ? 1 : 0) }
    let clock = ContinuousClock()
    benchmark.startMeasurement()
    let start = clock.now
    let session = annotator.makeSession()
    for segment in segments { blackHole(session.annotate(segment)) }
    let elapsed = (clock.now - start) / .microseconds(1)
    benchmark.stopMeasurement()
    benchmark.measurement(throughput, Int(Double(bytes) / max(elapsed, 1) * 1_000_000))
  }
}
