/// Vietnamese ↔ Russian practical transcription of personal names (TsNIIGAiK 1973 rules).
///
/// ```swift
/// VietnameseTranscription.russian("Lương Cường")                  // "Лыонг Кыонг"
/// VietnameseTranscription.russian("Trần Văn Rón")                 // "Чан Ван Жон"
/// VietnameseTranscription.vietnameseReadings(ofRussian: "Лыонг Кыонг").first  // "Luong Cuong"
/// ```
///
/// The forward direction is an ICU rule-based transform whose rules live in
/// `Transcription/Rules/vi-ru.txt` (embedded in the binary at build time). Safe to call from any
/// thread.
public enum VietnameseTranscription {
  /// `vietnamese` in Russian practical transcription: every word that is a Vietnamese syllable is
  /// transcribed on its own (tones dropped) and keeps the input's capitalisation (`Trần` → `Чан`,
  /// `TRẦN` → `ЧАН`); any other text (digits, punctuation, non-Vietnamese words) passes through.
  public static func russian(_ vietnamese: String) -> String {
    mapWords(vietnamese) { word in
      guard let (folded, _) = VietnameseSyllable.fold(latin: word),
        VietnameseSyllable(folded: folded) != nil
      else { return nil }
      return transliterator.transliterate(name: word)
    }
  }

  /// Vietnamese readings of Russian text, best first: each Cyrillic word that can transcribe a
  /// Vietnamese syllable (by the rules or a naive spelling: `Чан`, `Тран`, `Лыонгу`, `Кыонгом`)
  /// is read back; Latin words are read as romanised Russian (`Lyong` → `Luong`, `Khoay` →
  /// `Hoai`, `Chung` → `Trung`).
  ///
  /// Readings are plain ASCII (`Luong Cuong`): tones cannot be recovered, and a partly marked
  /// form would look like another real syllable (`Cương` is a name, but the man is `Cường`).
  /// Words that cannot be Vietnamese syllables, and Latin words with diacritics, are kept as
  /// written. At most `limit` readings are returned (the best one always).
  public static func vietnameseReadings(ofRussian text: String, limit: Int = 8) -> [String] {
    let (pieces, trailing) = words(of: text)
    let alternatives = pieces.map { readings(ofWord: $0.word) }
    let separators = pieces.map(\.gap)
    // Best-first combinations: all words at their best reading, then one word at a time moved to
    // its next reading (enough for ranking; the full product explodes on long texts).
    var results: [String] = []
    func render(_ choice: [Int]) -> String {
      var output = ""
      for index in alternatives.indices {
        output += separators[index] + alternatives[index][choice[index]]
      }
      return output + trailing
    }
    let best = Array(repeating: 0, count: alternatives.count)
    results.append(render(best))
    outer: for rank in 1..<max(limit, 1) {
      for index in alternatives.indices where rank < alternatives[index].count {
        var choice = best
        choice[index] = rank
        let reading = render(choice)
        if !results.contains(reading) { results.append(reading) }
        if results.count >= limit { break outer }
      }
    }
    return results
  }

  /// Readings of one word, best first (at least the word itself).
  private static func readings(ofWord word: String) -> [String] {
    // Latin input here is taken as romanised Russian (Khoay → Hoai, Chung → Trung); a word that
    // only reads as Vietnamese (Tô, Nguyen's) stays as written.
    let usable = NameKey.candidates(forToken: word).filter { $0.method != .folded }
    if usable.isEmpty { return [word] }
    var readings: [String] = []
    for candidate in usable {
      let reading = matchCase(of: word, in: latinSpelling(ofKey: candidate.key))
      if !readings.contains(reading) { readings.append(reading) }
    }
    return readings
  }

