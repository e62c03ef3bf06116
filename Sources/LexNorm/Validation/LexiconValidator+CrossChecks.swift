/// The checks that compare entities with each other, across all files of a run.
extension LexiconValidator {
  /// Findings with the index of the file they belong to.
  func crossCheck(_ entities: [DecodedEntity]) -> [(Int, Diagnostic)] {
    var findings: [(Int, Diagnostic)] = []
    func report(
      _ rule: LexiconRule, in entity: DecodedEntity, line: Int, column: Int, _ message: String
    ) {
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
          "duplicate ID `\(entity.entity.id)`; first defined at "
            + "\(first.path):\(first.idLine):\(first.idColumn)")
      } else {
        firstByID[entities[index].entity.id] = index
        unique.append(index)
      }
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
        let ownerForm = other.forms[owner.form]
        if entity.entity.ambiguous && other.entity.ambiguous { continue }
        let identical =
          form.text.normalized(.nfc).lowercased() == ownerForm.text.normalized(.nfc).lowercased()
        let place = "\(other.path):\(ownerForm.line):\(ownerForm.column)"
        report(
          identical ? .labelCollision : .foldedCollision, in: entity, line: form.line,
          column: form.column,
          (identical
            ? "`\(form.text)` is also a form of `\(other.entity.id)` (\(place))"
            : "`\(form.text)` folds to the same key as `\(ownerForm.text)` of "
              + "`\(other.entity.id)` (\(place))") + "; set `ambiguous: true` on both if intended")
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
        if title.entity.singleHolder {
          holdersByTitle[site.role.title, default: []].append((entity, site))
        }
      }
    }

    // Single-holder titles: at most one person in office at a time.
    for title in holdersByTitle.keys.sorted() {
      let holders = holdersByTitle[title] ?? []
      for (later, current) in holders.enumerated() {
        for earlier in holders[..<later]
        where earlier.entity.entity.id != current.entity.entity.id
          && Self.overlap(earlier.role.role, current.role.role)
        {
          let place = "\(earlier.entity.path):\(earlier.role.line):\(earlier.role.column)"
          report(
            .overlappingHolders, in: current.entity, line: current.role.line,
            column: current.role.column,
            "`\(current.entity.entity.id)` holds `\(title)` while `\(earlier.entity.entity.id)` "
              + "does (\(place)), but the title is single-holder")
        }
      }
    }

    // Russian labels of persons against the transcription of their Vietnamese label.
    if let russianTranscription {
      for index in unique
      where entities[index].entity.kind == .person && entities[index].entity.generate {
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

  /// Whether two terms of office overlap; open ends reach indefinitely, and a term that ends on
  /// the day the other begins is a handover, not an overlap.
  private static func overlap(_ first: Role, _ second: Role) -> Bool {
    if let start = first.from, let end = second.until, end <= start { return false }
    if let start = second.from, let end = first.until, end <= start { return false }
    return true
  }
}
