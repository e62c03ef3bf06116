import Logging

/// A log handler that keeps its logger's metadata aside and hands it to `base` only with a
/// message. Hummingbird gives every request's logger a request ID; `StreamLogHandler` formats
/// its whole metadata as text whenever it changes, so that cost a string per request even
/// when nothing is logged.
struct DeferredMetadataLogHandler<Base: LogHandler>: LogHandler {
  private var base: Base
  var metadata: Logger.Metadata = [:]

  init(_ base: Base) { self.base = base }

  var logLevel: Logger.Level {
    get { base.logLevel }
    set { base.logLevel = newValue }
  }

  var metadataProvider: Logger.MetadataProvider? {
    get { base.metadataProvider }
    set { base.metadataProvider = newValue }
  }

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    var event = event
    // The message's own metadata wins over the logger's, as with `StreamLogHandler`.
    event.metadata = metadata.merging(event.metadata ?? [:]) { $1 }
    base.log(event: event)
  }
}
