/// The checks that compare entities with each other, across all files of a run.
extension LexiconValidator {
  /// Findings with the index of the file they belong to.
  ///
  /// `base` holds the entities of a lexicon the files are checked against (the bundled one):
  /// references to them resolve and collisions with them are reported, but nothing is reported
  /// on them. A file's entity replaces the base entity with its ID.
  func crossCheck(_ decoded: [DecodedEntity], base: [DecodedEntity] = []) -> [(Int, Diagnostic)] {
    let overridden = Set(decoded.map(\.entity.id))
    let entities = base.filter { !overridden.contains($0.entity.id) } + decoded
    var findings: [(Int, Diagnostic)] = []
    /// Reports on `entity` unless it is a base entity, or the warning is acknowledged by it or
    /// by `other`, the entity the finding pairs it with.
    func report(
      _ rule: LexiconRule, in entity: DecodedEntity, line: Int, column: Int,
      other: DecodedEntity? = nil, _ message: String
    ) {
      guard !entity.isBase else { return }
      if rule.severity == .warning,
        entity.entity.acknowledged.contains(rule)
          || other?.entity.acknowledged.contains(rule) == true
      {
        return
      }
      findings.append(
        (
          entity.fileIndex,
          Diagnostic(
            path: entity.path, line: line, column: column, severity: rule.severity, rule: rule,
            message: message)
        ))
    }

    // The loops over all entities read them in place (`entities[index].…`): copying each would
    // cost more than checking it.

    // Duplicate IDs: the first definition counts for every other check.
    var firstByID: [String: Int] = [:]
    firstByID.reserveCapacity(entities.count)
    var unique: [Int] = []
    unique.reserveCapacity(entities.count)
    for index in entities.indices {
      if let firstIndex = firstByID[entities[index].entity.id] {
        let entity = entities[index]
        let first = entities[firstIndex]
        report(
          .duplicateID, in: entity, line: entity.idLine, column: entity.idColumn,
          "duplicate ID `\(entity.entity.id)`; first defined at \(first.place)")
      } else {
        firstByID[entities[index].entity.id] = index
        unique.append(index)
      }
    }
    let checked = unique.filter { !entities[$0].isBase }

    // Sources.
    for index in checked where entities[index].entity.sources.isEmpty {
      let entity = entities[index]
      report(
        .missingSources, in: entity, line: entity.idLine, column: entity.idColumn,
        "`\(entity.entity.id)` has no `sources`; list the pages that document it")
    }

    // Succession: `replaced-by` names an entity of the same kind whose validity follows.
    var successorOf: [String: String] = [:]
    for index in checked {
      guard let successorID = entities[index].entity.replacedBy,
        let site = entities[index].replacedBySite
      else { continue }
      let entity = entities[index]
      guard let successor = firstByID[successorID].map({ entities[$0] }) else {
        report(
          .unknownReplacement, in: entity, line: site.line, column: site.column,
          "`replaced-by` names `\(successorID)`, which no lexicon file defines")
        continue
      }
      guard successor.entity.kind == entity.entity.kind, successorID != entity.entity.id else {
        let what =
          successorID == entity.entity.id
          ? "the entity itself" : "a \(successor.entity.kind.rawValue)"
        report(
          .unknownReplacement, in: entity, line: site.line, column: site.column,
          "`replaced-by` names `\(successorID)`, which is \(what), not another "
            + entity.entity.kind.rawValue)
        continue
      }
      successorOf[entity.entity.id] = successorID
      if Self.overlap(entity.entity.validity, successor.entity.validity) {
        report(
          .overlappingValidity, in: entity, line: site.line, column: site.column,
          other: successor,
          "`\(entity.entity.id)` (\(entity.entity.validity.text)) is replaced by "
            + "`\(successorID)` (\(successor.entity.validity.text), \(successor.place)), but "
            + "their dates overlap; end one the day before the other begins")
      }
    }
    /// Whether one of two entities replaced the other: they may share forms.
    func areSuccessive(_ first: String, _ second: String) -> Bool {
      successorOf[first] == second || successorOf[second] == first
    }

    // Collisions: every form's folded key against the forms of earlier entities.
    var ownerByKey: [String: (entity: Int, form: Int)] = [:]
    ownerByKey.reserveCapacity(entities.count * 2)
    var ownKeys: Set<String> = []
    for index in unique {
      ownKeys.removeAll(keepingCapacity: true)
      for (formIndex, form) in entities[index].forms.enumerated() {
        let key = form.foldedKey
        guard ownKeys.insert(key).inserted else { continue }
        guard let owner = ownerByKey[key] else {
          ownerByKey[key] = (index, formIndex)
          continue
        }
        let entity = entities[index]
        let other = entities[owner.entity]
        if entity.entity.isAmbiguous && other.entity.isAmbiguous { continue }
        if areSuccessive(entity.entity.id, other.entity.id) { continue }
        // The other entity may have several forms with this key; an identical one decides.
        let written = form.text.normalized(.nfc).lowercased()
        let identicalForm = other.forms.first {
          $0.foldedKey == key && $0.text.normalized(.nfc).lowercased() == written
        }
        let identical = identicalForm != nil
        let ownerForm = identicalForm ?? other.forms[owner.form]
        let place = "\(other.path):\(ownerForm.line):\(ownerForm.column)"
        report(
          identical ? .labelCollision : .foldedCollision, in: entity, line: form.line,
          column: form.column,
          (identical
            ? "`\(form.text)` is also a form of `\(other.entity.id)` (\(place))"
            : "`\(form.text)` folds to the same key as `\(ownerForm.text)` of "
              + "`\(other.entity.id)` (\(place)); text without diacritics cannot tell them apart")
            + "; set `ambiguous: true` on both if intended")
      }
    }

    // Roles: the title must exist and be a title.
    var holdersByTitle: [String: [(entity: DecodedEntity, role: RoleSite)]] = [:]
    for index in unique where !entities[index].roles.isEmpty {
      let entity = entities[index]
      for site in entity.roles {
        guard let title = firstByID[site.role.title].map({ entities[$0] }) else {
          report(
            .unknownTitle, in: entity, line: site.line, column: site.column,
            "role names `\(site.role.title)`, which no lexicon file defines")
          continue
        }
        guard title.entity.kind == .title else {
          report(
            .unknownTitle, in: entity, line: site.line, column: site.column,
            "role names `\(site.role.title)`, which is a \(title.entity.kind.rawValue), not a title"
          )
          continue
        }
        if title.entity.hasSingleHolder {
          holdersByTitle[site.role.title, default: []].append((entity, site))
        }
      }
    }

    // Single-holder titles: at most one person in office at a time.
    for title in holdersByTitle.keys.sorted() {
      let holders = holdersByTitle[title] ?? []
      for (later, current) in holders.enumerated() where !current.entity.isBase {
        for earlier in holders[..<later]
        where earlier.entity.entity.id != current.entity.entity.id
          && Self.overlap(earlier.role.role.validity, current.role.role.validity)
        {
          let place = "\(earlier.entity.path):\(earlier.role.line):\(earlier.role.column)"
          report(
            .overlappingHolders, in: current.entity, line: current.role.line,
            column: current.role.column, other: earlier.entity,
            "`\(current.entity.entity.id)` holds `\(title)` while `\(earlier.entity.entity.id)` "
              + "does (\(place)), but the title is single-holder")
        }
      }
    }

    // Russian labels of persons against the transcription of their Vietnamese label.
    if let russianTranscription {
      for index in checked
      where entities[index].entity.kind == .person && entities[index].entity.generatesVariants {
        let entity = entities[index]
        guard let vietnamese = entity.entity.labels[.vi], let russian = entity.entity.labels[.ru],
          let site = entity.forms.first(where: { $0.isLabel && $0.language == .ru })
        else { continue }
        let transcription = russianTranscription(vietnamese)
        if Folding.key(transcription) != Folding.key(russian) {
          report(
            .russianTranscription, in: entity, line: site.line, column: site.column,
            "ru label `\(russian)` differs from the transcription `\(transcription)` of "
              + "`\(vietnamese)`")
        }
      }
    }
    return findings
  }

  /// Whether two spans of days overlap; open ends reach indefinitely, and one that ends on the
  /// day the other begins is a handover, not an overlap.
  private static func overlap(_ first: Validity, _ second: Validity) -> Bool {
    if let start = first.from, let end = second.until, end <= start { return false }
    if let start = second.from, let end = first.until, end <= start { return false }
    return true
  }
}

extension Validity {
  /// `from 2008-08-01 until 2025-06-30`, `until 2008-07-31`, or `no dates`.
  var text: String {
    switch (from, until) {
    case (nil, nil): "no dates"
    case (let from?, nil): "from \(from)"
    case (nil, let until?): "until \(until)"
    case (let from?, let until?): "from \(from) until \(until)"
    }
  }
}
