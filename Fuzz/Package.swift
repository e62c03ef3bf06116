// swift-tools-version: 6.1
// libFuzzer targets for LexNorm, kept apart from the main package: they need instrumented
// builds (`Scripts/fuzz` passes the flags) and libFuzzer's static library.
import PackageDescription

let package = Package(
  name: "LexNormFuzz",
  dependencies: [.package(name: "LexNorm", path: "..")],
  targets: [
    .executableTarget(
      name: "lexnorm-fuzz",
      dependencies: [.product(name: "LexNorm", package: "LexNorm")],
      path: "Sources/LexNormFuzz"
        // Linked by `Scripts/fuzz` with libFuzzer without its main() (the toolchain's
        // libclang_rt.fuzzer_no_main) and -lstdc++: main.swift picks the target, then runs it.
    )
  ]
)
