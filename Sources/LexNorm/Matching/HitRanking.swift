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
    for hit in hits where isPlausible(hit, surface: surface) {
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
    return Ranked(
      entity: hit.target.entity, score: (score * 1000).rounded() / 1000, methods: methods)
  }

  /// Whether a one-word stem match is an inflection of the form, not a word that merely shares
  /// its stem: the form (folded) may differ from the word only in its last letter
  /// (`Politbüros`, `Президента`, `Правительства` yes; `governing` for `Government` no).
  private func isPlausible(_ hit: PhraseHit, surface: [String]) -> Bool {
    guard hit.length == 1, hit.target.layer != .folded, hit.target.layer != .nameSyllable,
      let word = surface.first
    else { return true }
    let folded = Array(Folding.key(word).unicodeScalars)
    return forms(of: hit.target.entity).contains { form in
      guard form.count == 1, let only = form.first else { return false }
      let stored = Array(Folding.key(only).unicodeScalars)
      let shared = zip(folded, stored).prefix { $0 == $1 }.count
      return shared >= stored.count - 1
    }
  }

  /// The entity's labels and aliases as lower-cased NFC words.
  func forms(of entity: Int32) -> [[String]] {
    if let forms = writtenForms[entity] { return forms }
    let forms = index.entities[Int(entity)].allForms.map { form in
      PhraseIndex.words(of: form.text).map { $0.normalized(.nfc).lowercased() }
    }
    writtenForms[entity] = forms
    return forms
  }

  /// Whether the surface words equal a label or alias of the entity letter for letter
  /// (diacritics included, case ignored).
  private func isExact(_ surface: [String], entity: Int32) -> Bool {
    let written = surface.map { $0.normalized(.nfc).lowercased() }
    return forms(of: entity).contains(written)
  }
}
