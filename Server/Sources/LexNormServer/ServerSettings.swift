/// How `lexnorm-server` listens, which lexicon it serves and what it accepts.
public struct ServerSettings: Sendable {
  /// The address to bind; loopback unless the operator says otherwise.
  public var host: String
  /// The port; 0 lets the system pick a free one (the log names it).
  public var port: Int
  /// The lexicon to serve (reloaded on `SIGHUP`).
  public var lexicon: LexiconSelection
  /// The largest request body accepted, in bytes.
  public var maxBodyBytes: Int
  /// The longest text accepted in one document or query, in UTF-8 bytes.
  public var maxTextBytes: Int
  /// The most documents accepted in one batch.
  public var maxBatchDocuments: Int
  /// How long a connection may stay silent (mid-request or between requests) before it is closed.
  public var idleTimeout: Duration
  /// How many lookup answers to keep for queries asked again (0: none); each lexicon reload
  /// starts with none.
  public var lookupCacheEntries: Int

  public init(
    host: String = "127.0.0.1", port: Int = 8080, lexicon: LexiconSelection = LexiconSelection(),
    maxBodyBytes: Int = 4 << 20, maxTextBytes: Int = 1 << 20, maxBatchDocuments: Int = 1000,
    idleTimeout: Duration = .seconds(30), lookupCacheEntries: Int = 10_000
  ) {
    self.host = host
    self.port = port
    self.lexicon = lexicon
    self.maxBodyBytes = maxBodyBytes
    self.maxTextBytes = maxTextBytes
    self.maxBatchDocuments = maxBatchDocuments
    self.idleTimeout = idleTimeout
    self.lookupCacheEntries = lookupCacheEntries
  }
}
