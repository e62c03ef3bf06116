import Logging
import NIOPosix
import ServiceLifecycle
import UnixSignals

/// Loads the lexicon when the server starts, then again on every `SIGHUP`. A new lexicon that
/// fails to load is reported and the old one keeps serving; a first one that fails stops the
/// server.
struct LexiconService: Service {
  let store: LexiconStore
  let metrics: ServerMetrics
  let logger: Logger

  func run() async throws {
    // Trap SIGHUP before loading, so a signal sent during the first load is not lost.
    let hangups = await UnixSignalsSequence(trapping: .sighup)
    let first = try await load()
    metrics.loaded(first)
    logger.info(
      "lexicon loaded",
      metadata: [
        "version": "\(first.version)", "entities": "\(first.annotator.lexicon.entities.count)",
      ])
    for await _ in hangups.cancelOnGracefulShutdown() {
      logger.info("SIGHUP: reloading the lexicon")
      do {
        let loaded = try await load()
        metrics.loaded(loaded)
        logger.info(
          "lexicon reloaded",
          metadata: [
            "version": "\(loaded.version)",
            "entities": "\(loaded.annotator.lexicon.entities.count)",
          ])
      } catch {
        metrics.reloadFailures.increment()
        logger.error(
          "lexicon reload failed; still serving the previous one: \(error)",
          metadata: ["version": "\(store.current?.version ?? 0)"])
      }
    }
  }

  /// Loads on NIO's thread pool: compiling a lexicon is long blocking work, which would hold one
  /// of the few threads of Swift concurrency's pool that serve requests.
  private func load() async throws -> LexiconStore.Loaded {
    try await NIOThreadPool.singleton.runIfActive { try store.reload() }
  }
}
