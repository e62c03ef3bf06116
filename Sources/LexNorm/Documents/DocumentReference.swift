/// One reference to a numbered Party or state document found in running text.
///
/// `Resolution No. 18-NQ/TW`, `Nghị quyết số 18-NQ/TW`, `Резолюции 18` and `18-NQ/TW` all carry the
/// id `document:18-nq-tw`.
struct DocumentReference: Sendable, Hashable {
  /// UTF-8 byte offsets of the reference in the searched text (end exclusive).
  let range: Range<Int>
  /// The exact surface, from the document-type word (or the code when there is none) to the
  /// number or code.
  let text: String
  /// The document number as written, leading zeros kept (`"02"` in `02-HD/TU`).
  let number: String
  /// The type code in uppercase ASCII (`NQ`, `CT`, `QD`, `KL`, `HD`, `KH`, …): from the code
  /// when one is written, otherwise from the type word.
  let typeCode: String
  /// The issuer code in uppercase ASCII (`TW`, `TU`, `BTCTW`, …); `TW` (central) when not written.
  let issuerCode: String

  /// Creates a reference from its parts; codes are stored as given.
  init(
    range: Range<Int>, text: String, number: String, typeCode: String, issuerCode: String
  ) {
    self.range = range
    self.text = text
    self.number = number
    self.typeCode = typeCode
    self.issuerCode = issuerCode
  }

  /// The code without the kind prefix, lowercase ASCII: `18-nq-tw`.
  var code: String {
    "\(number)-\(typeCode)-\(issuerCode)".lowercased()
  }

  /// The canonical id, `document:<number>-<type>-<issuer>` in lowercase ASCII: `document:18-nq-tw`.
  var id: String { "document:\(code)" }

  /// The code as documents write it (`18-NQ/TW`), the label of a document the lexicon lacks.
  var canonicalLabel: String { "\(number)-\(typeCode)/\(issuerCode)" }

  /// Whether a lexicon entity id denotes this document.
  ///
  /// True for the same id and for ids that refine it with a suffix, such as the province that
  /// provincial codes carry (`document:173-kh-tu-quang-binh` for `document:173-kh-tu`), since
  /// provincial numbers are not unique nationally and running text rarely names the province.
  func matches(entityID: String) -> Bool {
    let own = id
    return entityID == own || entityID.hasPrefix(own + "-")
  }
}
