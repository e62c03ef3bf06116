/// Tells namesakes apart by the years written next to the name: a list of office holders
/// (`Nguyễn Minh Triết (6/2006 - 7/2011)`) or a career line names the years of the person meant,
/// and among a name's equally good readings only one may have held office then.
enum DatedReading {
  /// The one entity of `readings` with a dated role spanning one of `years`; `nil` when none or
  /// several have one (then the years tell nothing). Undated roles are no evidence.
  static func choose(among readings: [String], years: Set<Int>, in lexicon: Lexicon) -> Entity? {
    guard readings.count >= 2, !years.isEmpty else { return nil }
    let active = readings.compactMap { lexicon[$0] }.filter { entity in
      entity.roles.contains { role in
        guard role.from != nil || role.until != nil else { return false }
        let span = (role.from?.year ?? Int.min)...(role.until?.year ?? Int.max)
        return years.contains { span.contains($0) }
      }
    }
    return active.count == 1 ? active.first : nil
  }

  /// Whether `entity` held `title` in every one of `years` (by a role dated or not).
  static func held(_ title: String, by entity: Entity, in years: Set<Int>) -> Bool {
    years.allSatisfy { year in
      entity.roles.contains { role in
        role.title == title
          && ((role.from?.year ?? Int.min)...(role.until?.year ?? Int.max)).contains(year)
      }
    }
  }

  /// Whether a line is short enough to be a note about the name before it (`(1997 - 6/2006)`,
  /// `Đồng chí Trần Đức Lương`), not running text.
  static func isNote(_ byteCount: Int) -> Bool { byteCount <= maxNoteBytes }

  private static let maxNoteBytes = 80
}
