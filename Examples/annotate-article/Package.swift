// swift-tools-version: 6.1
// A small program that uses LexNorm as a library: `swift run annotate-article [FILE]`.
import PackageDescription

let package = Package(
  name: "annotate-article",
  dependencies: [.package(name: "LexNorm", path: "../..")],
  targets: [
    .executableTarget(
      name: "annotate-article",
      dependencies: [.product(name: "LexNorm", package: "LexNorm")]
    )
  ],
  swiftLanguageModes: [.v6]
)
