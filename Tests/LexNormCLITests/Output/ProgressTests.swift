import Foundation
import Testing

@testable import lexnorm

@Suite("lexnorm progress line")
struct ProgressTests {
  private static let mebibyte = 1 << 20

  private static let lines:
    [(name: String, bytes: Int, total: Int?, documents: Int, seconds: Double, expected: String)] = [
      (
        "big.txt", 512 * mebibyte, 2048 * mebibyte, 0, 10,
        "big.txt: 512.0 of 2048.0 MiB (25%), 51.2 MiB/s"
      ),
      ("-", 7 * mebibyte / 2, nil, 0, 2, "-: 3.5 MiB, 1.8 MiB/s"),
      (
        "in.jsonl", mebibyte, 4 * mebibyte, 1234, 1,
        "in.jsonl: 1234 documents, 1.0 of 4.0 MiB (25%), 1.0 MiB/s"
      ),
      ("a.txt", 0, mebibyte, 0, 0, "a.txt: 0.0 of 1.0 MiB (0%)"),
    ]

  /// The status shows documents when counted, the total and share when the size is known, and
  /// the rate.
  @Test(arguments: lines)
  func statusLine(
    name: String, bytes: Int, total: Int?, documents: Int, seconds: Double, expected: String
  ) {
    #expect(
      Progress.line(name: name, bytes: bytes, total: total, documents: documents, seconds: seconds)
        == expected)
  }

  /// On a terminal shared by standard output and standard error, the progress line is cleared
  /// before output is written; --quiet shows none.
  @Test(arguments: [false, true])
  func progressLineIsClearedBeforeOutput(quiet: Bool) throws {
    let terminal = try PseudoTerminal()
    let process = Process()
    process.executableURL = CLI.executable
    process.arguments = ["annotate"] + (quiet ? ["--quiet"] : [])
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = terminal.follower
    process.standardError = terminal.follower
    try process.run()
    try terminal.follower.close()
    // The second line arrives after the half second a status line waits for.
    input.fileHandleForWriting.write(Data("Tô Lâm\n".utf8))
    Thread.sleep(forTimeInterval: 0.8)
    input.fileHandleForWriting.write(Data("Tô Lâm\n".utf8))
    try input.fileHandleForWriting.close()
    let screen = terminal.readAll()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let clear = "\r\u{1B}[2K"
    let record = #"{"file": "-", "start": "#
    let firstRecord = try #require(screen.range(of: record))
    let beforeOutput = String(screen[..<firstRecord.lowerBound])
    if quiet {
      #expect(beforeOutput == "")
    } else {
      #expect(beforeOutput.hasPrefix(clear + "-: 0.0 MiB, "))
      #expect(beforeOutput.hasSuffix(" MiB/s" + clear))
    }
    #expect(screen.components(separatedBy: record).count == 3)
  }
}

/// A pseudo-terminal: what the program writes to `follower` is read from the leader side.
private struct PseudoTerminal {
  let leader: Int32
  let follower: FileHandle

  struct Unavailable: Error {}

  // Glibc's module map leaves out the pseudo-terminal calls: look them up in libc.
  private typealias Call = @convention(c) (Int32) -> Int32
  private typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

  private static func libc<Function>(_ name: String, as type: Function.Type) throws -> Function {
    guard let symbol = dlsym(nil, name) else { throw Unavailable() }
    return unsafeBitCast(symbol, to: type)
  }

  init() throws {
    leader = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    let grant = try Self.libc("grantpt", as: Call.self)
    let unlock = try Self.libc("unlockpt", as: Call.self)
    let followerName = try Self.libc("ptsname", as: Name.self)
    guard leader >= 0, grant(leader) == 0, unlock(leader) == 0, let name = followerName(leader)
    else { throw Unavailable() }
    let descriptor = open(name, O_RDWR | O_NOCTTY)
    guard descriptor >= 0 else { throw Unavailable() }
    follower = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
  }

  /// Everything written until the program closed its side.
  func readAll() -> String {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(leader, &chunk, chunk.count)
      guard count > 0 else { break }
      bytes += chunk[..<count]
    }
    close(leader)
    return String(decoding: bytes, as: UTF8.self)
  }
}
