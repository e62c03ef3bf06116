// swift-tools-version: 6.1
import PackageDescription

// A separate package, so the library's users and its CI never resolve the benchmark framework.
// Run with `swift package benchmark` here; data come from LEXNORM_BENCH_DATA (see BENCHMARKS.md).
let package = Package(
  name: "LexNormBenchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [
    .package(name: "LexNorm", path: ".."),
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "LexNormBenchmarks",
      dependencies: [
        .product(name: "LexNorm", package: "LexNorm"),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/LexNormBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ],
  swiftLanguageModes: [.v6]
)
