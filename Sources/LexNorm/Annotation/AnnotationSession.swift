/// Annotates one document that arrives in segments, keeping what the document has said so far:
/// persons named in full (for later short forms) and the document's date (for bare titles).
///
/// A session is not thread-safe; make one per document and thread (``Annotator/makeSession(options:)``).
public final class AnnotationSession {
  private let annotator: Annotator
  private let options: AnnotationOptions
  private let cache: TokenKeyCache
  private let matcher: PhraseMatcher
  private let ranking: HitRanking
  private var documentDate: CalendarDate?
  private var shortForms: ShortForms
  /// The persons the document names with each title (`Premierminister Pham Minh Chinh`), by
  /// title ID: a bare title of the document refers to its one person.
  private var titleNames: [String: Set<String>] = [:]
  /// The persons the document names so far: two holders of an office among them (a
  /// predecessor, a history of the office) leave its bare title unresolved.
  private var personsNamed: Set<String> = []
  /// The names (lower-cased words) that followed another country's office in the document.
  private var foreignNames: Set<[String]> = []
  /// The years the document writes: five or more make it a history or a career summary, where
  /// a bare title is the office through time, not one holder.
  private var yearsWritten: Set<Int> = []
  /// Whether a capitalised word may be a Vietnamese syllable, by its text (bounded memo: the
  /// short-form guard asks for the neighbours of every short form).
  private var syllableLike: [String: Bool] = [:]
  /// The keys one edit away from a word that cannot be a syllable (empty: none, or it can be):
  /// the same misspelling recurs, and its variants cost hundreds of look-ups.
  private var misspellings: [String: [KeyCandidate]] = [:]
  /// The best reading of each span tried so far, by its bytes; `nil` when none is valid.
  ///
  /// Whether a run of tokens reads as an entity, and as which, depends only on its bytes: the
  /// tokens, their keys, capitalisation and the gaps between them all lie inside the span. So
  /// ranking and the mention's strings are made once per distinct span (`General Secretary To
  /// Lam` recurs throughout an archive). Unchecked exclusivity here and below: read at every
  /// phrase start, never accessed in overlap.
  @exclusivity(unchecked) private var readings = ByteMemo<Reading?>(
    maximumEntries: 1 << 16, maximumBytes: 1 << 22)
  /// Reused by every phrase walk.
  @exclusivity(unchecked) private var hits: [PhraseHit] = []
  /// While a whole document is annotated: the index keys of capitalised words no mention
  /// covered, which a person named later in the document may make short forms (keys, not cache
  /// entries: the cache may be rebuilt between the passes).
  private var unmatchedCapitalized: [Int32]?

  init(annotator: Annotator, options: AnnotationOptions) {
    self.annotator = annotator
    self.options = options
    cache = TokenKeyCache(
      index: annotator.index, nameKeysForLowercase: !options.requiresCapitalizedNames)
    matcher = PhraseMatcher(index: annotator.index)
    ranking = HitRanking(index: annotator.index)
    documentDate = options.date
    shortForms = ShortForms(index: annotator.index)
  }

  /// The date bare titles are resolved against: the one given in the options, else the first
  /// date written in the document so far.
  public var date: CalendarDate? { documentDate }

  /// Starts the next document of a stream: forgets the persons named and the date, keeps the
  /// token and span caches (they depend only on the bytes read, not on the document).
  func startDocument(date: CalendarDate?) {
    documentDate = date ?? options.date
    shortForms = ShortForms(index: annotator.index)
    titleNames = [:]
    personsNamed = []
    foreignNames = []
    yearsWritten = []
  }

  /// The mentions in `segment`, with offsets counted from the start of the document.
  public func annotate(_ segment: TextSegment) -> [Mention] {
    annotate(segment, draft: nil)
  }

  /// The mentions in `segment`, as ``annotate(_:)`` finds them, taking the document-independent
  /// work from `draft` (made by another session from the same segment, see ``draft(_:dateBefore:)``).
  func annotate(_ segment: TextSegment, draft: Draft?) -> [Mention] {
    var text = segment.text
    let local = text.withUTF8 { bytes in mentions(in: bytes, draft: draft) }
    return local.map { mention in
      var shifted = mention
      shifted.start = segment.inputOffset(ofTextOffset: mention.start)
      shifted.end = segment.inputOffset(ofTextOffset: mention.end)
      return shifted
    }
  }

  /// The mentions of a whole document given as its segments, one array per segment: a short
  /// form anywhere (a headline's `Hue`) resolves against the persons named in full anywhere in
  /// the document (`Vuong Dinh Hue` three lines later), and without a date in the options, bare
  /// titles resolve against the first date anywhere in the document.
  ///
  /// Two passes: the second annotates again only the segments that have a capitalised word
  /// whose name a person named after them bears. The session then continues the document.
  public func annotate(document segments: [TextSegment]) -> [[Mention]] {
    if documentDate == nil {
      for segment in segments where documentDate == nil {
        var text = segment.text
        documentDate = text.withUTF8 { DateFinder.firstDate(in: $0) }
      }
    }
    for segment in segments {
      var text = segment.text
      yearsWritten.formUnion(text.withUTF8 { RoleContext.years(in: $0, range: 0..<$0.count) })
    }
    var results: [[Mention]] = []
    var pending: [(segment: Int, persons: Int, words: [Int32])] = []
    for (position, segment) in segments.enumerated() {
      unmatchedCapitalized = []
      results.append(annotate(segment))
      if let words = unmatchedCapitalized, !words.isEmpty {
        pending.append((position, shortForms.count, words))
      }
    }
    unmatchedCapitalized = nil
    for (position, persons, words) in pending
    where words.contains(where: { shortForms.isNamed($0, after: persons) }) {
      results[position] = annotate(segments[position])
    }
    preferReadingsByLaterYears(&results, segments: segments)
    return results
  }

  /// Ambiguous persons whose segment names no year: the years in the one or two short
  /// segments after it decide (a list of office holders read line by line).
  private func preferReadingsByLaterYears(_ results: inout [[Mention]], segments: [TextSegment]) {
    func years(_ segment: Int) -> Set<Int> {
      var text = segments[segment].text
      return text.withUTF8 { RoleContext.years(in: $0, range: 0..<$0.count, includingDates: true) }
    }
    for position in results.indices {
      for index in results[position].indices
      where results[position][index].kind == .person
        && !results[position][index].alternatives.isEmpty
      {
        guard years(position).isEmpty else { continue }
        let readings = [results[position][index].id] + results[position][index].alternatives
        var written: Set<Int> = []
        var notes = 0
        var next = position + 1
        while written.isEmpty, notes < 2, next < segments.count {
          defer { next += 1 }
          let text = segments[next].text
          guard text.contains(where: { !$0.isWhitespace }) else { continue }
          // A note, not running text, and about no one else.
          let other = results[next].contains { $0.kind == .person && !readings.contains($0.id) }
          guard DatedReading.isNote(text.utf8.count), !other else { break }
          notes += 1
          written = years(next)
        }
        prefer(readingActiveIn: written, in: &results[position][index])
      }
    }
  }

