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
  ///
  /// Generic over the token collection so the annotation loop can pass a buffer pointer (no
  /// retain of an array per call); specialised away in release builds.
  func hits<Tokens: RandomAccessCollection<Token>>(
    startingAt start: Int, tokens: Tokens, candidates: (Int) -> ArraySlice<KeyCandidate>
  ) -> [PhraseHit] where Tokens.Index == Int {
    var hits: [PhraseHit] = []
    var stack: [(node: Int32, depth: Int, steps: MethodSteps)] = [(0, 0, [])]
    while let (node, depth, steps) = stack.popLast() {
      let position = start + depth
      guard position < tokens.count, depth < index.longestPhrase else { continue }
      if depth > 0 && !tokens[position].joinsPrevious { continue }
      for candidate in candidates(position) {
        guard let child = index.child(of: node, key: candidate.key) else { continue }
        let pathSteps = steps.union(candidate.steps)
        for target in index.targets(at: child) {
          hits.append(PhraseHit(start: start, length: depth + 1, target: target, steps: pathSteps))
        }
        stack.append((child, depth + 1, pathSteps))
      }
    }
    return hits
  }
}
