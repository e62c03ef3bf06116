/// A stored phrase found in a run of tokens.
struct PhraseHit: Sendable, Hashable {
  /// Index of the first token.
  var start: Int
  /// Number of tokens.
  var length: Int
  var target: PhraseTarget
  var steps: MethodSteps
}

/// Walks the phrase trie over tokens that carry their candidate keys.
struct PhraseMatcher: Sendable {
  let index: PhraseIndex

  /// Every stored phrase that starts at token `start`, of any length.
  ///
  /// - Parameter candidates: the candidate keys of token `i`.
  func hits<Tokens: RandomAccessCollection<Token>>(
    startingAt start: Int, tokens: Tokens, candidates: (Int) -> ArraySlice<KeyCandidate>
  ) -> [PhraseHit] where Tokens.Index == Int {
    var hits: [PhraseHit] = []
    collectHits(startingAt: start, tokens: tokens, candidates: candidates, into: &hits)
    return hits
  }

  /// Appends every stored phrase that starts at token `start` to `hits`.
  ///
  /// Generic over the token collection so the annotation loop can pass a buffer pointer (no
  /// retain of an array per call); specialised away in release builds. The caller's buffer is
  /// reused from call to call.
  func collectHits<Tokens: RandomAccessCollection<Token>>(
    startingAt start: Int, tokens: Tokens, candidates: (Int) -> ArraySlice<KeyCandidate>,
    into hits: inout [PhraseHit]
  ) where Tokens.Index == Int {
    walk(
      from: 0, depth: 0, steps: [], start: start, tokens: tokens, candidates: candidates,
      into: &hits)
  }

  @inline(__always)
  private func child(of node: Int32, along candidate: KeyCandidate) -> Int32? {
    guard node != 0 else { return candidate.rootChild >= 0 ? candidate.rootChild : nil }
    return index.child(of: node, key: candidate.key)
  }

  /// Visits `node` at `depth` tokens past `start`: records the hits of its children, then walks
  /// the children depth first, the last one first (ranking ties depend on this order). The
  /// depth is bounded by the longest phrase.
  private func walk<Tokens: RandomAccessCollection<Token>>(
    from node: Int32, depth: Int, steps: MethodSteps, start: Int, tokens: Tokens,
    candidates: (Int) -> ArraySlice<KeyCandidate>, into hits: inout [PhraseHit]
  ) where Tokens.Index == Int {
    let position = start + depth
    guard position < tokens.count, depth < index.longestPhrase else { return }
    if depth > 0 && !tokens[position].joinsPrevious { return }
    let keys = candidates(position)
    for candidate in keys {
      guard let child = self.child(of: node, along: candidate) else { continue }
      let pathSteps = steps.union(candidate.steps)
      for target in index.targets(at: child) {
        hits.append(PhraseHit(start: start, length: depth + 1, target: target, steps: pathSteps))
      }
    }
    for candidate in keys.reversed() {
      guard let child = self.child(of: node, along: candidate) else { continue }
      walk(
        from: child, depth: depth + 1, steps: steps.union(candidate.steps), start: start,
        tokens: tokens, candidates: candidates, into: &hits)
    }
  }
}