  /// Marks a token of the segment whose cache entry has not been looked up yet.
  private static let notLookedUp = TokenKeyCache.Lookup(
    entry: .min, startsPhrase: false, startsNonPersonPhrase: false)

  /// A mention and the tokens it covers.
  fileprivate struct Found: Sendable {
    var mention: Mention
    var tokens: Range<Int>
  }

  /// The best reading of a span: its mention (offsets not set) and entity.
  private struct Reading {
    var mention: Mention
    var entity: Int32
  }

  /// What a segment gives without the document's state beyond its date: its tokens, document
  /// references and the phrase found (or not) at each token the loop tried one. Any session may
  /// make it (``draft(_:dateBefore:)``, on another thread); the document's session then only
  /// adds what depends on the segments before (short forms, roles).
  struct Draft: Sendable {
    fileprivate var date: CalendarDate?
    fileprivate var tokens: [Token]
    fileprivate var references: [DocumentReference]
    /// Per token: `notTried`, `noPhrase`, `noKeys`, or the index of its phrase in `phrases`.
    fileprivate var phraseAt: [Int32]
    fileprivate var phrases: [Phrase]

    fileprivate static let notTried: Int32 = -3
    /// Tried, no phrase starts here, and the token offers no key: the document's session need
    /// not look it up (for a short form) again.
    fileprivate static let noKeys: Int32 = -2
    fileprivate static let noPhrase: Int32 = -1
  }

  /// A phrase found while drafting: the mention and the entity (for short-form registration).
  fileprivate struct Phrase: Sendable {
    var found: Found
    var entity: Int32
  }

  /// Collects a draft while the loop runs (a class, so the loop passes no large optional per
  /// token: that cost a `memcpy` each).
  private final class DraftRecorder {
    var draft: Draft
    let lookups: UnsafeMutableBufferPointer<TokenKeyCache.Lookup>

    init(_ draft: Draft, lookups: UnsafeMutableBufferPointer<TokenKeyCache.Lookup>) {
      self.draft = draft
      self.lookups = lookups
    }

    func noPhrase(at position: Int) {
      let keyless = lookups[position].entry == TokenKeyCache.Lookup.noKeys.entry
      draft.phraseAt[position] = keyless ? Draft.noKeys : Draft.noPhrase
    }

    func phrase(_ found: Found, entity: Int32, at position: Int) {
      draft.phraseAt[position] = Int32(draft.phrases.count)
      draft.phrases.append(Phrase(found: found, entity: entity))
    }
  }

  /// The draft of `segment` when the document's date before it is `dateBefore`; this session's
  /// own document state is replaced (use a session for drafting only).
  func draft(_ segment: TextSegment, dateBefore: CalendarDate?) -> Draft {
    documentDate = dateBefore
    var text = segment.text
    return text.withUTF8 { bytes in
      if documentDate == nil { documentDate = DateFinder.firstDate(in: bytes) }
      let tokens = Tokenizer.tokens(in: bytes)
      let draft = Draft(
        date: documentDate, tokens: tokens, references: DocumentScanner(bytes: bytes).references(),
        phraseAt: [Int32](repeating: Draft.notTried, count: tokens.count), phrases: [])
      var lookups = [TokenKeyCache.Lookup](repeating: Self.notLookedUp, count: tokens.count)
      return tokens.withUnsafeBufferPointer { tokens in
        lookups.withUnsafeMutableBufferPointer { lookups in
          let recorder = DraftRecorder(draft, lookups: lookups)
          _ = scan(
            bytes, tokens: tokens, lookups: lookups, references: draft.references,
            recorder: recorder)
          return recorder.draft
        }
      }
    }
  }

  private func mentions(in bytes: UnsafeBufferPointer<UInt8>, draft: Draft?) -> [Mention] {
    if documentDate == nil { documentDate = draft?.date ?? DateFinder.firstDate(in: bytes) }
    let tokens = draft?.tokens ?? Tokenizer.tokens(in: bytes)
    let references = draft?.references ?? DocumentScanner(bytes: bytes).references()
    // Each token is looked up in the cache at most once per segment. The loop works on buffer
    // pointers to the tokens and this memo: closures over arrays cost a retain and release per
    // call, and the loop runs for every token of the text.
    var lookups = [TokenKeyCache.Lookup](repeating: Self.notLookedUp, count: tokens.count)
    return tokens.withUnsafeBufferPointer { tokens in
      lookups.withUnsafeMutableBufferPointer { lookups in
        mentions(in: bytes, tokens: tokens, lookups: lookups, references: references, draft: draft)
      }
    }
  }

  private func mentions(
    in bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
    lookups: UnsafeMutableBufferPointer<TokenKeyCache.Lookup>, references: [DocumentReference],
    draft: Draft?
  ) -> [Mention] {
    var (found, lastRegistration, unmatched) = scan(
      bytes, tokens: tokens, lookups: lookups, references: references, draft: draft)
    let entry = { (position: Int) -> Int32 in
      if lookups[position].entry == Self.notLookedUp.entry {
        let token = tokens[position]
        lookups[position] = self.cache.lookUp(bytes[token.start..<token.end])
      }
      return lookups[position].entry
    }
    if !unmatched.isEmpty {
      found = withRepairedNames(found, at: unmatched, tokens: tokens, bytes: bytes, entry: entry)
    }
    if lastRegistration > 0 {
      found = withEarlierShortForms(
        found, before: lastRegistration, tokens: tokens, bytes: bytes, entry: entry)
    }
    resolveRoles(&found, tokens: tokens, bytes: bytes, entry: entry)
    preferReadingsByYears(&found, bytes: bytes)
    if options.includesNested {
      found += nestedMatches(in: found, tokens: tokens, bytes: bytes, entry: entry)
      found.sort { ($0.mention.start, -$0.mention.end) < ($1.mention.start, -$1.mention.end) }
    }
    return found.map(\.mention)
  }

