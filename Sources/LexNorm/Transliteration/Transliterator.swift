import Synchronization

/// A compiled ICU transform that is safe to share between threads.
///
/// Open one of ICU's system transforms by ID, or compile a custom rule set in ICU's rule syntax:
///
/// ```swift
/// let ascii = try Transliterator(id: "Any-Latin; Latin-ASCII")
/// ascii.transliterate("Lương Cường")   // "Luong Cuong"
///
/// let custom = try Transliterator(id: "x-demo", rules: "a > b;")
/// custom.transliterate("abba")          // "bbbb"
/// ```
///
/// ICU's `UTransliterator` must not be used by two threads at once. Each call borrows a private
/// clone from a small pool, so concurrent callers never share one and never wait on each other
/// for the length of a transliteration.
///
/// Uses ICU's `utrans_openU`, `utrans_clone` and `utrans_transUChars`.
public struct Transliterator: Sendable {
  /// The transform ID this transliterator was opened with.
  public let id: String
  private let pool: HandlePool

  /// Opens an ICU system transform, such as `Any-Latin; Latin-ASCII`, `Russian-Latin/BGN` or
  /// `de-ASCII`.
  ///
  /// - Throws: ``TransliterationError`` with kind ``TransliterationError/Kind/unknownID`` when ICU
  ///   does not know the ID.
  public init(id: String) throws(TransliterationError) {
    self.id = id
    pool = HandlePool(prototype: try ICU.TransliteratorHandle(id: id, rules: nil))
  }

  /// Compiles a custom transform from ICU transform rules.
  ///
  /// - Parameters:
  ///   - id: A name for the transform (used in errors and by ``id``).
  ///   - rules: Rules in ICU's transform rule syntax (`a > b;` …).
  ///   - reverse: Compile the rules in the reverse direction (`<` rules).
  /// - Throws: ``TransliterationError`` with kind ``TransliterationError/Kind/invalidRules`` and
  ///   ICU's line and offset for a syntax error.
  public init(id: String, rules: String, reverse: Bool = false) throws(TransliterationError) {
    self.id = id
    pool = HandlePool(
      prototype: try ICU.TransliteratorHandle(id: id, rules: rules, reverse: reverse))
  }

  /// Applies the transform to `text`.
  public func transliterate(_ text: String) -> String {
    if text.isEmpty { return text }
    let handle = pool.borrow()
    defer { pool.giveBack(handle) }
    return handle.transliterate(text)
  }
}

/// Idle ICU handles, cloned from a prototype on demand.
///
/// `@unchecked Sendable`: the handles are only touched under the mutex or by the single caller
/// that borrowed one.
private final class HandlePool: @unchecked Sendable {
  private let prototype: ICU.TransliteratorHandle
  private let idle: Mutex<[ICU.TransliteratorHandle]>
  private static let maximumIdle = 16

  init(prototype: ICU.TransliteratorHandle) {
    self.prototype = prototype
    idle = Mutex([])
  }

  func borrow() -> ICU.TransliteratorHandle {
    if let handle = idle.withLock({ $0.popLast() }) { return handle }
    // The prototype is never used to transliterate; cloning it under the lock keeps ICU's
    // const-object rule without relying on its thread-safety guarantees.
    guard let handle = idle.withLock({ _ in prototype.clone() }) else {
      fatalError("ICU could not clone transliterator '\(prototype)': out of memory")
    }
    return handle
  }

  func giveBack(_ handle: ICU.TransliteratorHandle) {
    idle.withLock { handles in
      if handles.count < Self.maximumIdle { handles.append(handle) }
    }
  }
}
