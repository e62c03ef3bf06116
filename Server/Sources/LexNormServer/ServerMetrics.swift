import Prometheus

/// What `/metrics` exposes: Hummingbird's per-route request counts and latency histogram
/// (recorded through swift-metrics into ``registry``) plus the annotator's own figures.
final class ServerMetrics: Sendable {
  let registry = PrometheusCollectorRegistry()
  let annotatedBytes: Prometheus.Counter
  let annotatedDocuments: Prometheus.Counter
  let lexiconVersion: Gauge
  let lexiconEntities: Gauge
  let reloadFailures: Prometheus.Counter
  let lookupCacheHits: Prometheus.Counter
  let lookupCacheMisses: Prometheus.Counter

  init() {
    func name(_ name: String, _ help: String) -> MetricNameDescriptor {
      MetricNameDescriptor(namespace: "lexnorm", metricName: name, unitName: "", helpText: help)
    }
    annotatedBytes = registry.makeCounter(
      descriptor: name("annotated_bytes_total", "UTF-8 bytes of text annotated or normalized."))
    annotatedDocuments = registry.makeCounter(
      descriptor: name("annotated_documents_total", "Documents annotated or normalized."))
    lexiconVersion = registry.makeGauge(
      descriptor: name("lexicon_version", "The lexicon in service: 1, then one more per reload."))
    lexiconEntities = registry.makeGauge(
      descriptor: name("lexicon_entities", "Entities in the lexicon in service."))
    reloadFailures = registry.makeCounter(
      descriptor: name(
        "lexicon_reload_failures_total", "Reloads refused because the new lexicon was invalid."))
    lookupCacheHits = registry.makeCounter(
      descriptor: name("lookup_cache_hits_total", "Lookups answered from the lookup cache."))
    lookupCacheMisses = registry.makeCounter(
      descriptor: name(
        "lookup_cache_misses_total", "Lookups answered by the annotator (not in the cache)."))
  }

  /// The factory to bootstrap swift-metrics with: Prometheus names (`http.server.request.duration`
  /// becomes `http_server_request_duration`) and latency buckets from 100 µs to 5 s.
  var factory: PrometheusMetricsFactory {
    var factory = PrometheusMetricsFactory(registry: registry)
    factory.defaultDurationHistogramBuckets = [
      .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1),
      .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20),
      .milliseconds(50), .milliseconds(100), .milliseconds(500), .seconds(1), .seconds(5),
    ]
    factory.nameAndLabelSanitizer = { name, labels in
      (Self.prometheusName(name), labels.map { (Self.prometheusName($0.0), $0.1) })
    }
    return factory
  }

  func loaded(_ lexicon: LexiconStore.Loaded) {
    lexiconVersion.set(Int64(lexicon.version))
    lexiconEntities.set(Int64(lexicon.annotator.lexicon.entities.count))
  }

  private static func prometheusName(_ name: String) -> String {
    String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
  }
}
