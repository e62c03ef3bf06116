// The C library for the CLI tests (pseudo-terminals, descriptors): the one place a platform
// module is named in this test module.
#if canImport(Glibc)
  @_exported import Glibc
#elseif canImport(Musl)
  @_exported import Musl
#elseif canImport(Darwin)
  @_exported import Darwin
#endif
