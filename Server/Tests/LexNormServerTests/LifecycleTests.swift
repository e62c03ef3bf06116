import Foundation
import Synchronization
import Testing

/// SIGHUP reloads without dropping requests, a broken lexicon keeps the old one, SIGTERM lets
/// requests in flight finish, and stalled clients are cut off.
@Suite("Lifecycle")
struct LifecycleTests {
  /// A copy of the fixture lexicon in a temporary folder, so the test can change it.
  private static func temporaryLexicon() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("lexnorm-server-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("lexicon.yaml")
    try FileManager.default.copyItem(atPath: ServerProcess.fixtureLexicon, toPath: file.path)
    return file
  }

  /// Appends the entities of `lexicon-added.yaml` to the lexicon at `lexicon`.
  private static func addEntities(to lexicon: URL) throws {
    let added = try String(
      contentsOf: ServerProcess.fixtures.appendingPathComponent("lexicon-added.yaml"),
      encoding: .utf8)
    let original = try String(contentsOf: lexicon, encoding: .utf8)
    try (original + added.components(separatedBy: "entities:\n")[1]).write(
      to: lexicon, atomically: true, encoding: .utf8)
  }

  private static func version(of server: ServerProcess) throws -> String? {
    let text = try server.get("/readyz").text
    guard let range = text.range(of: #""version": "#) else { return nil }
    return String(text[range.upperBound...].prefix(while: \.isNumber))
  }

  @Test func sighupReloadsAndKeepsTheOldLexiconWhenTheNewOneIsBroken() throws {
    let lexicon = try Self.temporaryLexicon()
    defer { try? FileManager.default.removeItem(at: lexicon.deletingLastPathComponent()) }
    let server = try ServerProcess.start(["--lexicon", lexicon.path, "--no-default-lexicon"])
    defer { server.stop() }
    #expect(try Self.version(of: server) == "1")
    #expect(try server.get("/v1/entities/person:pham-minh-chinh").status == 404)

    // Requests keep flowing on another thread through both reloads.
    let failures = Mutex<[String]>([])
    let done = Mutex(false)
    let traffic = Thread {
      while !done.withLock({ $0 }) {
        do {
          let reply = try server.post("/v1/annotate", #"{"text": "Лыонг Кыонг"}"#)
          if reply.status != 200 { failures.withLock { $0.append("\(reply.status)") } }
        } catch {
          failures.withLock { $0.append("\(error)") }
        }
      }
    }
    traffic.start()

    try Self.addEntities(to: lexicon)
    server.signal(SIGHUP)
    #expect(
      ServerProcess.wait(seconds: 30) { (try? Self.version(of: server)) == "2" ? true : nil } != nil
    )
    let entity = try server.get("/v1/entities/person:pham-minh-chinh")
    #expect(entity.status == 200)
    #expect(
      entity.text
        == #"{"id": "person:pham-minh-chinh", "kind": "person", "labels": {"en": "Pham Minh Chinh", "ru": "Фам Минь Тинь", "vi": "Phạm Minh Chính"}, "aliases": {}, "roles": []}"#
    )

    try "entities:\n  - id: person:broken\n    kind: person\n".write(
      to: lexicon, atomically: true, encoding: .utf8)
    server.signal(SIGHUP)
    let reported = ServerProcess.wait(seconds: 30) {
      server.logText.contains("lexicon reload failed; still serving the previous one") ? true : nil
    }
    #expect(reported != nil)
    #expect(
      server.logText.contains(
        "lexicon.yaml:2:5: error: entity `person:broken` has no `labels`"),
      "the failure names file, line and column")
    #expect(try Self.version(of: server) == "2")
    #expect(try server.get("/v1/entities/person:pham-minh-chinh").status == 200)
    let metrics = try server.get("/metrics").text
    #expect(metrics.contains("\nlexnorm_lexicon_reload_failures_total 1\n"))
    #expect(metrics.contains("\nlexnorm_lexicon_version 2.0\n"))
    #expect(metrics.contains("\nlexnorm_lexicon_entities 4.0\n"))

    done.withLock { $0 = true }
    while traffic.isExecuting { Thread.sleep(forTimeInterval: 0.01) }
    #expect(failures.withLock { $0 } == [])
    #expect(server.stop() == 0)
  }

  /// A lookup answered (and cached) before a reload is answered from the new lexicon after it.
  @Test func sighupClearsTheLookupCache() throws {
    let lexicon = try Self.temporaryLexicon()
    defer { try? FileManager.default.removeItem(at: lexicon.deletingLastPathComponent()) }
    let server = try ServerProcess.start(["--lexicon", lexicon.path, "--no-default-lexicon"])
    defer { server.stop() }
    let target = "/v1/lookup?q=Pham+Minh+Chinh&label_lang=en"
    for _ in 0..<2 {
      #expect(try server.get(target).text == #"{"query": "Pham Minh Chinh", "candidates": []}"#)
    }
    #expect(try server.metrics()["lexnorm_lookup_cache_hits_total"] == 1)

    try Self.addEntities(to: lexicon)
    server.signal(SIGHUP)
    #expect(
      ServerProcess.wait(seconds: 30) { (try? Self.version(of: server)) == "2" ? true : nil } != nil
    )
    let expected =
      #"{"query": "Pham Minh Chinh", "candidates": [{"id": "person:pham-minh-chinh", "kind": "person", "label": "Pham Minh Chinh", "score": 1, "method": ["exact"]}]}"#
    for _ in 0..<2 { #expect(try server.get(target).text == expected) }
    let metrics = try server.metrics()
    #expect(metrics["lexnorm_lookup_cache_misses_total"] == 2)
    #expect(metrics["lexnorm_lookup_cache_hits_total"] == 2)
  }

  @Test func sigtermFinishesTheRequestInFlightAndExits() throws {
    let server = try ServerProcess.start()
    let body = Array(#"{"text": "Президент Лыонг Кыонг", "date": "2025-07-19"}"#.utf8)
    let connection = try Connection(port: server.port)
    let request = requestBytes("POST", "/v1/annotate", body: body)
    try connection.send(Array(request.dropLast(10)))
    Thread.sleep(forTimeInterval: 0.3)
    server.signal(SIGTERM)
    Thread.sleep(forTimeInterval: 0.3)
    #expect(server.isRunning, "the server waits for the request in flight")
    try connection.send(Array(request.suffix(10)))
    let reply = try connection.readReply()
    #expect(reply.status == 200)
    #expect(reply.text.contains(#""id": "person:luong-cuong""#))
    #expect(server.stop(waiting: 30) == 0)
  }

  @Test func stalledClientsTimeOut() throws {
    let server = try ServerProcess.start([
      "--lexicon", ServerProcess.fixtureLexicon, "--no-default-lexicon", "--idle-timeout", "1",
    ])
    defer { server.stop() }
    let stalledHead = try Connection(port: server.port)
    try stalledHead.send(Array("POST /v1/annotate HTTP/1.1\r\nHost: 127.0.0.1\r\n".utf8))
    let stalledBody = try Connection(port: server.port)
    try stalledBody.send(
      Array(
        requestBytes("POST", "/v1/annotate", body: Array(#"{"text": "Лыонг"}"#.utf8)).dropLast(5)))
    let start = Date()
    for connection in [stalledHead, stalledBody] {
      #expect(try connection.readToEnd().isEmpty, "closed without an answer")
    }
    let waited = Date().timeIntervalSince(start)
    #expect(waited > 0.5 && waited < 10, "closed after about the idle timeout, not \(waited) s")
    #expect(try server.get("/healthz").status == 200)
  }
}
