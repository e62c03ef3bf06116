/// ``VietnameseTranscription/russian(_:)`` with each word's transcription remembered: the names
/// of a lexicon share a few hundred syllables (342 words across the 100,000 benchmark names),
/// and transcribing one through ICU costs far more than looking it up.
///
/// The transcription works word by word (a word is transcribed on its own; the text between
/// words passes through), so a text whose spaces always separate words transcribes as its
/// space-separated pieces do, joined by spaces. A space always separates in ``PlainLatin`` text,
/// where every scalar is a character of its own; other text is transcribed whole.
struct TranscriptionMemo {
  private var byWord = ByteMemo<String>()

  mutating func russian(_ vietnamese: String) -> String {
    guard PlainLatin.isPlain(vietnamese) else {
      return VietnameseTranscription.russian(vietnamese)
    }
    var text = vietnamese
    return text.withUTF8 { bytes in
      var output = ""
      output.reserveCapacity(bytes.count * 2)
      var start = 0
      while true {
        let end = bytes[start...].firstIndex(of: 0x20) ?? bytes.count
        let word = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start..<end])
        if let known = byWord.value(for: word) {
          output += known
        } else {
          let transcribed = VietnameseTranscription.russian(String(decoding: word, as: UTF8.self))
          byWord.store(transcribed, for: word)
          output += transcribed
        }
        guard end < bytes.count else { return output }
        output += " "
        start = end + 1
      }
    }
  }
}
