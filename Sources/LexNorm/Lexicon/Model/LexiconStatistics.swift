/// How many entities a lexicon holds, per kind, and how many are documented.
public struct LexiconStatistics: Sendable, Hashable, Codable {
  /// Entities per kind; every kind is present, with 0 when the lexicon has none.
  public var byKind: [EntityKind: Int]
  /// All entities.
  public var total: Int
  /// Entities with at least one `sources` URL.
  public var withSources: Int
  /// Entities that name something unverified, themselves or in a role.
  public var unverified: Int
  /// Entities with at least one external ID (`external-ids`).
  public var withExternalIDs: Int
  /// Roles of persons.
  public var roles: Int
  /// Roles of persons that name a `source`.
  public var rolesWithSource: Int

  /// Counts `lexicon`'s entities.
  init(_ lexicon: Lexicon) {
    byKind = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { ($0, 0) })
    total = lexicon.entities.count
    (withSources, unverified, withExternalIDs, roles, rolesWithSource) = (0, 0, 0, 0, 0)
    // In place: iterating the entities would copy each one.
    for position in lexicon.entities.indices {
      let entity = lexicon.entities[position]
      byKind[entity.kind, default: 0] += 1
      if !entity.sources.isEmpty { withSources += 1 }
      if !entity.unverified.isEmpty || entity.roles.contains(where: \.isUnverified) {
        unverified += 1
      }
      if !entity.externalIDs.isEmpty { withExternalIDs += 1 }
      roles += entity.roles.count
      rolesWithSource += entity.roles.count { $0.source != nil }
    }
  }
}

extension Lexicon {
  /// Counts of the lexicon's entities per kind and of their sources.
  public var statistics: LexiconStatistics { LexiconStatistics(self) }
}
