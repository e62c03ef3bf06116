import Dispatch

/// Runs tasks on other threads, each with an ``AnnotationSession`` of its own: one session per
/// running worker (their caches stay warm from task to task), at most `limit` tasks at once,
/// oldest task first (the calling thread usually waits for the oldest).
final class SessionWorkers: Sendable {
  private let idle = Locked<[AnnotationSession]>([])
  private let waiting = Locked<[@Sendable (AnnotationSession) -> Void]>([])
  private let slots: DispatchSemaphore
  private let annotator: Annotator
  private let options: AnnotationOptions

  init(annotator: Annotator, options: AnnotationOptions, limit: Int) {
    self.annotator = annotator
    self.options = options
    slots = DispatchSemaphore(value: max(1, limit))
  }

  /// Queues `task`; it runs on a worker thread once the tasks queued before it have started.
  func run(_ task: @escaping @Sendable (AnnotationSession) -> Void) {
    waiting.withLock { $0.append(task) }
    DispatchQueue.global().async { self.runNext() }
  }

  private func runNext() {
    slots.wait()
    let task = waiting.withLock { $0.removeFirst() }
    let session = idle.withLock { $0.popLast() } ?? annotator.makeSession(options: options)
    task(session)
    idle.withLock { $0.append(session) }
    slots.signal()
  }
}

/// A value made on a worker thread, read by the thread that waits for it.
///
/// `@unchecked Sendable`: one worker sets the value, then signals; the reader waits first.
final class Promise<Value>: @unchecked Sendable {
  private var value: Value
  private let done = DispatchSemaphore(value: 0)

  /// `placeholder` stands until the value is set; nobody reads it (``wait()`` waits).
  init(placeholder: Value) { value = placeholder }

  func fulfil(_ value: Value) {
    self.value = value
    done.signal()
  }

  /// The value, once ``fulfil(_:)`` has set it; call once.
  func wait() -> Value {
    done.wait()
    return value
  }
}

/// Work per document on up to `jobs` threads, the results handed back in the order the work was
/// added, with the caller's tag. With one job the work runs at once on the calling thread.
///
/// Not thread-safe itself: call it from one thread.
final class OrderedSessionWork<Tag, Value: Sendable> {
  private let workers: SessionWorkers?
  private let jobs: Int
  private let makeSession: () -> AnnotationSession
  private lazy var session = makeSession()
  private var inFlight: [(result: Promise<Value?>, tag: Tag)] = []

  init(annotator: Annotator, options: AnnotationOptions, jobs: Int) {
    self.jobs = max(1, jobs)
    workers =
      jobs > 1 ? SessionWorkers(annotator: annotator, options: options, limit: jobs) : nil
    makeSession = { annotator.makeSession(options: options) }
  }

  /// Queues `work`; `each` gets the results of earlier work whose turn has come (with one job,
  /// this work's result too).
  func add(
    tag: Tag, each: (Tag, Value) throws -> Void,
    _ work: @escaping @Sendable (AnnotationSession) -> Value
  ) rethrows {
    guard let workers else { return try each(tag, work(session)) }
    let result = Promise<Value?>(placeholder: nil)
    workers.run { result.fulfil(work($0)) }
    inFlight.append((result, tag))
    // Two tasks per worker in flight keep the workers busy while this thread catches up.
    while inFlight.count > 2 * jobs { try finishOldest(each) }
  }

  /// Hands over the results of all work still queued.
  func finish(each: (Tag, Value) throws -> Void) rethrows {
    while !inFlight.isEmpty { try finishOldest(each) }
  }

  private func finishOldest(_ each: (Tag, Value) throws -> Void) rethrows {
    let (result, tag) = inFlight.removeFirst()
    if let value = result.wait() { try each(tag, value) }
  }
}