  /// A readable ASCII Vietnamese spelling of a key (k → c, k or qu; i → y where Vietnamese
  /// writes y; final k → c; đ → d).
  static func latinSpelling(ofKey key: String) -> String {
    var spelling = key
    if spelling.hasPrefix("đ") { spelling = "d" + spelling.dropFirst() }
    if spelling.hasSuffix("k") { spelling = spelling.dropLast() + "c" }
    if spelling.hasPrefix("ie") { spelling = "y" + spelling.dropFirst() }
    spelling = spelling.replacingAll("uie", with: "uye")
    if spelling.hasPrefix("kuo") {
      // Куок is Quốc in names; Куонг/Кыонг is Cường.
      if spelling.hasSuffix("c") {
        spelling = "qu" + spelling.dropFirst(2)
      } else {
        spelling = "c" + spelling.dropFirst()
      }
    } else if spelling.hasPrefix("ku"), spelling.count > 2,
      "aeiy".contains(spelling[spelling.index(spelling.startIndex, offsetBy: 2)])
    {
      spelling = "q" + spelling.dropFirst()
    } else if spelling.hasPrefix("k"), !spelling.hasPrefix("kh"), spelling.count > 1,
      !"eiy".contains(spelling[spelling.index(after: spelling.startIndex)])
    {
      spelling = "c" + spelling.dropFirst()
    }
    // ngh before i and e; gh only before e (a key "gi…" reads best as the onset gi).
    if spelling.hasPrefix("ng") {
      let next = spelling.dropFirst(2).first
      if next == "i" || next == "e" { spelling = "ngh" + spelling.dropFirst(2) }
    } else if spelling.hasPrefix("ge") {
      spelling = "gh" + spelling.dropFirst()
    }
    return spelling
  }

  /// `text` with the capitalisation of `model`: all capitals, capitalised, or lower case.
  static func matchCase(of model: some StringProtocol, in text: String) -> String {
    let letters = model.filter(\.isLetter)
    guard let first = letters.first, first.isUppercase else { return text }
    if letters.count > 1, letters.allSatisfy(\.isUppercase) { return text.uppercased() }
    return text.prefix(1).uppercased() + text.dropFirst()
  }

  /// Rewrites each word (letters with their marks) through `transform`; `nil` keeps the word.
  private static func mapWords(_ text: String, _ transform: (String) -> String?) -> String {
    let (pieces, trailing) = words(of: text)
    var output = ""
    // Running text repeats its words: each distinct word is rewritten once (a bounded table,
    // so a text of endless distinct words costs no more memory than its output).
    var rewritten: [String: String] = [:]
    for (gap, word) in pieces {
      output += gap
      if let known = rewritten[word] {
        output += known
        continue
      }
      let result = transform(word).map { matchCase(of: word, in: $0) } ?? word
      if rewritten.count < 1 << 16 { rewritten[word] = result }
      output += result
    }
    return output + trailing
  }

  /// The words of `text` (letters with their marks), each with the text before it, and the
  /// text after the last word.
  private static func words(of text: String) -> (
    pieces: [(gap: String, word: String)], trailing: String
  ) {
    var pieces: [(gap: String, word: String)] = []
    var gap = ""
    var word = ""
    for character in text {
      // ASCII first: `isLetter` looks up Unicode properties, the cost of most of the text.
      let isWordCharacter =
        if let ascii = character.asciiValue {
          (ascii | 0x20) &- 0x61 < 26
        } else {
          character.isLetter || character.unicodeScalars.allSatisfy(isMark)
        }
      if isWordCharacter {
        word.append(character)
      } else {
        if !word.isEmpty {
          pieces.append((gap, word))
          gap = ""
          word = ""
        }
        gap.append(character)
      }
    }
    if !word.isEmpty {
      pieces.append((gap, word))
      gap = ""
    }
    return (pieces, gap)
  }

  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .nonspacingMark
  }

  /// The compiled rules, shared: ``Transliterator`` is itself safe to use from many threads.
  private static let transliterator: Transliterator = {
    let rules = String(decoding: PackageResources.vi_ru_txt, as: UTF8.self)
    do {
      return try Transliterator(id: "x-vi-ru", rules: rules)
    } catch {
      // The rules ship inside the binary and are compiled by the tests: a failure is a build bug.
      fatalError("vi-ru.txt does not compile: \(error)")
    }
  }()
}

extension String {
  /// Every occurrence of `target` replaced (no Foundation needed).
  fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, contains(target) else { return self }
    var output = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      output += rest[..<range.lowerBound]
      output += replacement
      rest = rest[range.upperBound...]
    }
    return output + rest
  }
}
