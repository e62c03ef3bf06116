import LexNorm

/// Wall-clock timing and memory figures for `lexnorm bench`.
enum Measuring {
  /// The result of `body` and the seconds it took.
  static func time<Result>(_ body: () throws -> Result) rethrows -> (Result, seconds: Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try body()
    return (result, seconds(clock.now - start))
  }

  static func seconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) + Double(attoseconds) / 1e18
  }

  /// The process's peak resident set size so far, in MB (2^20 bytes).
  static func peakResidentMB() -> Double { Platform.peakResidentMB() }

  /// The `fraction` percentile (0...1) of `sorted`, by the nearest-rank method.
  static func percentile(_ fraction: Double, of sorted: [Double]) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((fraction * Double(sorted.count)).rounded(.up))
    return sorted[min(max(rank, 1), sorted.count) - 1]
  }

  /// One JSON object on one line, keys in the given order, numbers rounded to 3 decimals.
  static func jsonLine(_ fields: KeyValuePairs<String, Double>) -> String {
    let members = fields.map { key, value in "\(JSONText.string(key)): \(JSONText.number(value))" }
    return "{" + members.joined(separator: ", ") + "}\n"
  }
}
