// Annotates an article with the bundled lexicon and prints each mention with its canonical ID,
// then the article rewritten to Vietnamese labels.
//
//   swift run annotate-article ../texts/ru-president-visit.txt
import Foundation
import LexNorm

let path = CommandLine.arguments.dropFirst().first ?? "../texts/ru-president-visit.txt"
let text: String
do {
  text = try String(contentsOfFile: path, encoding: .utf8)
} catch {
  FileHandle.standardError.write(Data("annotate-article: cannot read \(path): \(error)\n".utf8))
  exit(1)
}

let annotator: Annotator
do {
  annotator = Annotator(lexicon: try Lexicon.bundled())
} catch {
  FileHandle.standardError.write(Data("annotate-article: \(error)\n".utf8))
  exit(1)
}

let mentions = annotator.annotate(text, options: AnnotationOptions(labelLanguage: .vi))
for mention in mentions {
  let via = mention.methods.map(\.rawValue).joined(separator: "+")
  var line =
    "\(mention.start)..<\(mention.end)  \(mention.text)  →  \(mention.id) (\(mention.label), \(via))"
  if let holder = mention.refersTo { line += "  refers to \(holder)" }
  print(line)
}
print("\n" + Annotator.rewrite(text, replacing: mentions, byteOffset: 0))
