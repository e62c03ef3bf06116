// swift-tools-version: 6.1
import PackageDescription

// A separate package, so the library's users, its build and its `swift test` never compile
// SwiftNIO; CI builds and tests it in its own stage (.ci/stages/70-server).
let package = Package(
  name: "LexNormServer",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "lexnorm-server", targets: ["lexnorm-server"])
  ],
  dependencies: [
    .package(name: "LexNorm", path: ".."),
    // No traits: the server needs neither swift-configuration nor its build time.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
    .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    .target(
      name: "LexNormServer",
      dependencies: [
        .product(name: "LexNorm", package: "LexNorm"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "UnixSignals", package: "swift-service-lifecycle"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Metrics", package: "swift-metrics"),
        .product(name: "Prometheus", package: "swift-prometheus"),
      ],
      resources: [.embedInCode("openapi.yaml")]
    ),
    .executableTarget(
      name: "lexnorm-server",
      dependencies: [
        "LexNormServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The tests run the built `lexnorm-server` binary on a free loopback port.
    .testTarget(
      name: "LexNormServerTests", dependencies: ["LexNormServer", "lexnorm-server"],
      exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
