/// Where a written form of an entity comes from.
enum FormOrigin: UInt8, Sendable, Hashable {
  /// A preferred label of the lexicon.
  case label
  /// An alias of the lexicon.
  case alias
  /// Derived by LexNorm: the Russian practical transcription of the Vietnamese label.
  case generatedTranscription
}

/// A written form of an entity that the index stores.
struct EntityForm: Sendable, Hashable {
  var text: String
  var language: LanguageTag
  var origin: FormOrigin
}

/// Variant generation: the forms of an entity the index stores, and the labels LexNorm derives
/// for languages the lexicon leaves out.
enum EntityForms {
  /// The labels and aliases of `entity`, plus the forms LexNorm derives from its `vi` label
  /// (unless `generate: false`); `transcriptions` remembers words across entities.
  static func forms(
    of entity: Entity, transcriptions: inout TranscriptionMemo
  ) -> [EntityForm] {
    var forms: [EntityForm] = []
    for (language, text) in entity.labels.sorted(by: { $0.key < $1.key }) {
      forms.append(EntityForm(text: text, language: language, origin: .label))
    }
    for (language, texts) in entity.aliases.sorted(by: { $0.key < $1.key }) {
      for text in texts { forms.append(EntityForm(text: text, language: language, origin: .alias)) }
    }
    if entity.generatesVariants, entity.kind == .person || entity.kind == .place,
      let vietnamese = entity.labels[.vi]
    {
      let russian = transcriptions.russian(vietnamese)
      if !forms.contains(where: { $0.text == russian }) {
        forms.append(EntityForm(text: russian, language: .ru, origin: .generatedTranscription))
      }
    }
    return forms
  }

  /// The preferred label of `entity` in `language`, derived from the `vi` label when the lexicon
  /// has none: ASCII for `en`/`de`, and otherwise the label in the best available language.
  static func label(of entity: Entity, in language: LanguageTag) -> String {
    if let label = entity.labels[language] { return label }
    if entity.generatesVariants, let vietnamese = entity.labels[.vi] {
      switch language {
      case .en, .de: return Transliteration.name(vietnamese, to: .ascii)
      case .ru: return VietnameseTranscription.russian(vietnamese)
      default: break
      }
    }
    return entity.label(in: language) ?? entity.id
  }
}
