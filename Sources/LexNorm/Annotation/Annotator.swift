/// Finds the entities of a lexicon in running text and in queries.
///
/// ```swift
/// let annotator = Annotator(lexicon: try Lexicon.bundled())
/// for mention in annotator.annotate("Президент Лыонг Кыонг принял делегацию.") {
///   print(mention.start, mention.end, mention.id)   // 19 42 person:luong-cuong …
/// }
/// annotator.lookup("Лыонгу Кыонгу").first?.id       // "person:luong-cuong"
/// ```
///
/// Building an annotator compiles the lexicon into a phrase index once; after that it is an
/// immutable value, safe to share between threads. Each call to
/// ``annotate(_:options:)->[Mention]`` or each ``AnnotationSession`` keeps its own token cache
/// and document state; lookups share a pool of caches, one per lookup in flight.
public struct Annotator: Sendable {
  /// The lexicon the annotator matches against.
  public let lexicon: Lexicon
  let index: PhraseIndex
  /// Document code (`18-nq-tw`) → the document entity that carries it in its ID or labels.
  let documentCodes: [String: Int32]
  /// Every person's name syllables, made when a lookup first needs them.
  let personSyllables = PersonSyllables()
  /// Every person's prominence, made when a lookup first needs to break a tie.
  let prominence = PersonProminence()
  /// The word caches lookups take turns with, so a service analyses a repeated word once.
  let lookupCaches: LookupCaches

  /// Compiles `lexicon`.
  ///
  /// - Complexity: O(total length of all labels and aliases).
  public init(lexicon: Lexicon) {
    self.init(index: PhraseIndex(lexicon: lexicon), lexicon: lexicon)
  }

  /// An annotator over a built index; `lexicon` must hold the index's entities (it is rebuilt
  /// from them when not given), and `documentCodes` be ``documentCodes(of:)`` of the index
  /// (worked out when not given).
  init(index: PhraseIndex, lexicon: Lexicon? = nil, documentCodes: [String: Int32]? = nil) {
    self.index = index
    self.lexicon = lexicon ?? Lexicon(entities: index.entities.all)
    lookupCaches = LookupCaches(index: index)
    self.documentCodes = documentCodes ?? Self.documentCodes(of: index)
  }

  /// Document code (`18-nq-tw`) → the position of the document entity that carries it in its
  /// ID or labels.
  static func documentCodes(of index: PhraseIndex) -> [String: Int32] {
    var codes: [String: Int32] = [:]
    // By position, testing the kind first: iterating the entities would copy (or, compiled,
    // decode) every one.
    for position in index.entities.indices where index.entities.kind(at: position) == .document {
      let entity = index.entities[position]
      // The codes its labels carry, its ID's code, and the number-type-issuer head of an ID
      // that refines it (`173-kh-tu-quang-binh`: see `DocumentReference.matches(entityID:)`).
      let idCode = String(entity.id.dropFirst("document:".count))
      let idParts = idCode.split(separator: "-")
      let idHead = idParts.count > 3 ? idParts.prefix(3).joined(separator: "-") : nil
      let labelCodes = entity.allForms.compactMap { DocumentReferences.code(ofLabel: $0.text) }
      for code in labelCodes + [idCode] + (idHead.map { [$0] } ?? []) where codes[code] == nil {
        codes[code] = Int32(position)
      }
    }
    return codes
  }

  /// The mentions in `text`, in document order; offsets are UTF-8 byte offsets into `text`.
  public func annotate(_ text: String, options: AnnotationOptions = AnnotationOptions())
    -> [Mention]
  {
    let session = makeSession(options: options)
    return session.annotate(TextSegment(text: text, byteOffset: 0, endsLine: false))
  }

  /// A session for one document read piece by piece (see ``TextInput``): short forms and the
  /// document date carry over from one segment to the next.
  public func makeSession(options: AnnotationOptions = AnnotationOptions()) -> AnnotationSession {
    AnnotationSession(annotator: self, options: options)
  }

