/// Settings for ``Annotator``.
public struct AnnotationOptions: Sendable, Hashable {
  /// The language of the labels reported in ``Mention/label``.
  public var labelLanguage: LanguageTag
  /// The document's date, for resolving bare titles to office holders. When `nil`, the first
  /// date written in the document is used.
  public var date: CalendarDate?
  /// Whether Latin- and Cyrillic-script person names must be capitalised to count (running text:
  /// `To Lam` is a name, `to lam` is not).
  public var requiresCapitalizedNames: Bool
  /// Whether to also report entities inside longer mentions (the `Politburo` of `member of the
  /// Politburo`). Off by default: mentions then never overlap, which rewriting needs.
  public var includesNested: Bool
  /// Whether a misspelled syllable may link a name of three or more syllables (`Nguyen Tna Dung`,
  /// method `fuzzy`). Off by default: trying the spellings one edit away from every word that
  /// cannot be a syllable between name syllables halves annotation throughput on name-dense text.
  public var linksMisspelledNames: Bool

  /// Options; the defaults are Vietnamese labels, no date, capitalised names, no nesting and no
  /// misspelled names.
  public init(
    labelLanguage: LanguageTag = .vi, date: CalendarDate? = nil,
    requiresCapitalizedNames: Bool = true, includesNested: Bool = false,
    linksMisspelledNames: Bool = false
  ) {
    self.labelLanguage = labelLanguage
    self.date = date
    self.requiresCapitalizedNames = requiresCapitalizedNames
    self.includesNested = includesNested
    self.linksMisspelledNames = linksMisspelledNames
  }
}
