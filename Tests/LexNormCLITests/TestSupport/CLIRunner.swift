import Foundation

/// Runs the built `lexnorm` executable, as a user would.
struct CLIResult {
  let status: Int32
  /// Standard output's bytes, as written.
  let outputBytes: Data
  var standardOutput: String { String(decoding: outputBytes, as: UTF8.self) }
  let standardError: String
  /// Whether a signal ended the process (then ``status`` is the signal's number).
  let killedBySignal: Bool
}

enum CLI {
  /// The `lexnorm` binary next to the test bundle in the build products folder.
  static var executable: URL {
    let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = testBinary.deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("lexnorm").path),
      folder.pathComponents.count > 1
    {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("lexnorm")
  }

  /// The package's root folder (for `Lexicons/`, `Examples/`): the nearest folder above this
  /// file that holds Package.swift, wherever the test folders put this file.
  static let packageRoot: URL = {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(
      atPath: folder.appendingPathComponent("Package.swift").path),
      folder.pathComponents.count > 1
    {
      folder.deleteLastPathComponent()
    }
    return folder
  }()

  /// Runs `lexnorm` with `arguments`, feeding `input` on standard input (none: empty input).
  /// Standard output is captured, unless `output` names where it goes instead.
  static func run(_ arguments: [String], input: Data? = nil, output target: FileHandle? = nil)
    throws -> CLIResult
  {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("lexnorm-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    // Files rather than pipes for stdin and stderr: no deadlock on large inputs, no threads.
    let inputURL = scratch.appendingPathComponent("stdin")
    let errorURL = scratch.appendingPathComponent("stderr")
    try (input ?? Data()).write(to: inputURL)
    try Data().write(to: errorURL)

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = packageRoot
    let output = Pipe()
    process.standardOutput = target ?? output
    process.standardInput = try FileHandle(forReadingFrom: inputURL)
    process.standardError = try FileHandle(forWritingTo: errorURL)
    try process.run()
    let outputData = target == nil ? output.fileHandleForReading.readDataToEndOfFile() : Data()
    process.waitUntilExit()
    return CLIResult(
      status: process.terminationStatus,
      outputBytes: outputData,
      standardError: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self),
      killedBySignal: process.terminationReason == .uncaughtSignal)
  }
}