  /// The entities a query names, best first: a whole form (for a person: at least family and
  /// given name), written in any script, case or inflection. When no whole form matches, part
  /// of a person's name (middle and given name, `Tấn Dũng`; family and given name) is answered
  /// with method `partial`, and a query one letter off in some syllables (`Nguyne Tan Dung`)
  /// with method `fuzzy`, and a name with damaged syllables (`Tr?n Văn Rón`, `H ng Phong`) with
  /// method `repaired`, all with lower scores. A one-word query that is a capitalised given
  /// name (`Lam`, `Кыонгу`) answers its persons with method `short-form`, after any whole form.
  /// Persons that answer equally well are put in order of prominence (see
  /// <doc:LookingUpNames>): the first keeps the score, the others lose 0.01.
  ///
  /// An ambiguous query returns every candidate, ranked; a query that matches nothing returns
  /// an empty array.
  public func lookup(_ query: String, labelLanguage: LanguageTag = .vi) -> [LookupCandidate] {
    var text = query
    return text.withUTF8 { bytes -> [LookupCandidate] in
      let tokens = Tokenizer.tokens(in: bytes)
      guard !tokens.isEmpty else { return [] }
      let words = tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
      let ranked = lookupCaches.withCache { cache in
        // A query is one form: it may not span sentence punctuation, unless the punctuation is
        // damage inside a syllable (`Tr?n`, `Tr | ng`).
        var found =
          tokens.dropFirst().allSatisfy(\.joinsPrevious)
          ? rank(words, tokens: tokens, cache: cache) : []
        if found.isEmpty {
          found = NearMatches(index: index, names: personSyllables).repaired(
            tokens: tokens, bytes: bytes, cache: cache.tokens)
        }
        return prominence.breakingTies(in: found, index: index)
      }
      return ranked.map { ranked in
        let entity = index.entities[Int(ranked.entity)]
        return LookupCandidate(
          id: entity.id, kind: entity.kind,
          label: EntityForms.label(of: entity, in: labelLanguage), score: ranked.score,
          methods: ranked.methods)
      }
    }
  }

  /// Confidence a folded match loses when the query's diacritics contradict the form's.
  static let conflictingMarksPenalty = 0.3

  /// `ranked` with every `folded` match whose query word carries diacritics other than a form
  /// of the entity (`Huệ` for `Huế`: both marked, differently) lowered by ``conflictingMarksPenalty``,
  /// below a one-word given name (``NearMatches/givenNameScore``), best first again.
  private func weighingMarks(
    _ ranked: [HitRanking.Ranked], of words: [String], ranking: HitRanking
  ) -> [HitRanking.Ranked] {
    // Most queries are answered exactly or have no marks: test that before any normalising.
    guard ranked.contains(where: { $0.methods == [.folded] }),
      !words.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } })
    else { return ranked }
    let written = words.map { $0.normalized(.nfc).lowercased() }
    let isMarked = { (word: String) in Folding.key(word) != word }
    guard written.contains(where: isMarked) else { return ranked }
    var lowered = false
    let weighed = ranked.map { candidate in
      guard candidate.methods == [.folded] else { return candidate }
      // A folded match has no form spelt as the query; one marked otherwise contradicts it.
      let contradicted = ranking.forms(of: candidate.entity).contains { stored in
        stored.count == written.count
          && zip(written, stored).contains { $0 != $1 && isMarked($0) && isMarked($1) }
      }
      guard contradicted else { return candidate }
      lowered = true
      var weighed = candidate
      weighed.score = ((candidate.score - Self.conflictingMarksPenalty) * 1000).rounded() / 1000
      return weighed
    }
    return lowered ? weighed.sorted { ($0.score, -$0.entity) > ($1.score, -$1.entity) } : ranked
  }

  /// The entities whose whole form `words` are, best first; when none, the partial and fuzzy
  /// answers.
  private func rank(_ words: [String], tokens: [Token], cache lookupCache: LookupCache)
    -> [HitRanking.Ranked]
  {
    let cache = lookupCache.tokens
    let matcher = PhraseMatcher(index: index)
    let ranking = HitRanking(index: index)
    let ranked = weighingMarks(
      ranking.rank(
        matcher.hits(startingAt: 0, tokens: tokens) { cache.candidates(for: words[$0]) }
          .filter { $0.length == tokens.count },
        surface: words),
      of: words, ranking: ranking)
    let near = NearMatches(index: index, names: personSyllables)
    if tokens.count == 1 {
      let named = Set(ranked.map(\.entity))
      let given = near.givenName(words[0], cache: cache).filter { !named.contains($0.entity) }
      return (ranked + given).sorted { ($0.score, -$0.entity) > ($1.score, -$1.entity) }
    }
    guard ranked.isEmpty else { return ranked }
    let offered = words.map { word in
      Array(cache.candidates(for: word)) + lookupCache.fuzzyCandidates(of: word)
    }
    let fuzzy = ranking.rank(
      matcher.hits(startingAt: 0, tokens: tokens) { offered[$0][...] }
        .filter { $0.length == tokens.count },
      surface: words)
    var seen: Set<Int32> = []
    return (near.partial(words.map { cache.candidates(for: $0) }) + fuzzy)
      .sorted { ($0.score, -$0.entity) > ($1.score, -$1.entity) }
      .filter { seen.insert($0.entity).inserted }
  }
}
