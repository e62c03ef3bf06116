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

  /// The hash of a token read inside its line equals the hash of its bytes alone, for every
  /// length around the 8-byte steps and for tokens that end near the line's end.
  @Test func tokenHashInsideTheLineEqualsTheHashOfItsBytes() {
    var line = "Tổng Bí thư Tô Lâm, Thủ tướng Phạm Minh Chính: a\u{2028}bcdefghijklmnopq"
    line.withUTF8 { text in
      for start in 0..<text.count {
        for end in start...min(text.count, start + 20) {
          let alone = ByteHash.hash(
            UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(text)[start..<end]))
          #expect(ByteHash.hash(start..<end, in: text) == alone, "bytes \(start)..<\(end)")
        }
      }
    }
  }

  /// The recent-token table answers what was kept for a hash until another hash takes its slot,
  /// including that a lower-case word was filtered out; a look-up ignores the latter.
  @Test func recentTokensKeepTheLastAnswerPerSlot() {
    let cache = TokenKeyCache(index: PhraseIndex(lexicon: Lexicon(entities: [])))
    let hash: UInt64 = 0xABCD_0000_0000_1234
    #expect(cache.recentAnswer(hash: hash) == nil)
    cache.remember(.filteredOut, hash: hash)
    #expect(cache.recentAnswer(hash: hash)?.entry == TokenKeyCache.Lookup.filteredOut.entry)
    let found = TokenKeyCache.Lookup(entry: 0, startsPhrase: true, startsNonPersonPhrase: false)
    cache.remember(found, hash: hash)
    let answer = cache.recentAnswer(hash: hash)
    #expect(answer?.entry == 0)
    #expect(answer?.startsPhrase == true)
    #expect(answer?.startsNonPersonPhrase == false)
    // Same top bits, same slot: the later hash replaces the earlier one.
    cache.remember(.noKeys, hash: hash ^ 1)
    #expect(cache.recentAnswer(hash: hash) == nil)
    #expect(cache.recentAnswer(hash: hash ^ 1)?.entry == TokenKeyCache.Lookup.noKeys.entry)
    // A filtered-out answer never stands in for a look-up.
    var word = "xylophone"
    word.withUTF8 { bytes in
      let hash = ByteHash.hash(0..<bytes.count, in: bytes)
      cache.remember(.filteredOut, hash: hash)
      #expect(cache.lookUp(bytes[...], hash: hash).entry == TokenKeyCache.Lookup.noKeys.entry)
    }
  }
}
