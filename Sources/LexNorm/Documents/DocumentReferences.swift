/// Finds references to numbered Party and state documents in running text and maps each written
/// form to one id.
///
/// Recognized forms, in Vietnamese, English, German and Russian:
/// - a type word, an optional number marker (`No.`, `Nr.`, `số`, `№`) and a number or code:
///   `Resolution No. 18-NQ/TW`, `Nghị quyết số 18-NQ/TW`, `Резолюции 18`, `Directive No. 35-CT/TW`;
///   Russian type words are recognized in every case (`Заключения`, `решением`, `Директивы`);
/// - an issuer between the type word and the number (`решением Политбюро № 242-QD/TW`);
/// - a bare code with issuer: `242-QĐ/TW`, `18-NQ/TW`.
///
/// The type comes from the code when one is written (`Decree No. 28-NQ/TW` is a resolution),
/// otherwise from the type word. The issuer comes from the code; when none is written, it is
/// assumed to be `TW` (the Party Central Committee and its organs), since the texts in scope cite
/// central documents by short number (`Резолюции 18` → `document:18-nq-tw`). Numbers without a
/// type word or code (`1907`, `No. 5`) are not references; without a number marker or code, a
/// number of more than three digits is taken for a year (`Plan 2025`).
///
/// The search runs over the text's UTF-8 bytes and only looks around digits, so it is fast on whole
/// documents; it is safe to call from many threads.
enum DocumentReferences {
  /// All document references in `text`, in text order, with UTF-8 byte ranges.
  static func find(in text: String) -> [DocumentReference] {
    var text = text
    return text.withUTF8 { DocumentScanner(bytes: $0).references() }
  }

  /// The normalized code (`173-kh-tu`) of the first document reference in a label such as
  /// `Kế hoạch số 173-KH/TU`, or nil when the label holds none.
  ///
  /// Lets a matcher link a reference found in text (`document:173-kh-tu`) to a lexicon entity
  /// whose label carries the same code (see ``DocumentReference/matches(entityID:)``).
  static func code(ofLabel label: String) -> String? {
    find(in: label).first?.code
  }
}
