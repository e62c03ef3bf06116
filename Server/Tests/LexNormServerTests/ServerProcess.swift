import Foundation
import Synchronization
import Testing

/// The built `lexnorm-server` binary running on a free loopback port (`--port 0`, the port read
/// from its log), ready once `/readyz` answers 200.
// `Process` is not `Sendable`; it is only started, signalled and waited for, which it allows
// from any thread.
final class ServerProcess: @unchecked Sendable {
  let port: Int
  private let process: Process
  private let log: LogBuffer

  /// The tests' fixed lexicon.
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")
  static var fixtureLexicon: String { fixtures.appendingPathComponent("lexicon.yaml").path }

  /// Starts the server with the fixture lexicon unless `arguments` name another.
  static func start(_ arguments: [String] = ["--lexicon", fixtureLexicon, "--no-default-lexicon"])
    throws -> ServerProcess
  {
    let process = Process()
    process.executableURL = try binary()
    process.arguments = ["--port", "0"] + arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    let log = LogBuffer()
    errors.fileHandleForReading.readabilityHandler = { handle in
      let text = String(decoding: handle.availableData, as: UTF8.self)
      log.text.withLock { $0 += text }
    }
    try process.run()
    guard let port = wait(seconds: 60, for: { Self.port(in: log.text.withLock { $0 }) }) else {
      process.terminate()
      throw ClientError.socket("no port logged: \(log.text.withLock { $0 })")
    }
    let server = ServerProcess(port: port, process: process, log: log)
    guard wait(seconds: 60, for: { (try? server.get("/readyz").status) == 200 ? true : nil }) != nil
    else {
      server.stop()
      throw ClientError.socket("not ready: \(server.logText)")
    }
    return server
  }

  private init(port: Int, process: Process, log: LogBuffer) {
    self.port = port
    self.process = process
    self.log = log
  }

  /// What the server wrote to standard error so far.
  var logText: String { log.text.withLock { $0 } }

  var isRunning: Bool { process.isRunning }

  func get(_ target: String) throws -> Reply {
    try exchange(requestBytes("GET", target))
  }

  func post(_ target: String, _ body: String) throws -> Reply {
    try exchange(requestBytes("POST", target, body: Array(body.utf8)))
  }

  /// What `/metrics` answers now.
  func metrics() throws -> MetricSamples { MetricSamples(text: try get("/metrics").text) }

  func exchange(_ request: [UInt8]) throws -> Reply {
    let connection = try Connection(port: port)
    try connection.send(request)
    return try connection.readReply()
  }

  func signal(_ number: Int32) { kill(process.processIdentifier, number) }

  /// Sends SIGTERM and waits for the exit; the exit status, or nil when it did not exit in time
  /// (it is then killed).
  @discardableResult
  func stop(waiting seconds: Double = 30) -> Int32? {
    if process.isRunning { signal(SIGTERM) }
    let exited = Self.wait(seconds: seconds) { process.isRunning ? nil : true } != nil
    if !exited {
      signal(SIGKILL)
      process.waitUntilExit()
      return nil
    }
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// Polls `probe` every 20 ms until it gives a value or `seconds` have passed.
  static func wait<Value>(seconds: Double, for probe: () -> Value?) -> Value? {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if let value = probe() { return value }
      Thread.sleep(forTimeInterval: 0.02)
    }
    return probe()
  }

  private static func port(in log: String) -> Int? {
    guard let range = log.range(of: "listening on http://127.0.0.1:") else { return nil }
    return Int(log[range.upperBound...].prefix(while: \.isNumber))
  }

  /// `lexnorm-server` next to the test bundle (SwiftPM builds it for this test target).
  private static func binary() throws -> URL {
    let directory = Bundle.main.bundleURL.deletingLastPathComponent()
    for candidate in [Bundle.main.bundleURL, directory] {
      let url = candidate.appendingPathComponent("lexnorm-server")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    throw ClientError.socket("lexnorm-server not found beside \(Bundle.main.bundleURL.path)")
  }
}

/// The lines of a `/metrics` answer.
struct MetricSamples {
  let lines: [String]

  init(text: String) { lines = text.split(separator: "\n").map(String.init) }

  /// The value of the sample `name` (with its labels, if any), or nil when absent.
  subscript(name: String) -> Double? {
    lines.first { $0.hasPrefix(name + " ") }.flatMap { Double($0.split(separator: " ")[1]) }
  }
}

/// What the server wrote to standard error, collected as it arrives.
final class LogBuffer: Sendable {
  let text = Mutex("")
}

/// Runs a suite against one server process, started before its first test and stopped after
/// its last; tests reach it through ``ServerProcess/current``.
struct RunningServer: SuiteTrait, TestScoping {
  let arguments: [String]

  var isRecursive: Bool { false }

  func provideScope(
    for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
  ) async throws {
    let server = try ServerProcess.start(arguments)
    defer { server.stop() }
    try await ServerProcess.$current.withValue(server, operation: function)
  }
}

extension ServerProcess {
  @TaskLocal static var current: ServerProcess?

  /// The suite's server (see ``RunningServer``).
  static var shared: ServerProcess {
    get throws { try #require(current, "the suite lacks the .server trait") }
  }
}

extension Trait where Self == RunningServer {
  /// The fixture lexicon with small limits, so the limits can be tested with small requests.
  static var server: Self {
    RunningServer(arguments: [
      "--lexicon", ServerProcess.fixtureLexicon, "--no-default-lexicon", "--max-body", "4096",
      "--max-text", "1000", "--max-batch", "3",
    ])
  }
}
