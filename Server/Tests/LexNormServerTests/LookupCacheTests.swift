import NIOCore
import Testing

@testable import LexNormServer

/// The lookup answer cache: what it keeps, what it evicts, and that a server answers the same
/// with and without it.
@Suite("Lookup cache")
struct LookupCacheTests {
  private static func key(_ text: String) -> LookupResponseCache.Query {
    LookupResponseCache.Query(text: text)
  }

  private static func answers(
    _ cache: LookupResponseCache, _ queries: [String]
  ) -> [String: String] {
    var found: [String: String] = [:]
    for query in queries {
      if let body = cache.answer(for: key(query)) { found[query] = String(buffer: body) }
    }
    return found
  }

  @Test func answersWhatItStored() {
    let cache = LookupResponseCache(capacity: 4)
    cache.store(ByteBuffer(string: "A"), for: Self.key("q=a"))
    cache.store(ByteBuffer(string: "B"), for: Self.key("q=b&limit=1"))
    #expect(
      Self.answers(cache, ["q=a", "q=b&limit=1", "q=b", "q=a&limit=1"]) == [
        "q=a": "A", "q=b&limit=1": "B",
      ])
  }

  /// Full, the clock hand spares an answer read since it last passed and evicts the next.
  @Test func evictsTheFirstAnswerNotReadRecently() {
    let cache = LookupResponseCache(capacity: 2)
    cache.store(ByteBuffer(string: "A"), for: Self.key("a"))
    cache.store(ByteBuffer(string: "B"), for: Self.key("b"))
    _ = cache.answer(for: Self.key("a"))
    cache.store(ByteBuffer(string: "C"), for: Self.key("c"))
    #expect(Self.answers(cache, ["a", "b", "c"]) == ["a": "A", "c": "C"])
    cache.store(ByteBuffer(string: "D"), for: Self.key("d"))
    #expect(Self.answers(cache, ["a", "b", "c", "d"]) == ["c": "C", "d": "D"])
  }

  @Test func keepsNothingWithCapacityZeroOrOverTheEntrySize() {
    let none = LookupResponseCache(capacity: 0)
    none.store(ByteBuffer(string: "A"), for: Self.key("a"))
    #expect(none.answer(for: Self.key("a")) == nil)

    let cache = LookupResponseCache(capacity: 4)
    let limit = LookupResponseCache.maximumEntryBytes
    cache.store(ByteBuffer(string: String(repeating: "x", count: limit - 1)), for: Self.key("a"))
    cache.store(ByteBuffer(string: String(repeating: "x", count: limit)), for: Self.key("b"))
    #expect(Self.answers(cache, ["a", "b"]).keys.sorted() == ["a"])
  }

  /// Canonically equivalent queries are equal Swift strings but are answered with their own
  /// bytes echoed, so they are two entries.
  @Test func keysAreBytes() {
    let cache = LookupResponseCache(capacity: 4)
    cache.store(ByteBuffer(string: "composed"), for: Self.key("q=\u{E1}"))
    #expect(cache.answer(for: Self.key("q=a\u{301}")) == nil)
  }

  /// The same answers, asked three times each, from a server with the cache and one without;
  /// `limit` and `label_lang` change the answer, so they are part of the key.
  @Test func serverAnswersTheSameWithAndWithoutTheCache() throws {
    let lexicon = [
      "--no-default-lexicon", "--lexicon", ServerProcess.fixtureLexicon, "--lexicon",
      ServerProcess.fixtures.appendingPathComponent("lexicon-namesakes.yaml").path,
    ]
    let cached = try ServerProcess.start(lexicon)
    defer { cached.stop() }
    let uncached = try ServerProcess.start(lexicon + ["--lookup-cache", "0"])
    defer { uncached.stop() }

    let first = #"{"id": "person:nguyen-van-an-1", "kind": "person", "label": "#
    let second = #"{"id": "person:nguyen-van-an-2", "kind": "person", "label": "#
    let exact = #", "score": 1, "method": ["exact"]}"#
    // Tied namesakes: the second loses 0.01 to the prominence prior (no roles: lexicon order).
    let tied = #", "score": 0.99, "method": ["exact"]}"#
    let cases: [(target: String, expected: String)] = [
      (
        "/v1/lookup?q=Nguyen+Van+An",
        #"{"query": "Nguyen Van An", "candidates": ["# + first + #""Nguyễn Văn An""# + exact
          + ", " + second + #""Nguyễn Văn An""# + tied + "]}"
      ),
      (
        "/v1/lookup?q=Nguyen+Van+An&limit=1",
        #"{"query": "Nguyen Van An", "candidates": ["# + first + #""Nguyễn Văn An""# + exact
          + "]}"
      ),
      (
        "/v1/lookup?q=Nguyen+Van+An&limit=1&label_lang=en",
        #"{"query": "Nguyen Van An", "candidates": ["# + first + #""Nguyen Van An""# + exact
          + "]}"
      ),
      (
        "/v1/lookup?q=Lyong+Kyong",
        #"{"query": "Lyong Kyong", "candidates": [{"id": "person:luong-cuong", "kind": "person", "label": "Lương Cường", "score": 0.85, "method": ["romanised-ru"]}]}"#
      ),
      (
        "/v1/lookup?q=Lyong+Kyong&label_lang=ru",
        #"{"query": "Lyong Kyong", "candidates": [{"id": "person:luong-cuong", "kind": "person", "label": "Лыонг Кыонг", "score": 0.85, "method": ["romanised-ru"]}]}"#
      ),
      (
        "/v1/lookup?q=Cuong",
        #"{"query": "Cuong", "candidates": [{"id": "person:luong-cuong", "kind": "person", "label": "Lương Cường", "score": 0.7, "method": ["short-form"]}]}"#
      ),
      ("/v1/lookup?q=Xylophone", #"{"query": "Xylophone", "candidates": []}"#),
    ]
    for _ in 0..<3 {
      for (target, expected) in cases {
        for server in [cached, uncached] {
          let reply = try server.get(target)
          #expect(reply.status == 200)
          #expect(reply.text == expected, "\(target)")
        }
      }
    }
    let asked = Double(cases.count * 3)
    let withCache = try cached.metrics()
    #expect(withCache["lexnorm_lookup_cache_misses_total"] == Double(cases.count))
    #expect(withCache["lexnorm_lookup_cache_hits_total"] == asked - Double(cases.count))
    let withoutCache = try uncached.metrics()
    #expect(withoutCache["lexnorm_lookup_cache_misses_total"] == asked)
    #expect(withoutCache["lexnorm_lookup_cache_hits_total"] == 0)
  }

  /// A refused query is never stored: asked again, it is refused again.
  @Test func errorsAreNotCached() throws {
    let server = try ServerProcess.start()
    defer { server.stop() }
    for _ in 0..<2 {
      let reply = try server.get("/v1/lookup?q=Lyong&limit=0")
      #expect(reply.status == 422)
      #expect(
        reply.text
          == #"{"error": "invalid_field", "message": "limit: \"0\" is not a positive integer"}"#)
    }
    #expect(try server.metrics()["lexnorm_lookup_cache_hits_total"] == 0)
  }
}
