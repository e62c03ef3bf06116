extension NearMatches {
  /// The persons a query with damaged syllables names (see ``DamagedSyllable``): each damaged
  /// syllable read as one word offering its repairs, beside at least one intact word. A whole
  /// name (`Tr | ng Chinhs`: methods `repaired`, `inflected`) or else part of one (`H ng Phong`:
  /// `partial`, `repaired`); never a lone damaged syllable.
  func repaired(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, cache: TokenKeyCache)
    -> [HitRanking.Ranked]
  {
    var joined: [Token] = []
    var offered: [[KeyCandidate]] = []
    var intact = 0
    tokens.withUnsafeBufferPointer { buffer in
      var position = 0
      while position < buffer.count {
        if let syllable = DamagedSyllable.at(
          position, tokens: buffer, bytes: bytes, keys: { cache.candidates(for: $0) })
        {
          var token = buffer[syllable.tokens.lowerBound]
          token.end = buffer[syllable.tokens.upperBound - 1].end
          joined.append(token)
          offered.append(syllable.candidates)
          position = syllable.tokens.upperBound
        } else {
          let token = buffer[position]
          joined.append(token)
          offered.append(
            Array(
              cache.candidates(for: String(decoding: bytes[token.start..<token.end], as: UTF8.self))
            ))
          intact += 1
          position += 1
        }
      }
    }
    guard joined.count >= 2, intact >= 1, intact < joined.count,
      joined.dropFirst().allSatisfy(\.joinsPrevious)
    else { return [] }
    let surface = joined.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    let whole = HitRanking(index: index).rank(
      PhraseMatcher(index: index).hits(startingAt: 0, tokens: joined) { offered[$0][...] }
        .filter {
          $0.length == joined.count && index.entities[Int($0.target.entity)].kind == .person
        },
      surface: surface)
    return whole.isEmpty ? partial(offered) : whole
  }
}
