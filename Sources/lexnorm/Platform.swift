// The C library for the whole CLI module (descriptors, `isatty`, `signal`, `getrusage`, …): the
// one place a platform module is named; elsewhere in the module its names come from here.
#if canImport(Glibc)
  @_exported import Glibc
#elseif canImport(Musl)
  @_exported import Musl
#elseif canImport(Darwin)
  @_exported import Darwin
#endif

/// The C library's calls whose names the module's own types shadow (`ParsableCommand.exit`,
/// `OutputFile.write`), and what differs between the platforms.
enum Platform {
  /// Ends the process at once with `code`.
  static func exit(_ code: Int32) -> Never {
    #if canImport(Glibc)
      Glibc.exit(code)
    #elseif canImport(Musl)
      Musl.exit(code)
    #elseif canImport(Darwin)
      Darwin.exit(code)
    #endif
  }

  /// `write(2)`.
  static func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.write(descriptor, buffer, count)
    #elseif canImport(Musl)
      Musl.write(descriptor, buffer, count)
    #elseif canImport(Darwin)
      Darwin.write(descriptor, buffer, count)
    #endif
  }

  /// The process's peak resident set size so far, in MB (2^20 bytes); 0 when unknown.
  static func peakResidentMB() -> Double {
    var usage = rusage()
    #if canImport(Darwin)
      guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
      return Double(usage.ru_maxrss) / 1_048_576  // bytes on Darwin
    #else
      guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
      return Double(usage.ru_maxrss) / 1_024  // KiB on Linux
    #endif
  }
}
