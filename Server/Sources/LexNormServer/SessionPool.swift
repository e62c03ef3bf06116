import Foundation
import LexNorm

/// Document sessions kept between requests. A session remembers what each word it has read
/// means to the lexicon (its token cache), so a warm one annotates an article far faster than a
/// new one, which must analyse every word afresh. Each document still starts without the short
/// forms and date of the one before (``DocumentSession``).
///
/// `@unchecked Sendable`: `idle` is only touched under `lock`, and a session is used by one
/// request at a time (taken out of the pool while in use).
final class SessionPool: @unchecked Sendable {
  private let annotator: Annotator
  private let lock = NSLock()
  private var idle: [AnnotationOptions: [DocumentSession]] = [:]
  private var idleCount = 0
  /// Bound on idle sessions, whatever their options: each holds a token cache of a few MB.
  private let maximumIdle: Int

  init(
    annotator: Annotator, maximumIdle: Int = 2 * ProcessInfo.processInfo.activeProcessorCount + 4
  ) {
    self.annotator = annotator
    self.maximumIdle = maximumIdle
  }

  /// Annotates `document` with an idle session for `options` (the date comes from the
  /// document), or a new one when none is idle.
  func annotate(_ document: Document, options: AnnotationOptions) -> AnnotatedDocument {
    var key = options
    key.date = nil
    let session =
      lock.withLock { () -> DocumentSession? in
        guard let session = idle[key]?.popLast() else { return nil }
        idleCount -= 1
        return session
      } ?? annotator.makeDocumentSession(options: key)
    let result = session.annotate(document)
    lock.withLock {
      guard idleCount < maximumIdle else { return }
      idle[key, default: []].append(session)
      idleCount += 1
    }
    return result
  }
}
