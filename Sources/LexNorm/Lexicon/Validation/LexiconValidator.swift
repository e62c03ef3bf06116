import Foundation

/// A lexicon file's text held in memory, with the path diagnostics name it by.
public struct LexiconSource: Sendable, Hashable {
  /// The path diagnostics report (need not exist on disk).
  public var path: String
  /// The file's YAML text.
  public var text: String

  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }
}

/// Checks lexicon files and reads their entities, reporting every finding as a value.
///
/// ```swift
/// let report = LexiconValidator().validate([URL(fileURLWithPath: "Lexicons")])
/// for diagnostic in report.diagnostics { print(diagnostic) }
/// // Lexicons/persons.yaml:12:9: error: unknown language tag `vn`; did you mean `vi`?
/// //   [unknown-language]
/// ```
///
/// One bad file never hides the findings of others. The validator never throws and never
/// prints; ``LexiconRule`` lists the rules.
public struct LexiconValidator: Sendable {
  /// The largest file read (bytes); the 100,000-person benchmark lexicon has under 10 MB.
  /// Larger files are refused before they are read: parsing takes several times their size.
  public static let maximumFileSize = 64 << 20

  /// The practical Russian transcription of a Vietnamese name, for the `russian-transcription`
  /// rule; `nil` skips that rule.
  public var russianTranscription: (@Sendable (String) -> String)?

  public init(russianTranscription: (@Sendable (String) -> String)? = nil) {
    self.russianTranscription = russianTranscription
  }

  /// Validates files and folders; folders are searched recursively for `*.yaml` and `*.yml`
  /// (hidden files and folders skipped) and read in path order.
  ///
  /// Diagnostics name a given file by the path it was given as, and a file found in a folder
  /// by the folder's path joined with the file's relative path.
  ///
  /// With a `base` lexicon (such as ``Lexicon/bundled()``) the files are checked as additions
  /// to it: roles and `replaced-by` may name its entities, an entity of the files replaces the
  /// one with its ID, and a form shared with one of its entities is reported with both places.
  /// Nothing is reported on the base's own entities; the report's entities are the files' alone.
  public func validate(_ urls: [URL], against base: Lexicon? = nil) -> ValidationReport {
    var inputs: [Input] = []
    for url in urls { inputs += Self.inputs(for: url) }
    return validate(inputs, against: base)
  }

  /// Validates lexicon texts held in memory; `base` as for files.
  public func validate(_ sources: [LexiconSource], against base: Lexicon? = nil)
    -> ValidationReport
  {
    validate(sources.map { .text($0.path, $0.text) }, against: base)
  }

  /// What to read: a file, a text, or a finding about a path that cannot be read.
  enum Input {
    case file(String, URL)
    case text(String, String)
    case problem(Diagnostic)
  }

  private func validate(_ inputs: [Input], against base: Lexicon?) -> ValidationReport {
    var diagnostics: [[Diagnostic]] = []
    var decoded: [DecodedEntity] = []
    var files: [String] = []
    for input in inputs {
      let fileIndex = diagnostics.count
      switch input {
      case .problem(let diagnostic):
        diagnostics.append([diagnostic])
      case .text(let path, var text):
        files.append(path)
        guard text.utf8.count <= Self.maximumFileSize else {
          diagnostics.append([Self.tooLarge(path)])
          continue
        }
        var decoder = LexiconFileDecoder(path: path, fileIndex: fileIndex)
        text.withUTF8 { decoder.decode($0) }
        diagnostics.append(decoder.diagnostics)
        decoded += decoder.entities
      case .file(let path, let url):
        files.append(path)
        var decoder = LexiconFileDecoder(path: path, fileIndex: fileIndex)
        switch Self.read(url, path: path) {
        case .success(let bytes): bytes.withUnsafeBufferPointer { decoder.decode($0) }
        case .failure(let problem):
          diagnostics.append([problem.diagnostic])
          continue
        }
        diagnostics.append(decoder.diagnostics)
        decoded += decoder.entities
      }
    }
    let baseEntities = base?.entities.map(DecodedEntity.init(base:)) ?? []
    for (fileIndex, diagnostic) in crossCheck(decoded, base: baseEntities) {
      diagnostics[fileIndex].append(diagnostic)
    }
    let sorted = diagnostics.flatMap { file in
      file.enumerated().sorted { lhs, rhs in
        let left = (lhs.element.line ?? 0, lhs.element.column ?? 0, lhs.offset)
        let right = (rhs.element.line ?? 0, rhs.element.column ?? 0, rhs.offset)
        return left < right
      }.map(\.element)
    }
    return ValidationReport(entities: decoded.map(\.entity), diagnostics: sorted, files: files)
  }

  // MARK: Files

  private static func inputs(for url: URL) -> [Input] {
    let path = url.relativePath
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
      return [.problem(fileProblem(path, .unreadable, "no such file or folder"))]
    }
    guard isFolder.boolValue else { return [.file(path, url)] }
    guard let enumerator = FileManager.default.enumerator(atPath: url.path) else {
      return [.problem(fileProblem(path, .unreadable, "cannot list the folder"))]
    }
    var found: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") {
        enumerator.skipDescendants()
        continue
      }
      var isSubfolder: ObjCBool = false
      let extensionName = (name as NSString).pathExtension
      if extensionName == "yaml" || extensionName == "yml",
        FileManager.default.fileExists(
          atPath: url.appendingPathComponent(relative).path, isDirectory: &isSubfolder),
        !isSubfolder.boolValue
      {
        found.append(relative)
      }
    }
    guard !found.isEmpty else {
      return [.problem(fileProblem(path, .noLexiconFiles, "no *.yaml or *.yml file in the folder"))]
    }
    let prefix = path.hasSuffix("/") ? path : path + "/"
    return found.sorted().map { .file(prefix + $0, url.appendingPathComponent($0)) }
  }

  private struct FileProblem: Error {
    var diagnostic: Diagnostic
  }

  private static func read(_ url: URL, path: String) -> Result<[UInt8], FileProblem> {
    do {
      let handle = try FileHandle(forReadingFrom: url)
      defer { try? handle.close() }
      // The size a regular file reports is checked before reading; the read's limit catches
      // pipes and files that grow meanwhile.
      let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int
      guard (size ?? 0) <= maximumFileSize else {
        return .failure(FileProblem(diagnostic: tooLarge(path)))
      }
      // nil at the end of the file: an empty file.
      let data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
      guard data.count <= maximumFileSize else {
        return .failure(FileProblem(diagnostic: tooLarge(path)))
      }
      return .success([UInt8](data))
    } catch {
      return .failure(
        FileProblem(diagnostic: fileProblem(path, .unreadable, "cannot read the file")))
    }
  }

  private static func tooLarge(_ path: String) -> Diagnostic {
    fileProblem(path, .unreadable, "larger than \(maximumFileSize >> 20) MiB; split the lexicon")
  }

  private static func fileProblem(
    _ path: String, _ rule: LexiconRule, _ message: String
  ) -> Diagnostic {
    Diagnostic(
      path: path, line: nil, column: nil, severity: rule.severity, rule: rule, message: message)
  }
}
