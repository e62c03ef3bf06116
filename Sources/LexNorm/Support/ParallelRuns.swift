import Dispatch
import Synchronization

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Work on a long list split into runs of consecutive items, done on all cores, with the results
/// in list order: each run's result is what one pass over it alone gives, so the caller can
/// combine them into what one pass over the whole list gives.
enum ParallelRuns {
  /// `body` over each run of at most `runLength` of the items `0..<count`, in run order. Each
  /// core makes one worker with `makeWorker` and keeps it for all the runs it takes (a memo, for
  /// instance); a list of one run is done on the calling thread.
  static func map<Worker, Result: Sendable>(
    count: Int, runLength: Int, makeWorker: @Sendable () -> Worker,
    _ body: @Sendable (inout Worker, Range<Int>) -> Result
  ) -> [Result] {
    precondition(runLength > 0, "runs must hold at least one item")
    let runCount = (count + runLength - 1) / runLength
    @Sendable func range(ofRun run: Int) -> Range<Int> {
      run * runLength..<min(run * runLength + runLength, count)
    }
    guard runCount > 1 else {
      var worker = makeWorker()
      return (0..<runCount).map { body(&worker, range(ofRun: $0)) }
    }
    let results = Locked([Result?](repeating: nil, count: runCount))
    let nextRun = Atomic(0)
    let workerCount = min(runCount, ProcessInfo.processInfo.activeProcessorCount)
    DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
      var worker = makeWorker()
      while true {
        let run = nextRun.add(1, ordering: .relaxed).oldValue
        guard run < runCount else { return }
        let result = body(&worker, range(ofRun: run))
        results.withLock { $0[run] = result }
      }
    }
    return results.withLock { slots in
      slots.map { slot in
        guard let slot else { preconditionFailure("every run is done before the workers return") }
        return slot
      }
    }
  }
}
