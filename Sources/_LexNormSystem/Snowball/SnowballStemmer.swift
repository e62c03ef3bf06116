internal import CStemmerShims

/// One libstemmer object for a Snowball algorithm. Not thread-safe on its own: callers lend it
/// to one thread at a time (hence `@unchecked Sendable`).
package final class SnowballStemmer: @unchecked Sendable {
  private let pointer: OpaquePointer

  /// A stemmer for `algorithm` (`russian`, `german`, `english`, …), which libstemmer must have.
  package init(algorithm: String) {
    guard let opened = CStemmerShims_open(algorithm) else {
      // Only the three algorithms of `Stemmer.Language` are asked for; libstemmer ships them all.
      fatalError("libstemmer lacks the '\(algorithm)' algorithm")
    }
    pointer = opened
  }

  deinit { CStemmerShims_close(pointer) }

  /// The stem of `word` (UTF-8, lower case), or `word` when libstemmer fails.
  package func stem(_ word: String) -> String {
    var word = word
    let stem = word.withUTF8 { bytes -> String? in
      var length: Int32 = 0
      guard let result = CStemmerShims_stem(pointer, bytes.baseAddress, Int32(bytes.count), &length)
      else { return nil }
      return String(decoding: UnsafeBufferPointer(start: result, count: Int(length)), as: UTF8.self)
    }
    return stem ?? word
  }
}
