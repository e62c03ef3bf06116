#if canImport(Glibc)
  import Glibc
#endif

// libFuzzer's entry point when linked without its own main().
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

// Usage: lexnorm-fuzz TARGET [libFuzzer options and corpus folders]
let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
  let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
  let usage = "usage: lexnorm-fuzz TARGET [libFuzzer options] [corpus…]\ntargets: \(names)\n"
  _ = usage.withCString { write(2, $0, strlen($0)) }
  exit(2)
}
FuzzTarget.selected = target
target.prepare()

// libFuzzer parses argv without the target name.
var driverArguments = [arguments[0]] + arguments.dropFirst(2)
var pointers: [UnsafeMutablePointer<CChar>?] = driverArguments.map { strdup($0) } + [nil]
var count = Int32(driverArguments.count)
let status = pointers.withUnsafeMutableBufferPointer { buffer in
  var base = buffer.baseAddress
  return LLVMFuzzerRunDriver(&count, &base) { data, size in
    FuzzTarget.selected.run(UnsafeBufferPointer(start: data, count: size))
    return 0
  }
}
exit(status)
