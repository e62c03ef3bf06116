import ArgumentParser

/// `--quiet`, for commands that show progress.
struct ProgressOptions: ParsableArguments {
  @Flag(name: .shortAndLong, help: "Show no progress line on standard error.")
  var quiet = false

  /// Call first thing in `run()`: the rate counts from here, and `--quiet` switches it off.
  func apply() {
    Progress.shared.enabled = Standard.error.isTerminal && !quiet
  }
}

/// One status line on standard error while a long command runs, only when standard error is a
/// terminal: a stage (`building the index…`) or how far the input is read
/// (`big.txt: 512.0 of 2048.0 MiB (25%), 48.2 MiB/s`). It appears after half a second, changes at
/// most twice a second, and is cleared before anything is written to standard output.
///
/// `@unchecked Sendable`: the CLI runs on its main thread only.
final class Progress: @unchecked Sendable {
  static let shared = Progress()

  /// On only when standard error is a terminal and `--quiet` is not given.
  var enabled = Standard.error.isTerminal
  private let clock = ContinuousClock()
  private let start: ContinuousClock.Instant
  private var lastShown: ContinuousClock.Instant
  private var shown = false
  private var documents = 0

  private init() {
    start = clock.now
    lastShown = start
  }

  /// Shows `message` now (a stage of a command).
  func say(_ message: String) {
    guard enabled else { return }
    show(message)
  }

  /// Counts one more document done, for inputs made of many documents (JSON Lines records).
  func countDocument() { documents += 1 }

  /// Notes that `bytes` of the input `name` (of `total` bytes, when known) are read.
  func advance(to bytes: Int, of total: @autoclosure () -> Int?, name: String) {
    guard enabled else { return }
    let now = clock.now
    guard now - start >= .milliseconds(500), now - lastShown >= .milliseconds(500) else { return }
    show(
      Self.line(
        name: name, bytes: bytes, total: total(), documents: documents,
        seconds: Measuring.seconds(now - start)))
  }

  /// Removes the line, if one is shown.
  func clear() {
    guard shown else { return }
    shown = false
    Standard.error.write("\r\u{1B}[2K")
  }

  private func show(_ message: String) {
    shown = true
    lastShown = clock.now
    Standard.error.write("\r\u{1B}[2K" + message)
  }

  /// The status text: documents (when counted), bytes read, of how many and what share when
  /// the size is known, and the rate since the command started.
  static func line(name: String, bytes: Int, total: Int?, documents: Int, seconds: Double)
    -> String
  {
    var parts: [String] = []
    if documents > 0 { parts.append("\(documents) documents") }
    if let total, total > 0 {
      let percent = min(100, bytes * 100 / total)
      parts.append("\(mebibytes(bytes)) of \(mebibytes(total)) MiB (\(percent)%)")
    } else {
      parts.append("\(mebibytes(bytes)) MiB")
    }
    if seconds > 0 {
      parts.append("\(mebibytes(Int(Double(bytes) / seconds))) MiB/s")
    }
    return "\(name): " + parts.joined(separator: ", ")
  }

  /// `bytes` in MiB with one decimal.
  private static func mebibytes(_ bytes: Int) -> String {
    let tenths = (bytes * 10 + (1 << 19)) >> 20
    return "\(tenths / 10).\(tenths % 10)"
  }
}
