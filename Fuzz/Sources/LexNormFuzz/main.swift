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
// libFuzzer runs itself again for -minimize_crash, -merge and -jobs, with its own arguments
// only: the target goes to the children through the environment.
let targetVariable = "LEXNORM_FUZZ_TARGET"
var arguments = CommandLine.arguments
if arguments.count < 2 || FuzzTarget(rawValue: arguments[1]) == nil,
  let inherited = getenv(targetVariable)
{
  arguments.insert(String(cString: inherited), at: 1)
}
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
  let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
  let usage = "usage: lexnorm-fuzz TARGET [libFuzzer options] [corpus…]\ntargets: \(names)\n"
  _ = usage.withCString { write(2, $0, strlen($0)) }
  exit(2)
}
FuzzTarget.selected = target
setenv(targetVariable, target.rawValue, 1)
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
