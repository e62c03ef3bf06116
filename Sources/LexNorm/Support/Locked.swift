import Foundation

/// A value that threads share, reached only under a lock.
///
/// An `NSLock` rather than `Synchronization.Mutex`: ThreadSanitizer on this toolchain does not
/// see `Mutex`'s lock, so every access under one looks like a race and a real race would be lost
/// among them; it does see `NSLock` (a pthread mutex).
///
/// `@unchecked Sendable`: the value is only reached under the lock.
final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value

  init(_ value: Value) { self.value = value }

  func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
