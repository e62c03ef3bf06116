// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "LexNorm",
  products: [
    .library(name: "LexNorm", targets: ["LexNorm"]),
    .executable(name: "lexnorm", targets: ["lexnorm"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // `swift package generate-documentation --target LexNorm` (CI stage 90-docs).
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    // MARK: C
    // System libraries exist for discovery and linking only; Swift imports just the shims, whose
    // headers carry plain C types (Foundation's own ICU clashes with the system ICU's headers).
    .systemLibrary(
      name: "CICU",
      pkgConfig: "icu-uc icu-i18n",
      providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
    ),
    .target(name: "CICUShims", dependencies: ["CICU"]),
    .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]),
    // The module map's `link` is not applied when no Swift module imports CStemmer, so say it here.
    .target(
      name: "CStemmerShims", dependencies: ["CStemmer"],
      linkerSettings: [.linkedLibrary("stemmer")]
    ),
    // libyaml's header has plain C types: the system layer imports it as it is.
    .systemLibrary(
      name: "CYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
    ),
    // The only Swift code that imports C (`package` access): ICU and Snowball through their
    // shims, libyaml directly. Only what LexNorm calls per file or per transform lives here;
    // the per-token hot path stays in LexNorm, where it inlines.
    .target(name: "_LexNormSystem", dependencies: ["CICUShims", "CStemmerShims", "CYAML"]),

    // MARK: Library
    .target(
      name: "LexNorm",
      dependencies: ["_LexNormSystem"],
      // Layers.txt: the folder order Scripts/check-layout keeps.
      exclude: ["Layers.txt", "Transcription/README.md"],
      // Embedded, not bundled: the CLI binary must work when copied alone.
      resources: [.embedInCode("Transcription/Rules/vi-ru.txt")],
      plugins: ["EmbedLexicons"]
    ),
    // Writes `Lexicons/**/*.yaml` into the library as Swift string literals, so the `lexnorm`
    // binary carries its default lexicon wherever it is copied.
    .plugin(name: "EmbedLexicons", capability: .buildTool(), dependencies: ["EmbedLexiconsTool"]),
    .executableTarget(name: "EmbedLexiconsTool"),
    // Writes the bundled lexicon, compiled (`.lnx` bytes), into an executable, which then starts
    // without parsing YAML or building the index. Its tool links LexNorm (no cycle: the plugin
    // is applied to executables only) and is deliberately not a plugin dependency: SwiftPM
    // builds plugin dependencies first, without running LexNorm's own plugin, and that build
    // fails. See Plugins/EmbedCompiledLexicon.
    .plugin(
      name: "EmbedCompiledLexicon", capability: .buildTool(), dependencies: ["EmbedLexiconsTool"]),
    .executableTarget(name: "EmbedCompiledLexiconTool", dependencies: ["LexNorm"]),

    // MARK: CLI
    .executableTarget(
      name: "lexnorm",
      dependencies: [
        "LexNorm",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      plugins: ["EmbedCompiledLexicon"]
    ),

    // MARK: Tests
    // Fixtures are read through #filePath, not as resources.
    .testTarget(name: "LexNormTests", dependencies: ["LexNorm"], exclude: ["Fixtures"]),
    .testTarget(name: "LexNormCLITests", dependencies: ["lexnorm"]),
  ],
  swiftLanguageModes: [.v6]
)
