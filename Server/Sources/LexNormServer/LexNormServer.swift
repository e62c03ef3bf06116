import Hummingbird
import Logging
import Metrics

/// `lexnorm-server`: one long-lived process that holds the compiled lexicon and answers
/// annotate, lookup, normalize and entity requests over HTTP/1.1.
public enum LexNormServer {
  /// Serves until `SIGTERM` or `SIGINT`, then stops accepting connections and finishes the
  /// requests in flight. `SIGHUP` reloads the lexicon.
  ///
  /// - Throws: When the address cannot be bound or the first lexicon does not load.
  public static func run(settings: ServerSettings, logger: Logger) async throws {
    let metrics = ServerMetrics()
    // swift-metrics takes one backend per process: Hummingbird's request metrics go to ours.
    MetricsSystem.bootstrap(metrics.factory)
    let store = LexiconStore(
      selection: settings.lexicon, lookupCacheEntries: settings.lookupCacheEntries)

    let router = Router()
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: ErrorMiddleware())
    API(store: store, settings: settings, metrics: metrics).register(on: router)

    var application = Application(
      router: router,
      server: .http1(
        configuration: .init(idleTimeout: .nanoseconds(nanoseconds(settings.idleTimeout)))),
      configuration: .init(address: .hostname(settings.host, port: settings.port)),
      onServerRunning: { channel in
        let port = channel.localAddress?.port ?? settings.port
        let host = settings.host.contains(":") ? "[\(settings.host)]" : settings.host
        logger.notice("listening on http://\(host):\(port)")
      },
      logger: logger)
    application.addServices(LexiconService(store: store, metrics: metrics, logger: logger))
    try await application.runService()
  }

  private static func nanoseconds(_ duration: Duration) -> Int64 {
    duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
  }
}
