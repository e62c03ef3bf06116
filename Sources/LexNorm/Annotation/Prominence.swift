/// How prominent a person is, from the lexicon's roles alone: what a lookup falls back on when
/// several persons answer a query equally well (`Lam`, or two namesakes).
///
/// Compared field by field, over the person's roles at the highest level held (an office one
/// person holds at a time, `single-holder: true`, above any other office, above none): the level;
/// whether such a role is still held (`from` without `until`); the seniority of the most senior
/// such office (see ``PersonProminence``); the last day of the latest such role; the number of
/// roles.
struct Prominence: Comparable, Sendable {
  /// 2: held a single-holder office; 1: held another office; 0: no role in the lexicon.
  var office: Int
  var isHeld: Bool
  var seniority: Double
  /// The last day of the latest role at ``office`` level; the largest date while one is held;
  /// `nil` when none has a date.
  var latest: CalendarDate?
  var roles: Int

  private static let ongoing = CalendarDate(year: 9999, month: 12, day: 31)

  /// The prominence of a person with `roles`; `isSingleHolder` tells a title ID's kind of office,
  /// `seniority` its seniority.
  init(roles: [Role], isSingleHolder: (String) -> Bool, seniority: (String) -> Double) {
    let top = roles.filter { isSingleHolder($0.title) }
    let level = top.isEmpty ? roles : top
    office = top.isEmpty ? (roles.isEmpty ? 0 : 1) : 2
    isHeld = level.contains { $0.from != nil && $0.until == nil }
    self.seniority = level.map { seniority($0.title) }.max() ?? 0
    latest = level.compactMap { role in
      role.until ?? (role.from == nil ? nil : Self.ongoing)
    }.max()
    self.roles = roles.count
  }

  static func < (lhs: Self, rhs: Self) -> Bool {
    if lhs.office != rhs.office { return lhs.office < rhs.office }
    if lhs.isHeld != rhs.isHeld { return !lhs.isHeld }
    if lhs.seniority != rhs.seniority { return lhs.seniority < rhs.seniority }
    if lhs.latest != rhs.latest {
      guard let right = rhs.latest else { return false }
      guard let left = lhs.latest else { return true }
      return left < right
    }
    return lhs.roles < rhs.roles
  }
}

/// Every person's ``Prominence``, worked out from the lexicon when a lookup first meets a tie.
/// Shared by the copies of an ``Annotator``; lookup only (running text never reads it).
final class PersonProminence: Sendable {
  /// Entity position → its prominence; `nil` for entities that are not persons.
  private let built = Locked<[Prominence?]?>(nil)

  /// Confidence a person loses to the more prominent person tied with it.
  static let tiePenalty = 0.01

  func table(_ index: PhraseIndex) -> [Prominence?] {
    built.withLock { table in
      if let table { return table }
      let made = Self.make(index)
      table = made
      return made
    }
  }

  /// `ranked` (best first) with each group of persons of equal score put in order of
  /// prominence: the most prominent keeps the score, the others lose ``tiePenalty``.
  func breakingTies(in ranked: [HitRanking.Ranked], index: PhraseIndex) -> [HitRanking.Ranked] {
    // Ranked best first, so equal scores are neighbours: most lookups have none.
    guard ranked.indices.dropFirst().contains(where: { ranked[$0].score == ranked[$0 - 1].score })
    else { return ranked }
    let prominence = table(index)
    var result = ranked
    var start = 0
    while start < ranked.count {
      var end = start + 1
      while end < ranked.count, ranked[end].score == ranked[start].score { end += 1 }
      defer { start = end }
      guard end - start > 1 else { continue }
      let places = (start..<end).compactMap { place in
        prominence[Int(ranked[place].entity)].map { (place, $0) }
      }
      // Stable among equals: they keep the order the ranking gave them.
      let ordered = places.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
      for (rank, (place, from)) in zip(places.map(\.0), ordered.map(\.0)).enumerated() {
        result[place] = ranked[from]
        if rank > 0 {
          result[place].score = ((ranked[from].score - Self.tiePenalty) * 1000).rounded() / 1000
        }
      }
    }
    // Stable insertion sort: a lowered candidate moves down past the few it now trails.
    for position in result.indices.dropFirst() {
      var place = position
      while place > 0, result[place - 1].score < result[place].score {
        result.swapAt(place - 1, place)
        place -= 1
      }
    }
    return result
  }

  private static func make(_ index: PhraseIndex) -> [Prominence?] {
    let persons = index.entities.indices.filter { index.entities[$0].kind == .person }
    var singleHolder: Set<String> = []
    for position in index.entities.indices where index.entities[position].kind == .title {
      if index.entities[position].hasSingleHolder {
        singleHolder.insert(index.entities[position].id)
      }
    }
    let seniority = Self.seniority(of: persons.map { index.entities[$0].roles })
    var table = [Prominence?](repeating: nil, count: index.entities.count)
    for position in persons {
      table[position] = Prominence(
        roles: index.entities[position].roles, isSingleHolder: singleHolder.contains,
        seniority: { seniority[$0] ?? 0 })
    }
    return table
  }

  /// How late in a career each office comes, learned from the careers in the lexicon: for each
  /// dated role, the share of the holder's other dated offices that began before it, averaged
  /// per title (0 to 1; a President or a Standing member of the Secretariat comes late, a
  /// deputy minister early). Titles with fewer than two such roles are left out.
  static func seniority(of careers: [[Role]]) -> [String: Double] {
    var sums: [String: (total: Double, count: Int)] = [:]
    for career in careers {
      let dated = career.compactMap { role in role.from.map { (role.title, $0) } }
      for (title, from) in dated {
        let others = dated.filter { $0.0 != title }
        guard !others.isEmpty else { continue }
        let before = others.filter { $0.1 < from }.count
        sums[title, default: (0, 0)].total += Double(before) / Double(others.count)
        sums[title, default: (0, 0)].count += 1
      }
    }
    return sums.filter { $0.value.count >= 2 }.mapValues { $0.total / Double($0.count) }
  }
}