  /// The loop over the tokens of a segment: document references, phrases and short forms in
  /// document order, where the last person named in full starts, and the capitalised words no
  /// mention covered (where a damaged name may start). Phrases come from `draft`
  /// where it tried the token; `recorder` (set only while drafting, without short forms) is
  /// told the phrase found or not at each token tried.
  private func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
    lookups: UnsafeMutableBufferPointer<TokenKeyCache.Lookup>, references: [DocumentReference],
    draft: Draft? = nil,
    recorder: DraftRecorder? = nil
  ) -> (found: [Found], lastRegistration: Int, unmatched: [Int]) {
    var nextReference = 0
    let cache = self.cache
    @inline(__always)
    func lookUp(_ position: Int) -> TokenKeyCache.Lookup {
      if lookups[position].entry == Self.notLookedUp.entry {
        let token = tokens[position]
        lookups[position] = cache.lookUp(bytes[token.start..<token.end])
      }
      return lookups[position]
    }
    @inline(__always)
    func lookUp(_ position: Int, hash: UInt64) -> TokenKeyCache.Lookup {
      if lookups[position].entry == Self.notLookedUp.entry {
        let token = tokens[position]
        lookups[position] = cache.lookUp(bytes[token.start..<token.end], hash: hash)
      }
      return lookups[position]
    }
    func entry(_ position: Int) -> Int32 { lookUp(position).entry }
    // Read once per segment rather than through `annotator` and `options` for every token.
    let requiresCapitalizedNames = options.requiresCapitalizedNames
    let lowercaseFilter = annotator.index.lowercaseFilter
    var found: [Found] = []
    /// End of the last mention found, kept apart so the loop does not copy `found.last`.
    var lastEnd = 0
    /// Where the last person named in full in this segment starts: short forms before it may
    /// name that person (`Hue steps down` … `Vuong Dinh Hue`), so they are tried again.
    var lastRegistration = 0
    /// Capitalised words no mention covered: where a damaged name may start.
    var unmatched: [Int] = []
    let triedAt = draft?.phraseAt ?? []
    let drafted = draft?.phrases ?? []
    // In running text a lower-case word starts no name. A word is answered from the cache's
    // recent tokens when it is one, where its answer (the lower-case filter's included) was
    // kept the last time this test ran for the same bytes; else a lower-case word passes a
    // bit-set test before the cache.
    @inline(__always)
    func startsPhrase(_ position: Int) -> Bool {
      let token = tokens[position]
      let mayName = !requiresCapitalizedNames || token.isCapitalized
      let hash = ByteHash.hash(token.start..<token.end, in: bytes)
      let answer: TokenKeyCache.Lookup
      if let known = cache.recentAnswer(hash: hash) {
        if known.entry == TokenKeyCache.Lookup.filteredOut.entry { return false }
        lookups[position] = known
        answer = known
      } else if mayName || token.isMixedScript
        || lowercaseFilter.mayMatch(bytes[token.start..<token.end], isASCII: token.isASCII)
      {
        answer = lookUp(position, hash: hash)
        cache.remember(answer, hash: hash)
      } else {
        cache.remember(.filteredOut, hash: hash)
        return false
      }
      return mayName ? answer.startsPhrase : answer.startsNonPersonPhrase
    }
    var position = 0
    /// Adds a phrase found at `position` and moves past it.
    @inline(__always)
    func take(_ match: Found, entity: Int32) {
      if match.tokens.count == 1, match.mention.kind != .person {
        // `Hue` of a document that names Vuong Dinh Hue is him, not the city, unless the
        // words around it name a place.
        if !shortForms.isEmpty,
          let short = shortFormMatch(at: position, tokens: tokens, bytes: bytes, entry: entry),
          !ShortForms.isPlaceContext(position, tokens: tokens, bytes: bytes)
        {
          found.append(short)
          lastEnd = short.mention.end
          position = short.tokens.upperBound
          return
        }
        if unmatchedCapitalized != nil, tokens[position].isCapitalized {
          unmatchedCapitalized?.append(
            contentsOf: cache.candidates(ofEntry: entry(position)).lazy.map(\.key))
        }
      }
      found.append(match)
      lastEnd = match.mention.end
      if recorder == nil, match.mention.kind == .person,
        shortForms.register(position: entity, written: match.mention.text)
      {
        lastRegistration = match.tokens.lowerBound
      }
      position = match.tokens.upperBound
    }
    while position < tokens.count {
      let token = tokens[position]
      // Drop references already passed or overlapped by an earlier mention.
      while nextReference < references.count,
        references[nextReference].range.upperBound <= token.start
          || references[nextReference].range.lowerBound < lastEnd
      {
        nextReference += 1
      }
      // A document reference wins over any phrase inside it (`решением Политбюро № 242-QD/TW`).
      if nextReference < references.count,
        references[nextReference].range.lowerBound <= token.start
      {
        let match = documentMention(references[nextReference], tokens: tokens, from: position)
        found.append(match)
        lastEnd = match.mention.end
        nextReference += 1
        position = match.tokens.upperBound
        continue
      }
      if token.isInURL || token.isNumeric {
        position += 1
        continue
      }
      // The phrase here: drafted, or looked for now. Large values stay behind the branches.
      let tried = position < triedAt.count ? triedAt[position] : Draft.notTried
      if tried >= 0 {
        let phrase = drafted[Int(tried)]
        take(phrase.found, entity: phrase.entity)
        continue
      }
      if tried == Draft.noKeys {
        lookups[position] = .noKeys
      } else if tried == Draft.notTried {
        if startsPhrase(position),
          let match = bestMatch(at: position, tokens: tokens, bytes: bytes, entry: entry)
        {
          recorder?.phrase(match.found, entity: match.entity, at: position)
          take(match.found, entity: match.entity)
          continue
        }
        recorder?.noPhrase(at: position)
      }
      if token.isCapitalized, !shortForms.isEmpty,
        let match = shortFormMatch(at: position, tokens: tokens, bytes: bytes, entry: entry)
      {
        found.append(match)
        lastEnd = match.mention.end
        position = match.tokens.upperBound
        continue
      }
      if token.isCapitalized {
        unmatched.append(position)
        if unmatchedCapitalized != nil, entry(position) >= 0 {
          unmatchedCapitalized?.append(
            contentsOf: cache.candidates(ofEntry: entry(position)).lazy.map(\.key))
        }
      }
      position += 1
    }
    return (found, lastRegistration, unmatched)
  }

  /// A document reference as a mention: the lexicon's document when it has one with that code,
  /// else the normalized ID alone (`document:18-nq-tw`).
  private func documentMention(
    _ reference: DocumentReference, tokens: UnsafeBufferPointer<Token>, from position: Int
  )
    -> Found
  {
    var end = position
    while end < tokens.count, tokens[end].start < reference.range.upperBound { end += 1 }
    var mention = Mention(
      start: reference.range.lowerBound, end: reference.range.upperBound, text: reference.text,
      id: reference.id, kind: .document, label: reference.canonicalLabel, score: 0.9,
      methods: [.documentCode])
    if let position = annotator.documentCodes[reference.code] {
      let entity = annotator.index.entities[Int(position)]
      mention.id = entity.id
      mention.label = EntityForms.label(of: entity, in: options.labelLanguage)
      mention.score = 1
    }
    return Found(mention: mention, tokens: position..<max(end, position + 1))
  }

  /// The longest valid reading of a stored phrase starting at `start`, with its entity.
  private func bestMatch(
    at start: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
    entry: (Int) -> Int32, endingBy limit: Int = .max
  ) -> (found: Found, entity: Int32)? {
    hits.removeAll(keepingCapacity: true)
    matcher.collectHits(
      startingAt: start, tokens: tokens, candidates: { cache.candidates(ofEntry: entry($0)) },
      into: &hits)
    var length = min(hits.lazy.map(\.length).max() ?? 0, limit - start)
    while length > 0 {
      defer { length -= 1 }
      let span = start..<(start + length)
      guard hits.contains(where: { $0.length == span.count }) else { continue }
      let startByte = tokens[span.lowerBound].start
      let endByte = tokens[span.upperBound - 1].end
      let text = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[startByte..<endByte]))
      let reading: Reading?
      if let known = readings.value(for: text) {
        reading = known
      } else {
        reading = read(span, tokens: tokens, bytes: bytes)
        readings.store(reading, for: text)
      }
      guard var mention = reading?.mention, let entity = reading?.entity else { continue }
      mention.start = startByte
      mention.end = endByte
      // After the memo: the reading of a span does not depend on the date, this step does.
      if annotator.lexicon.hasSuccessions { resolveSuccession(&mention) }
      return (Found(mention: mention, tokens: span), entity)
    }
    return nil
  }

  /// The best valid reading of the hits (in ``hits``) that cover exactly `span`.
  private func read(
    _ span: Range<Int>, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>
  ) -> Reading? {
    let valid = hits.filter { $0.length == span.count && isValid($0, tokens: tokens[span]) }
    let surface = span.map {
      String(decoding: bytes[tokens[$0].start..<tokens[$0].end], as: UTF8.self)
    }
    var ranked = ranking.rank(valid, surface: surface)
    if surface.contains(where: ToneMarks.hasMarks) {
      // Written with diacritics: only a person with these diacritics (`Việt` is not `Viết`). An
      // exact reading has them; the kind is read alone, without copying the entity.
      ranked.removeAll { hit in
        !hit.methods.contains(.exact) && annotator.index.entities[Int(hit.entity)].kind == .person
          && !ToneMarks.agree(surface, with: annotator.index.entities[Int(hit.entity)])
      }
    }
    guard let best = ranked.first else { return nil }
    let alternatives = ranked.dropFirst().prefix { $0.score == best.score }.map(\.entity)
    let mention = makeMention(
      entity: best.entity, span: span, tokens: tokens, bytes: bytes, score: best.score,
      methods: best.methods, alternatives: alternatives)
    return Reading(mention: mention, entity: best.entity)
  }

  /// The entities inside longer mentions (`Politburo` in `member of the Politburo`), as the
  /// development corpus annotates them: never a title inside a title, never the outer entity
  /// again, never a person (a name inside `Ho Chi Minh City` belongs to the city), one level
  /// deep.
  private func nestedMatches(
    in outer: [Found], tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
    entry: (Int) -> Int32
  ) -> [Found] {
    var inner: [Found] = []
    for container in outer where container.tokens.count > 1 {
      var position = container.tokens.lowerBound
      while position < container.tokens.upperBound {
        let limit =
          position == container.tokens.lowerBound
          ? container.tokens.upperBound - 1 : container.tokens.upperBound
        if let match = bestMatch(
          at: position, tokens: tokens, bytes: bytes, entry: entry, endingBy: limit)?.found,
          match.mention.id != container.mention.id, match.mention.kind != .person,
          !(match.mention.kind == .title && container.mention.kind == .title)
        {
          inner.append(match)
          position = match.tokens.upperBound
        } else {
          position += 1
        }
      }
    }
    return inner
  }

  /// `found` with the short forms among the uncovered tokens before `limit`, now that the
  /// segment's full names are known, in document order.
  private func withEarlierShortForms(
    _ found: [Found], before limit: Int, tokens: UnsafeBufferPointer<Token>,
    bytes: UnsafeBufferPointer<UInt8>, entry: (Int) -> Int32
  ) -> [Found] {
    var merged: [Found] = []
    merged.reserveCapacity(found.count)
    var next = 0
    var position = 0
    while position < limit {
      if next < found.count, found[next].tokens.lowerBound <= position {
        position = max(position, found[next].tokens.upperBound)
        merged.append(found[next])
        next += 1
        continue
      }
      let end = next < found.count ? found[next].tokens.lowerBound : tokens.count
      if tokens[position].isCapitalized,
        let match = shortFormMatch(at: position, tokens: tokens, bytes: bytes, entry: entry),
        match.tokens.upperBound <= end
      {
        merged.append(match)
        position = match.tokens.upperBound
      } else {
        position += 1
      }
    }
    merged += found[next...]
    return merged
  }

  /// `found` with the names of two or more syllables whose one syllable is damaged (see
  /// ``DamagedSyllable``) that start at or before the words at `positions`, in document order.
  /// A damaged name replaces person mentions inside it (a short form of its intact syllable)
  /// and yields to any other mention it overlaps.
  private func withRepairedNames(
    _ found: [Found], at positions: [Int], tokens: UnsafeBufferPointer<Token>,
    bytes: UnsafeBufferPointer<UInt8>, entry: (Int) -> Int32
  ) -> [Found] {
    var damaged: [DamagedSyllable] = []
    var misspelled: Set<Int> = []
    for position in positions where position >= (damaged.last?.tokens.upperBound ?? 0) {
      if let syllable = DamagedSyllable.at(
        position, tokens: tokens, bytes: bytes, keys: { cache.candidates(for: $0) })
      {
        damaged.append(syllable)
      } else if options.linksMisspelledNames,
        let syllable = misspelledSyllable(
          at: position, tokens: tokens, bytes: bytes, entry: entry)
      {
        misspelled.insert(position)
        damaged.append(syllable)
      }
    }
    guard !damaged.isEmpty else { return found }
    // The text's tokens with each damaged syllable as one token.
    var joined: [Token] = []
    var origins: [Range<Int>] = []
    var repairedKeys: [Int: [KeyCandidate]] = [:]
    // Intact syllables a name needs around a repaired one: two around a misspelled one.
    var intactNeeded: [Int: Int] = [:]
    var next = 0
    for syllable in damaged {
      for position in next..<syllable.tokens.lowerBound {
        joined.append(tokens[position])
        origins.append(position..<position + 1)
      }
      var token = tokens[syllable.tokens.lowerBound]
      token.end = tokens[syllable.tokens.upperBound - 1].end
      token.isCapitalized = syllable.isCapitalized
      repairedKeys[joined.count] = syllable.candidates
      intactNeeded[joined.count] = misspelled.contains(syllable.tokens.lowerBound) ? 2 : 1
      joined.append(token)
      origins.append(syllable.tokens)
      next = syllable.tokens.upperBound
    }
    for position in next..<tokens.count {
      joined.append(tokens[position])
      origins.append(position..<position + 1)
    }
    func candidates(_ position: Int) -> ArraySlice<KeyCandidate> {
      repairedKeys[position]?[...] ?? cache.candidates(ofEntry: entry(origins[position].lowerBound))
    }
    var result = found
    for damagedPosition in repairedKeys.keys.sorted() {
      var best: (span: Range<Int>, hits: [PhraseHit])?
      for start in max(0, damagedPosition - annotator.index.longestPhrase + 1)...damagedPosition {
        let hits = matcher.hits(startingAt: start, tokens: joined, candidates: candidates)
          .filter { hit in
            let span = start..<start + hit.length
            return span.count >= 2 && span.contains(damagedPosition)
              && annotator.index.entities.kind(at: Int(hit.target.entity)) == .person
              && joined[span].allSatisfy(\.isCapitalized)
              && span.count(where: { repairedKeys[$0] == nil })
                >= intactNeeded[damagedPosition, default: 1]
          }
        guard let length = hits.map(\.length).max(), length > best?.span.count ?? 1 else {
          continue
        }
        best = (start..<start + length, hits.filter { $0.length == length })
      }
      guard let best else { continue }
      let surface = best.span.map {
        String(decoding: bytes[joined[$0].start..<joined[$0].end], as: UTF8.self)
      }
      guard let top = ranking.rank(best.hits, surface: surface).first else { continue }
      let span =
        origins[best.span.lowerBound].lowerBound..<origins[best.span.upperBound - 1].upperBound
      let mention = makeMention(
        entity: top.entity, span: span, tokens: tokens, bytes: bytes, score: top.score,
        methods: top.methods, alternatives: [])
      // Overlapping another kind of mention, or only part of a person's: left alone.
      let overlapping = result.filter { $0.tokens.overlaps(span) }
      guard
        overlapping.allSatisfy({
          $0.mention.kind == .person && span.contains($0.tokens.lowerBound)
            && $0.tokens.upperBound <= span.upperBound
        })
      else { continue }
      result.removeAll { $0.tokens.overlaps(span) }
      let insertion = result.firstIndex { $0.tokens.lowerBound >= span.upperBound } ?? result.count
      result.insert(Found(mention: mention, tokens: span), at: insertion)
      shortForms.register(position: top.entity, written: mention.text)
    }
    return result
  }

  /// A mention of a person the document names in full, by given name alone, by family and
  /// given name, or (in Latin script) by family name alone.
  private func shortFormMatch(
    at start: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
    entry: (Int) -> Int32
  ) -> Found? {
    guard !shortForms.isEmpty, tokens[start].isCapitalized, !tokens[start].isNumeric,
      entry(start) >= 0, !ShortFormGuards.followsInitial(start, tokens: tokens, bytes: bytes)
    else { return nil }
    func keys(_ position: Int) -> ArraySlice<KeyCandidate> {
      cache.candidates(ofEntry: entry(position))
    }
    let next = start + 1
    if next < tokens.count, tokens[next].joinsPrevious, tokens[next].isCapitalized,
      let (entity, steps) = shortForms.person(family: keys(start), given: keys(next))
    {
      return Found(
        mention: makeMention(
          entity: entity, span: start..<next + 1, tokens: tokens, bytes: bytes,
          score: 0.85 - steps.penalty, methods: [.shortForm] + steps.methods, alternatives: []),
        tokens: start..<next + 1)
    }
    let written = bytes[tokens[start].start..<tokens[start].end]
    let score: Double
    let person: (Int32, MethodSteps)
    let isGiven: Bool
    if let given = shortForms.person(given: keys(start), written: written) {
      (score, person, isGiven) = (0.8, given, true)
    } else if let family = shortForms.person(familyOnly: keys(start), written: written) {
      (score, person, isGiven) = (0.75, family, false)
    } else {
      return nil
    }
    let (entity, steps) = person
    // Checked last: they read the neighbours' strings, and most words fail the tables first.
    if let widened = widenedOverMisspelling(
      start, person: entity, isGiven: isGiven, score: score, steps: steps, tokens: tokens,
      bytes: bytes)
    {
      return widened
    }
    guard !isInsideLongerName(start, tokens: tokens, bytes: bytes),
      !(shortForms.writesMarks
        && ShortFormGuards.startsCompound(start, tokens: tokens, bytes: bytes))
    else { return nil }
    if steps.contains(.inflected), tokens[start].isASCII, !written.contains(UInt8(ascii: "'")),
      !isGenitiveBeforeNoun(start, tokens: tokens, bytes: bytes)
    {
      return nil
    }
    return Found(
      mention: makeMention(
        entity: entity, span: start..<next, tokens: tokens, bytes: bytes,
        score: score - steps.penalty, methods: [.shortForm] + steps.methods, alternatives: []),
      tokens: start..<next)
  }

  /// The short form at `start` of `person` widened over the capitalised word beside it when that
  /// word is one edit away from the person's neighbouring name syllable and cannot be a syllable
  /// itself (`Лыюнг Кыонг` in a document that named `Лыонг Кыонг`): method `fuzzy`, lower score.
  /// Tried only where a short form matched, so running text pays nothing for it.
  private func widenedOverMisspelling(
    _ start: Int, person: Int32, isGiven: Bool, score: Double, steps: MethodSteps,
    tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>
  ) -> Found? {
    let syllables = shortForms.syllables(of: person)
    guard syllables.count >= 2 else { return nil }
    let matched = isGiven ? syllables.count - 1 : 0
    for (neighbour, wanted) in [(start - 1, matched - 1), (start + 1, matched + 1)] {
      guard neighbour >= 0, neighbour < tokens.count, syllables.indices.contains(wanted),
        tokens[max(neighbour, start)].joinsPrevious, tokens[neighbour].isCapitalized,
        !tokens[neighbour].isNumeric
      else { continue }
      let token = tokens[neighbour]
      let word = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
      let keys = syllables[wanted]
      guard let slip = misspellingCandidates(word).first(where: { keys.contains($0.key) })
      else { continue }
      let span = min(neighbour, start)..<max(neighbour, start) + 1
      let all = steps.union(slip.steps)
      return Found(
        mention: makeMention(
          entity: person, span: span, tokens: tokens, bytes: bytes,
          score: score - all.penalty, methods: [.shortForm] + all.methods,
          alternatives: []),
        tokens: span)
    }
    return nil
  }

  /// Whether a Latin word with a glued `-s` stands as a German genitive before its noun
  /// (`Hues Rücktritt`, `Trongs schlechter Zustand`) rather than being a word of its own
  /// (`Hans and …`): the next word is a capitalised noun, or an adjective ending before one.
  private func isGenitiveBeforeNoun(
    _ position: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let next = position + 1
    guard next < tokens.count, tokens[next].joinsPrevious else { return false }
    if tokens[next].isCapitalized { return true }
    let word = String(decoding: bytes[tokens[next].start..<tokens[next].end], as: UTF8.self)
    let after = next + 1
    return ["e", "en", "er", "es", "em"].contains { word.hasSuffix($0) } && word.count > 3
      && after < tokens.count && tokens[after].joinsPrevious && tokens[after].isCapitalized
  }

  /// Whether the capitalised word at `position` runs on into a capitalised neighbour that may
  /// itself be a Vietnamese syllable: then it is part of a longer name (`Lam Dong province`,
  /// `Ho Chi Minh City`, an unknown `Nguyễn Minh Triết`), not a short form.
  private func isInsideLongerName(
    _ position: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    func maySyllable(_ neighbour: Int) -> Bool {
      let token = tokens[neighbour]
      guard token.isCapitalized, !token.isNumeric else { return false }
      let word = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
      if let known = syllableLike[word] { return known }
      if syllableLike.count >= 1 << 14 { syllableLike.removeAll(keepingCapacity: true) }
      let result = !NameKey.candidates(forToken: word).isEmpty
      syllableLike[word] = result
      return result
    }
    // A sentence's first word is capitalised by grammar (`Nach Hues Rücktritt`), not as a name.
    let previous = position - 1
    if tokens[position].joinsPrevious, previous > 0, tokens[previous].joinsPrevious,
      maySyllable(previous)
    {
      return true
    }
    let next = position + 1
    return next < tokens.count && tokens[next].joinsPrevious && maySyllable(next)
  }

  /// A capitalised word that cannot be a Vietnamese syllable but is one edit away from one
  /// (`Nguyne`, `Mihn`), between two or more capitalised name syllables of the lexicon: read as
  /// those syllables (method `fuzzy`), never alone and never in a two-syllable name. A word that
  /// may be a syllable is left alone: `Anh` beside `An` is another name, not a slip.
  private func misspelledSyllable(
    at position: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
    entry: (Int) -> Int32
  ) -> DamagedSyllable? {
    func isNameSyllable(_ index: Int) -> Bool {
      tokens[index].isCapitalized && !tokens[index].isNumeric && entry(index) >= 0
    }
    var intact = 0
    var index = position - 1
    while index >= max(0, position - 2), tokens[index + 1].joinsPrevious, isNameSyllable(index) {
      intact += 1
      index -= 1
    }
    index = position + 1
    while index < min(tokens.count, position + 3), tokens[index].joinsPrevious,
      isNameSyllable(index)
    {
      intact += 1
      index += 1
    }
    let token = tokens[position]
    guard intact >= 2, !token.isNumeric else { return nil }
    let word = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
    let candidates = misspellingCandidates(word)
    guard !candidates.isEmpty else { return nil }
    return DamagedSyllable(
      tokens: position..<position + 1, candidates: candidates, isCapitalized: true)
  }

  /// The keys one edit away from a word that cannot be a Vietnamese syllable itself (empty for
  /// one that may: `Anh` beside `An` is another name, not a slip), remembered per word.
  private func misspellingCandidates(_ word: String) -> [KeyCandidate] {
    if let known = misspellings[word] { return known }
    let candidates =
      NameKey.candidates(forToken: word).isEmpty
      ? NearMatches.fuzzyCandidates(of: word, cache: cache, capitalized: true) : []
    if misspellings.count >= 1 << 12 { misspellings.removeAll(keepingCapacity: true) }
    misspellings[word] = candidates
    return candidates
  }

  private func makeMention(
    entity position: Int32, span: Range<Int>, tokens: UnsafeBufferPointer<Token>,
    bytes: UnsafeBufferPointer<UInt8>,
    score: Double, methods: [MatchMethod], alternatives: [Int32]
  ) -> Mention {
    let entity = annotator.index.entities[Int(position)]
    let start = tokens[span.lowerBound].start
    let end = tokens[span.upperBound - 1].end
    return Mention(
      start: start, end: end, text: String(decoding: bytes[start..<end], as: UTF8.self),
      id: entity.id, kind: entity.kind,
      label: EntityForms.label(of: entity, in: options.labelLanguage),
      score: (score * 1000).rounded() / 1000, methods: methods,
      alternatives: alternatives.map { annotator.index.entities[Int($0)].id })
  }

  /// Whether a hit may stand as a mention in running text.
  private func isValid(_ hit: PhraseHit, tokens: Slice<UnsafeBufferPointer<Token>>) -> Bool {
    // Only the kind is read: copying the whole entity retains all its strings.
    if annotator.index.entities.kind(at: Int(hit.target.entity)) == .person,
      options.requiresCapitalizedNames
    {
      return tokens.allSatisfy(\.isCapitalized)
    }
    return true
  }

  /// Titles next to a name pick that name's reading among equals; titles without a name refer
  /// to the one person the document names with that title, else to the one holder of the office
  /// on the document's date, when the context leaves it (and abstain when the two disagree).
  /// Another country's office and vice or deputy offices are dropped (they are not the office
  /// the lexicon means); modified titles, titles with a name or a year in their sentence, and
  /// titles in a list of offices or bodies are kept but not resolved.
  private func resolveRoles(
    _ found: inout [Found], tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
    entry: (Int) -> Int32
  ) {
    let contexts = titleContexts(found, tokens: tokens, bytes: bytes, entry: entry)
    var bare: [Int] = []
    for index in found.indices where contexts[index] != nil && contexts[index] != .otherOffice {
      let title = found[index]
      let neighbours = [index + 1, index - 1].filter { other in
        guard found.indices.contains(other), found[other].mention.kind == .person else {
          return false
        }
        let gap =
          other < index
          ? title.tokens.lowerBound - found[other].tokens.upperBound
          : found[other].tokens.lowerBound - title.tokens.upperBound
        let between =
          other < index
          ? found[other].mention.end..<title.mention.start
          : title.mention.end..<found[other].mention.start
        // One word may stand between (`comrade`, `товарищ`); two for `đồng chí`. Never the end
        // of a sentence (`Pham Minh Chinh left. The Prime Minister said`).
        return gap <= 2 && !RoleContext.endsSentence(in: between, of: bytes)
      }
      guard let named = neighbours.first else {
        if contexts[index] == .resolvable { bare.append(index) }
        continue
      }
      for neighbour in neighbours {
        preferHolder(of: title.mention.id, in: &found[neighbour].mention)
      }
      // The name after the title is its holder (`Premierminister Pham Minh Chinh`); one before
      // it only when none follows (`To Lam, the General Secretary`).
      let person = found[named].mention.id
      if contexts[index] == .resolvable,
        annotator.lexicon[person]?.roles.contains(where: { $0.title == title.mention.id }) == true
      {
        titleNames[title.mention.id, default: []].insert(person)
      }
    }
    personsNamed.formUnion(found.lazy.filter { $0.mention.kind == .person }.map(\.mention.id))
    if !bare.isEmpty {
      yearsWritten.formUnion(RoleContext.years(in: bytes, range: 0..<bytes.count))
    }
    for index in bare where yearsWritten.count < 5 {
      let title = found[index].mention
      let sentence = RoleContext.sentence(around: title.start..<title.end, in: bytes)
      let personInSentence = found.contains { other in
        other.mention.kind == .person && sentence.contains(other.mention.start)
      }
      guard !personInSentence,
        !RoleContext.namesYear(bytes, in: sentence, other: documentDate?.year)
      else { continue }
      let named = titleNames[title.id] ?? []
      let holdersNamed = personsNamed.filter { person in
        annotator.lexicon[person]?.roles.contains { $0.title == title.id } == true
      }
      // A past year of the paragraph outside the holder's term: the paragraph is about another
      // time. A later year is a goal (`bis 2045`), a span of years an anniversary or a term.
      // Read only for a title about to be resolved.
      func heldThroughout(_ person: String) -> Bool {
        let paragraph = RoleContext.line(around: title.start..<title.end, in: bytes)
        let years = RoleContext.years(in: bytes, range: paragraph)
          .subtracting(RoleContext.spannedYears(in: bytes, range: paragraph))
          .filter { $0 <= documentDate?.year ?? .max }
        return annotator.lexicon[person].map { DatedReading.held(title.id, by: $0, in: years) }
          ?? false
      }
      let dated = holder(of: title.id)
      if named.count == 1, holdersNamed == named, let person = named.first,
        dated == nil || dated == person, heldThroughout(person)
      {
        found[index].mention.refersTo = person
        found[index].mention.methods += dated == nil ? [.roleInDocument] : [.role, .roleInDocument]
      } else if named.isEmpty, let dated, heldThroughout(dated) {
        found[index].mention.refersTo = dated
        found[index].mention.methods.append(.role)
      }
    }
    for index in found.indices.reversed() where contexts[index] == .otherOffice {
      found.remove(at: index)
    }
  }

  /// The context of each title of `found` (nil for other mentions). A title is another
  /// country's office when the words after it say so, when a name that followed such an office
  /// follows it (`Chủ tịch nước Trung Quốc Tập Cận Bình` … `Chủ tịch nước Tập Cận Bình`), or when
  /// it is chained by a comma or `kiêm` to such an office (`Tổng Bí thư, Chủ tịch nước Trung Quốc`).
  private func titleContexts(
    _ found: [Found], tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
    entry: (Int) -> Int32
  ) -> [TitleContext?] {
    withoutActuallyEscaping(entry) { entry in
      titleContexts(
        found, tokens: tokens, bytes: bytes,
        foreign: ForeignTitle(
          bytes: bytes, tokens: tokens,
          isMention: { position in found.contains { $0.tokens.contains(position) } }, entry: entry))
    }
  }

  private func titleContexts(
    _ found: [Found], tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
    foreign: ForeignTitle
  ) -> [TitleContext?] {
    var contexts: [TitleContext?] = found.map { _ in nil }
    for index in found.indices where found[index].mention.kind == .title {
      let end = found[index].tokens.upperBound
      if let name = foreign.foreignName(afterTitleEndingAt: end)
        ?? foreign.foreignNameAfterChain(from: end)
      {
        contexts[index] = .otherOffice
        if !name.isEmpty { foreignNames.insert(name) }
      } else if foreign.startsUnknownName(at: found[index].tokens.upperBound) {
        contexts[index] = .unresolved
      } else {
        contexts[index] = context(of: index, in: found, tokens: tokens, bytes: bytes)
      }
    }
    for index in found.indices where contexts[index] != nil && contexts[index] != .otherOffice {
      let name = foreign.name(from: found[index].tokens.upperBound)
      if !name.isEmpty, foreignNames.contains(name) { contexts[index] = .otherOffice }
    }
    func chained(_ first: Int, _ second: Int) -> Bool {
      guard contexts[first] != nil, contexts[second] != nil else { return false }
      let gap = bytes[found[first].mention.end..<found[second].mention.start]
      let between = String(decoding: gap.filter { $0 != UInt8(ascii: " ") }, as: UTF8.self)
      return between == "," || between == "kiêm"
    }
    for index in found.indices.dropFirst().reversed()
    where contexts[index] == .otherOffice && chained(index - 1, index) {
      contexts[index - 1] = .otherOffice
    }
    return contexts
  }

  /// What the words next to a title allow.
  private enum TitleContext {
    case resolvable, unresolved, otherOffice
  }

  private func context(
    of index: Int, in found: [Found], tokens: UnsafeBufferPointer<Token>,
    bytes: UnsafeBufferPointer<UInt8>
  ) -> TitleContext {
    let span = found[index].tokens
    func word(_ position: Int) -> String {
      NameKey.lowercased(
        String(decoding: bytes[tokens[position].start..<tokens[position].end], as: UTF8.self))
    }
    let after = (span.upperBound..<min(span.upperBound + 4, tokens.count)).prefix {
      tokens[$0].joinsPrevious
    }
    // The first word alone first: most titles are followed by a name or nothing.
    if let first = after.first, RoleContext.mayStartLegislature(word(first)),
      RoleContext.namesLegislature(after.map(word))
    {
      return .otherOffice
    }
    if annotator.lexicon[found[index].mention.id]?.hasSingleHolder == true {
      let scope = OfficeScope(
        bytes: bytes, tokens: tokens,
        place: { position in
          found.first { $0.mention.kind == .place && $0.tokens.contains(position) }?.mention.id
        },
        isMention: { position in found.contains { $0.tokens.contains(position) } })
      if scope.narrowsOffice(span) { return .otherOffice }
    }
    var result = TitleContext.resolvable
    if span.lowerBound > 0, tokens[span.lowerBound].joinsPrevious {
      let before = word(span.lowerBound - 1)
      switch RoleContext.modifier(before) {
      case .otherOffice: return .otherOffice
      case .otherHolder: result = .unresolved
      case nil:
        if RoleContext.isForeignAdjective(before) { return .otherOffice }
        if RoleContext.introducesPosition(before) { result = .unresolved }
      }
    }
    // `стал президентом`, `избран генсеком`: the instrumental names a position taken.
    if RoleContext.isInstrumental(found[index].mention.text) { result = .unresolved }
    // A list of offices or bodies (`Quốc hội, Chủ tịch nước, Chính phủ`) names institutions.
    for other in [index - 1, index + 1] where found.indices.contains(other) {
      let kind = found[other].mention.kind
      guard kind == .title || kind == .organization else { continue }
      let gap =
        other < index
        ? found[other].mention.end..<found[index].mention.start
        : found[index].mention.end..<found[other].mention.start
      let written = bytes[gap].filter { $0 != UInt8(ascii: " ") }
      // Lower-casing takes a character of 3 bytes to 1 at the least, so a gap of more than 3×6
      // bytes (`или`) cannot be one of these words: the gap may be a paragraph long.
      guard written.count <= 18 else { continue }
      let between = String(decoding: written, as: UTF8.self).lowercased()
      // `kiêm`: one person holding both offices at once, as in a list of them.
      if between == "," || ["và", "kiêm", "and", "und", "и", "or", "oder", "или"].contains(between)
      {
        return .unresolved
      }
    }
    return result
  }

  /// The one holder of `titleID` on the document's date; a predecessor whose term ends that day
  /// does not share the office.
  private func holder(of titleID: String) -> String? {
    guard let date = documentDate else { return nil }
    let holders = annotator.lexicon.holders(of: titleID, on: date).filter { holder in
      !holder.roles.contains { $0.title == titleID && $0.until == date }
    }
    return holders.count == 1 ? holders.first?.id : nil
  }

  /// Moves an organization or place mention to the entity of its succession (`replaced-by`)
  /// that existed on the document's date; undated, among equal readings of one succession, to
  /// the current one (no `until`). Entities of the succession are not alternatives.
  private func resolveSuccession(_ mention: inout Mention) {
    let lexicon = annotator.lexicon
    guard mention.kind == .organization || mention.kind == .place,
      lexicon.isInSuccession(mention.id)
    else { return }
    let readings = [mention.id] + mention.alternatives
    let succession = Set(lexicon.succession(of: mention.id).map(\.id))
    let chosen: Entity?
    if let date = documentDate {
      chosen = lexicon.entity(mention.id, validOn: date, preferring: readings)
    } else {
      let current = readings.filter {
        succession.contains($0) && lexicon[$0]?.validity.until == nil
      }
      chosen = current.count == 1 ? current.first.flatMap { lexicon[$0] } : nil
    }
    mention.alternatives.removeAll { succession.contains($0) }
    guard let chosen, chosen.id != mention.id else { return }
    mention.id = chosen.id
    mention.label = EntityForms.label(of: chosen, in: options.labelLanguage)
    mention.methods.append(.succession)
  }

  /// Among each ambiguous person mention's equally good readings, keeps the one whose roles
  /// span the years written in its sentence or, when it names none, in the one or two short
  /// lines after it (a list of office holders: the name, then `(6/2006 - 7/2011)`).
  private func preferReadingsByYears(_ found: inout [Found], bytes: UnsafeBufferPointer<UInt8>) {
    let newline = UInt8(ascii: "\n")
    for index in found.indices
    where found[index].mention.kind == .person && !found[index].mention.alternatives.isEmpty {
      let mention = found[index].mention
      let readings = [mention.id] + mention.alternatives
      let sentence = RoleContext.sentence(around: mention.start..<mention.end, in: bytes)
      var years = RoleContext.years(in: bytes, range: sentence, includingDates: true)
      var lineEnd = mention.end
      while lineEnd < bytes.count, bytes[lineEnd] != newline { lineEnd += 1 }
      var notes = 0
      while years.isEmpty, notes < 2, lineEnd < bytes.count {
        let start = lineEnd + 1
        lineEnd = start
        while lineEnd < bytes.count, bytes[lineEnd] != newline { lineEnd += 1 }
        let line = start..<lineEnd
        guard line.contains(where: { bytes[$0] > 0x20 }) else { continue }
        // A note, not running text, and about no one else.
        let other = found.contains {
          $0.mention.kind == .person && line.contains($0.mention.start)
            && !readings.contains($0.mention.id)
        }
        guard DatedReading.isNote(line.count), !other else { break }
        notes += 1
        years = RoleContext.years(in: bytes, range: line, includingDates: true)
      }
      prefer(readingActiveIn: years, in: &found[index].mention)
    }
  }

  /// Keeps the one reading of an ambiguous mention whose roles span one of `years`, if any.
  private func prefer(readingActiveIn years: Set<Int>, in mention: inout Mention) {
    guard
      let chosen = DatedReading.choose(
        among: [mention.id] + mention.alternatives, years: years, in: annotator.lexicon)
    else { return }
    mention.id = chosen.id
    mention.label = EntityForms.label(of: chosen, in: options.labelLanguage)
    mention.alternatives = []
    mention.methods.append(.role)
  }

  /// Among a person mention's equally good readings, keeps the one who holds `titleID` on the
  /// document's date, or else the one who ever held it.
  private func preferHolder(of titleID: String, in mention: inout Mention) {
    guard !mention.alternatives.isEmpty else { return }
    let readings = [mention.id] + mention.alternatives
    func holders(onDate: Bool) -> [String] {
      readings.filter { id in
        annotator.lexicon[id]?.roles.contains { role in
          role.title == titleID && (!onDate || documentDate.map(role.isHeld(on:)) ?? true)
        } == true
      }
    }
    // None on the document's date: the title is one held before (`former President`, `nguyên
    // Chủ tịch nước`), so the namesake who ever held it.
    let current = holders(onDate: true)
    let holders = current.isEmpty ? holders(onDate: false) : current
    guard holders.count == 1, let holder = holders.first, let entity = annotator.lexicon[holder]
    else { return }
    mention.id = holder
    mention.label = EntityForms.label(of: entity, in: options.labelLanguage)
    mention.alternatives = []
    mention.methods.append(.role)
  }
}
