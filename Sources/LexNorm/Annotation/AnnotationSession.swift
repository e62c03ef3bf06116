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
  private let shortForms: ShortForms
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

  init(annotator: Annotator, options: AnnotationOptions) {
    self.annotator = annotator
    self.options = options
    cache = TokenKeyCache(
      index: annotator.index, nameKeysForLowercase: !options.requireCapitalizedNames)
    matcher = PhraseMatcher(index: annotator.index)
    ranking = HitRanking(index: annotator.index)
    documentDate = options.date
    shortForms = ShortForms(index: annotator.index)
  }

  /// The date bare titles are resolved against: the one given in the options, else the first
  /// date written in the document so far.
  public var date: CalendarDate? { documentDate }

  /// The mentions in `segment`, with offsets counted from the start of the document.
  public func annotate(_ segment: TextSegment) -> [Mention] {
    var text = segment.text
    let local = text.withUTF8 { bytes in mentions(in: bytes) }
    return local.map { mention in
      var shifted = mention
      shifted.start = segment.inputOffset(ofTextOffset: mention.start)
      shifted.end = segment.inputOffset(ofTextOffset: mention.end)
      return shifted
    }
  }

  /// Marks a token of the segment whose cache entry has not been looked up yet.
  private static let notLookedUp = TokenKeyCache.Lookup(
    entry: .min, startsPhrase: false, startsNonPersonPhrase: false)

  /// A mention and the tokens it covers.
  private struct Found {
    var mention: Mention
    var tokens: Range<Int>
  }

  /// The best reading of a span: its mention (offsets not set) and entity.
  private struct Reading {
    var mention: Mention
    var entity: Int32
  }

  private func mentions(in bytes: UnsafeBufferPointer<UInt8>) -> [Mention] {
    if documentDate == nil { documentDate = DateFinder.firstDate(in: bytes) }
    let tokens = Tokenizer.tokens(in: bytes)
    // Each token is looked up in the cache at most once per segment. The loop works on buffer
    // pointers to the tokens and this memo: closures over arrays cost a retain and release per
    // call, and the loop runs for every token of the text.
    var lookups = [TokenKeyCache.Lookup](repeating: Self.notLookedUp, count: tokens.count)
    return tokens.withUnsafeBufferPointer { tokens in
      lookups.withUnsafeMutableBufferPointer { lookups in
        mentions(in: bytes, tokens: tokens, lookups: lookups)
      }
    }
  }

  private func mentions(
    in bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
    lookups: UnsafeMutableBufferPointer<TokenKeyCache.Lookup>
  ) -> [Mention] {
    let references = DocumentScanner(bytes: bytes).references()
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
    func entry(_ position: Int) -> Int32 { lookUp(position).entry }
    // Read once per segment rather than through `annotator` and `options` for every token.
    let requireCapitalizedNames = options.requireCapitalizedNames
    let lowercaseFilter = annotator.index.lowercaseFilter
    var found: [Found] = []
    /// End of the last mention found, kept apart so the loop does not copy `found.last`.
    var lastEnd = 0
    var position = 0
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
      // In running text a lower-case word starts no name, and lower-case words pass a bit-set
      // test before any hashing.
      let startsPhrase: Bool
      if !requireCapitalizedNames || token.isCapitalized {
        startsPhrase = lookUp(position).startsPhrase
      } else if token.isMixedScript
        || lowercaseFilter.mayMatch(bytes[token.start..<token.end], isASCII: token.isASCII)
      {
        startsPhrase = lookUp(position).startsNonPersonPhrase
      } else {
        startsPhrase = false
      }
      if startsPhrase,
        let match = bestMatch(at: position, tokens: tokens, bytes: bytes, entry: entry)
      {
        found.append(match.found)
        lastEnd = match.found.mention.end
        if match.found.mention.kind == .person { shortForms.register(position: match.entity) }
        position = match.found.tokens.upperBound
        continue
      }
      if token.isCapitalized, !shortForms.isEmpty,
        let match = shortFormMatch(at: position, tokens: tokens, bytes: bytes, entry: entry)
      {
        found.append(match)
        lastEnd = match.mention.end
        position = match.tokens.upperBound
        continue
      }
      position += 1
    }
    resolveRoles(&found)
    if options.includeNested {
      found += nestedMatches(in: found, tokens: tokens, bytes: bytes, entry: entry)
      found.sort { ($0.mention.start, -$0.mention.end) < ($1.mention.start, -$1.mention.end) }
    }
    return found.map(\.mention)
  }

  /// A document reference as a mention: the lexicon's document when it has one with that code,
  /// else the normalized ID alone (`document:18-nq-tw`).
  private func documentMention(_ reference: DocumentReference, tokens: UnsafeBufferPointer<Token>, from position: Int)
    -> Found
  {
    var end = position
    while end < tokens.count, tokens[end].start < reference.range.upperBound { end += 1 }
    var mention = Mention(
      start: reference.range.lowerBound, end: reference.range.upperBound, text: reference.text,
      id: reference.id, kind: .document, label: reference.canonicalLabel, score: 0.9,
      method: [.documentCode])
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
    let ranked = ranking.rank(valid, surface: surface)
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

  /// A later mention of a person named in full earlier in the document, by given name alone or
  /// by family and given name.
  private func shortFormMatch(
    at start: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>, entry: (Int) -> Int32
  ) -> Found? {
    guard !shortForms.isEmpty, tokens[start].isCapitalized, !tokens[start].isNumeric,
      entry(start) >= 0
    else { return nil }
    func keys(_ position: Int) -> ArraySlice<KeyCandidate> { cache.candidates(ofEntry: entry(position)) }
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
    guard
      let (entity, steps) = shortForms.person(
        given: keys(start), written: bytes[tokens[start].start..<tokens[start].end])
    else {
      return nil
    }
    return Found(
      mention: makeMention(
        entity: entity, span: start..<next, tokens: tokens, bytes: bytes,
        score: 0.8 - steps.penalty, methods: [.shortForm] + steps.methods, alternatives: []),
      tokens: start..<next)
  }

  private func makeMention(
    entity position: Int32, span: Range<Int>, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
    score: Double, methods: [MatchMethod], alternatives: [Int32]
  ) -> Mention {
    let entity = annotator.index.entities[Int(position)]
    let start = tokens[span.lowerBound].start
    let end = tokens[span.upperBound - 1].end
    return Mention(
      start: start, end: end, text: String(decoding: bytes[start..<end], as: UTF8.self),
      id: entity.id, kind: entity.kind,
      label: EntityForms.label(of: entity, in: options.labelLanguage),
      score: (score * 1000).rounded() / 1000, method: methods,
      alternatives: alternatives.map { annotator.index.entities[Int($0)].id })
  }

  /// Whether a hit may stand as a mention in running text.
  private func isValid(_ hit: PhraseHit, tokens: Slice<UnsafeBufferPointer<Token>>) -> Bool {
    // Only the kind is read: copying the whole entity retains all its strings.
    if annotator.index.entities[Int(hit.target.entity)].kind == .person,
      options.requireCapitalizedNames
    {
      return tokens.allSatisfy(\.isCapitalized)
    }
    return true
  }

  /// Titles next to a name pick that name's reading among equals; titles without a name refer
  /// to the holder of the office on the document's date.
  private func resolveRoles(_ found: inout [Found]) {
    for index in found.indices where found[index].mention.kind == .title {
      let title = found[index]
      let neighbour = [index - 1, index + 1].first { other in
        guard found.indices.contains(other), found[other].mention.kind == .person else { return false }
        let gap = other < index
          ? title.tokens.lowerBound - found[other].tokens.upperBound
          : found[other].tokens.lowerBound - title.tokens.upperBound
        // One word may stand between (`comrade`, `товарищ`); two for `đồng chí`.
        return gap <= 2
      }
      if let neighbour {
        preferHolder(of: title.mention.id, in: &found[neighbour].mention)
        continue
      }
      guard let date = documentDate else { continue }
      let holders = annotator.lexicon.holders(of: title.mention.id, on: date)
      guard holders.count == 1, let holder = holders.first else { continue }
      found[index].mention.refersTo = holder.id
      found[index].mention.method.append(.role)
    }
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
    mention.method.append(.succession)
  }

  /// Among a person mention's equally good readings, keeps the one who holds `titleID`.
  private func preferHolder(of titleID: String, in mention: inout Mention) {
    guard !mention.alternatives.isEmpty else { return }
    let readings = [mention.id] + mention.alternatives
    let holders = readings.filter { id in
      guard let entity = annotator.lexicon[id] else { return false }
      return entity.roles.contains { role in
        role.title == titleID && (documentDate.map(role.isHeld(on:)) ?? true)
      }
    }
    guard holders.count == 1, let holder = holders.first, let entity = annotator.lexicon[holder]
    else { return }
    mention.id = holder
    mention.label = EntityForms.label(of: entity, in: options.labelLanguage)
    mention.alternatives = []
    mention.method.append(.role)
  }
}
