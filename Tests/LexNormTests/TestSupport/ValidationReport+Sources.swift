import LexNorm

extension ValidationReport {
  /// The findings other than `missing-sources`, which the small lexicons of tests about other
  /// rules would draw on every entity.
  var findingsBesidesSources: [Diagnostic] {
    diagnostics.filter { $0.rule != .missingSources }
  }
}
