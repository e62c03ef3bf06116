import NIOCore
import NIOPosix

// Swift concurrency's jobs run on NIO's event loops, so a request's handler runs on the thread
// that read the request instead of hopping to the global pool and back (most of the HTTP cost
// of a lookup). Blocking work goes to NIO's thread pool (see LexiconService).
NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
do {
  let command = try ServeCommand.parse()
  try await command.run()
} catch {
  ServeCommand.exit(withError: error)
}
