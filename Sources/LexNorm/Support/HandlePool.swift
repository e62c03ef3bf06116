/// Idle C handles that must not be used by two threads at once (ICU transliterators, Snowball
/// stemmers), lent to one caller at a time and made on demand.
///
/// `@unchecked Sendable`: a handle is only touched under the lock or by the single caller that
/// borrowed it.
final class HandlePool<Handle: AnyObject>: @unchecked Sendable {
  private let make: () -> Handle
  private let idle = Locked<[Handle]>([])
  private static var maximumIdle: Int { 16 }

  /// A pool that calls `make` for a handle when none is idle. `make` runs under the pool's lock,
  /// so it may read a shared prototype that must not be used by two threads at once.
  init(make: @escaping () -> Handle) { self.make = make }

  func borrow() -> Handle {
    idle.withLock { handles in handles.popLast() ?? make() }
  }

  func giveBack(_ handle: Handle) {
    idle.withLock { handles in
      if handles.count < Self.maximumIdle { handles.append(handle) }
    }
  }
}
