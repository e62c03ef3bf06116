// The C library, for LexNorm's file reading (`open`, `read`, `fstat`, …) on Linux and macOS:
// the one place a platform module is named. LexNorm imports this layer `internal`, so the C
// library stays out of its public interface.
#if canImport(Glibc)
  @_exported import Glibc
#elseif canImport(Musl)
  @_exported import Musl
#elseif canImport(Darwin)
  @_exported import Darwin
#endif
