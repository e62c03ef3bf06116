/// Turns phrase hits into scored, ranked candidates: the one place that decides how confident a
/// match is and which methods it reports.
///
/// Remembers each entity's written forms once they are needed; not thread-safe, so each session
/// (and each lookup) has its own.
final class HitRanking {
  let index: PhraseIndex
  /// Entity → its labels and aliases as lower-cased NFC words, for telling exact from folded.
  private var writtenForms: [Int32: [[String]]] = [:]

  init(index: PhraseIndex) { self.index = index }

  /// A scored reading of a span.
  struct Ranked: Sendable {
    var entity: Int32
    var score: Double
    var methods: [MatchMethod]
  }

  /// The best reading per entity among `hits` (all of one span), best first; ties keep lexicon
  /// order.
  func rank(_ hits: [PhraseHit], surface: [String]) -> [Ranked] {
    var best: [Int32: Ranked] = [:]
    for hit in hits {
      let ranked = evaluate(hit, surface: surface)
      if let current = best[hit.target.entity], current.score >= ranked.score { continue }
      best[hit.target.entity] = ranked
    }
    return best.values.sorted { ($0.score, -$0.entity) > ($1.score, -$1.entity) }
  }

  private func evaluate(_ hit: PhraseHit, surface: [String]) -> Ranked {
    let steps = hit.steps
    var methods: [MatchMethod]
    var base: Double
    switch (hit.target.layer, hit.target.origin) {
    case (.folded, .generatedTranscription):
      base = 0.95
      methods = [.transcribedRussian]
    case (.folded, _):
      if steps.isEmpty, isExact(surface, entity: hit.target.entity) {
        base = 1
        methods = [.exact]
      } else {
        base = 0.97
        methods = steps.isEmpty ? [.folded] : []
      }
    case (.nameSyllable, _):
      base = 0.95
      methods = steps.isEmpty ? [.folded] : []
    case (.englishStem, _), (.germanStem, _), (.russianStem, _):
      base = 0.97
      methods = []
    }
    for method in steps.methods where !methods.contains(method) { methods.append(method) }
    // Report steps in the order they apply: repair, transcription, then inflection.
    methods.sort { $0.order < $1.order }
    let score = max(0, min(1, base - steps.penalty))
    return Ranked(entity: hit.target.entity, score: (score * 1000).rounded() / 1000, methods: methods)
  }

  /// Whether the surface words equal a label or alias of the entity letter for letter
  /// (diacritics included, case ignored).
  private func isExact(_ surface: [String], entity: Int32) -> Bool {
    let written = surface.map { $0.normalized(.nfc).lowercased() }
    if let forms = writtenForms[entity] { return forms.contains(written) }
    let entry = index.entities[Int(entity)]
    let forms = entry.allForms.map { form in
      PhraseIndex.words(of: form.text).map { $0.normalized(.nfc).lowercased() }
    }
    writtenForms[entity] = forms
    return forms.contains(written)
  }
}
