import ArgumentParser
import LexNormServer
import Logging

@main
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lexnorm-server",
    abstract: "Serve LexNorm over HTTP: annotate, lookup, normalize and entities as JSON.",
    discussion: """
      Binds to 127.0.0.1:8080 unless told otherwise; --port 0 picks a free port and logs it.
      SIGHUP reloads the lexicon (the old one serves until the new one has loaded without
      errors); SIGTERM and SIGINT stop accepting connections and finish the requests in flight.
      The API is described at /openapi.yaml.

      Examples:
        lexnorm-server
        lexnorm-server --port 0 --lexicon my-lexicon/
        lexnorm-server --host 0.0.0.0 --lexicon lexicon.lnx --max-body 16777216
      """
  )

  @Option(help: "The address to bind.")
  var host = "127.0.0.1"

  @Option(help: "The port; 0 picks a free one.")
  var port = 8080

  @Option(
    name: .customLong("lexicon"),
    help: ArgumentHelp(
      "A lexicon file or directory (YAML), or a compiled lexicon (.lnx); repeatable.",
      valueName: "path"))
  var lexiconPaths: [String] = []

  @Flag(name: .customLong("no-default-lexicon"), help: "Leave out the bundled lexicon.")
  var noDefaultLexicon = false

  @Option(name: .customLong("max-body"), help: "The largest request body accepted, in bytes.")
  var maxBody = ServerSettings().maxBodyBytes

  @Option(
    name: .customLong("max-text"),
    help: "The longest text accepted in one document or query, in UTF-8 bytes.")
  var maxText = ServerSettings().maxTextBytes

  @Option(name: .customLong("max-batch"), help: "The most documents accepted in one batch.")
  var maxBatch = ServerSettings().maxBatchDocuments

  @Option(
    name: .customLong("idle-timeout"),
    help:
      "Seconds a connection may stay silent, mid-request or between requests, before it is closed.")
  var idleTimeout = 30.0

  @Option(
    name: .customLong("lookup-cache"),
    help: "How many lookup answers to keep for queries asked again; 0 keeps none.")
  var lookupCache = ServerSettings().lookupCacheEntries

  @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning or error.")
  var logLevel = "info"

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
    for (name, value) in [
      ("--max-body", maxBody), ("--max-text", maxText), ("--max-batch", maxBatch),
    ]
    where value < 1 {
      throw ValidationError("\(name) must be at least 1")
    }
    guard lookupCache >= 0 else { throw ValidationError("--lookup-cache must be 0 or more") }
    guard idleTimeout > 0 else { throw ValidationError("--idle-timeout must be positive") }
    guard Logger.Level(rawValue: logLevel) != nil else {
      throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error")
    }
  }

  func run() async throws {
    LoggingSystem.bootstrap { label in
      DeferredMetadataLogHandler(StreamLogHandler.standardError(label: label))
    }
    var logger = Logger(label: "lexnorm-server")
    logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
    let settings = ServerSettings(
      host: host, port: port,
      lexicon: LexiconSelection(paths: lexiconPaths, includeBundled: !noDefaultLexicon),
      maxBodyBytes: maxBody, maxTextBytes: maxText, maxBatchDocuments: maxBatch,
      idleTimeout: .milliseconds(Int64(idleTimeout * 1000)), lookupCacheEntries: lookupCache)
    do {
      try await LexNormServer.run(settings: settings, logger: logger)
    } catch {
      logger.critical("lexnorm-server stopped: \(error)")
      throw ExitCode(1)
    }
  }
}
