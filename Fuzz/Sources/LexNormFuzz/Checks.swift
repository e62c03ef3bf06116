import LexNorm

/// The properties each target checks; a broken one stops the program with what broke.
enum Checks {
  static let sample =
    "Tổng Bí thư Tô Lâm gặp Chủ tịch nước Lương Cường. Генеральный секретарь То Лам, "
    + "President Luong Cuong (Resolution No. 18-NQ/TW, 2025-07-19)."

  static func annotate(_ text: String, with annotator: Annotator) {
    let bytes = Array(text.utf8)
    let everything = AnnotationOptions(
      labelLanguage: .ru, requiresCapitalizedNames: false, includesNested: true)
    for options in [AnnotationOptions(), everything] {
      for mention in annotator.annotate(text, options: options) {
        guard 0 <= mention.start, mention.start <= mention.end, mention.end <= bytes.count,
          bytes[mention.start..<mention.end].elementsEqual(mention.text.utf8)
        else {
          fatalError(
            "mention \(mention.id) at \(mention.start)..<\(mention.end) is not `\(mention.text)`")
        }
      }
    }
  }

  static func translit(_ text: String) {
    for target in TransliterationTarget.allCases {
      do {
        _ = try Transliteration.convert(text, to: target)
      } catch {
        fatalError("translit --to \(target.rawValue): \(error)")
      }
    }
    // Homoglyph repair runs inside every `convert` above.
    _ = Folding.key(text)
    _ = VietnameseTranscription.russian(text)
    _ = VietnameseTranscription.vietnameseReadings(ofRussian: text)
  }

  static func yaml(_ text: String) {
    let report = LexiconValidator(russianTranscription: { VietnameseTranscription.russian($0) })
      .validate([LexiconSource(path: "fuzz.yaml", text: text)])
    guard !report.hasErrors else { return }
    let built = Annotator(lexicon: Lexicon(entities: report.entities))
    let loaded: Annotator
    do {
      loaded = try Annotator(compiled: built.compiled(), source: "fuzz.lnx")
    } catch {
      fatalError("a compiled valid lexicon does not load: \(error)")
    }
    // The compiled index must match as the built one does, on the lexicon's own forms too.
    let forms = report.entities.flatMap { $0.labels.values.sorted() }.joined(separator: ", ")
    for text in [sample, forms] {
      guard loaded.annotate(text) == built.annotate(text) else {
        fatalError("the compiled lexicon annotates `\(text)` differently")
      }
    }
  }

  /// A file that loads must work: annotate and look up, and compile to a file that loads.
  static func load(_ bytes: [UInt8]) {
    guard let annotator = try? Annotator(compiled: bytes, source: "fuzz.lnx") else { return }
    annotate(sample, with: annotator)
    for query in ["Tô Lâm", "to lam", "Лыонг Кыонг", "18-NQ/TW"] { _ = annotator.lookup(query) }
    do {
      _ = try Annotator(compiled: annotator.compiled(), source: "again.lnx")
    } catch {
      fatalError("a loaded lexicon compiles to a file that does not load: \(error)")
    }
  }
}
