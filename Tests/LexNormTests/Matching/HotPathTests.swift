import Testing

@testable import LexNorm

@Suite("Hot-path filters and memos")
struct HotPathTests {
  static let filter = LowercaseWordFilter(vocabulary: [
    "f:ministry", "f:of", "e:hi", "r:президент", "f:bo", "f:chinh", "g:politburo", "n:lam",
  ])

  /// Lower-case words of running text: the filter may let a word through that has no key, but
  /// must never stop one that has.
  @Test(arguments: [
    ("ministry", true),
    ("mINISTRY", true),  // upper case after the first letter folds like the rest
    ("of", true),
    ("off", false),  // a three-letter prefix no key has
    ("hiking", true),  // starts with a short stem
    ("xylophone", false),
    ("президента", true),
    ("прЕзидент", true),
    ("bộ", true),  // Vietnamese, diacritics folded
    ("chính", true),
    ("chính", true),  // decomposed: combining marks go to the cache
    ("politbüros", true),
    ("lam", false),  // name syllables never come from lower-case words
    ("ёлка", false),
  ])
  func lowercaseFilterPassesEveryWordWithAKey(word: String, passes: Bool) {
    var word = word
    let isASCII = word.utf8.allSatisfy { $0 < 0x80 }
    let result = word.withUTF8 { Self.filter.mayMatch($0[...], isASCII: isASCII) }
    #expect(result == passes)
  }

  @Test func byteMemoComparesSpansByteForByteAndStaysBounded() {
    var memo = ByteMemo<Int>(maximumEntries: 2, maximumBytes: 64)
    func value(_ text: String) -> Int? {
      var text = text
      return text.withUTF8 { memo.value(for: UnsafeRawBufferPointer($0)) }
    }
    func store(_ number: Int, _ text: String) {
      var text = text
      text.withUTF8 { memo.store(number, for: UnsafeRawBufferPointer($0)) }
    }
    store(1, "To Lam")
    store(2, "Tô Lâm")
    #expect(value("To Lam") == 1)
    #expect(value("Tô Lâm") == 2)
    #expect(value("To  Lam") == nil)
    #expect(value("To Lam ") == nil)
    // A third span drops the first two (bounded memory).
    store(3, "Luong Cuong")
    #expect(value("To Lam") == nil)
    #expect(value("Luong Cuong") == 3)
  }
}
