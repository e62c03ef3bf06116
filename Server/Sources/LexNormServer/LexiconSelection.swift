import Foundation
import LexNorm

/// Which lexicon the server serves, chosen as in the CLI: the bundled one, YAML files or folders
/// added to it (or replacing it), or one compiled `.lnx` file.
public struct LexiconSelection: Sendable {
  /// Lexicon files or folders (YAML), or a single compiled lexicon.
  public var paths: [String]
  /// Whether YAML paths are added to the bundled lexicon.
  public var includeBundled: Bool

  public init(paths: [String] = [], includeBundled: Bool = true) {
    self.paths = paths
    self.includeBundled = includeBundled
  }

  /// Loads and compiles the selected lexicon; the paths are read anew on every call.
  func load() throws(LexiconLoadError) -> Annotator {
    let compiled = paths.filter(Self.isCompiled)
    if let path = compiled.first {
      guard paths.count == 1 else {
        throw LexiconLoadError(
          "a compiled lexicon (\(path)) cannot be combined with other --lexicon paths")
      }
      do {
        return try Annotator(compiledContentsOf: URL(fileURLWithPath: path), source: path)
      } catch {
        throw LexiconLoadError(error.description)
      }
    }
    var entities: [Entity] = []
    do {
      if !paths.isEmpty {
        entities += try Lexicon.load(from: paths.map { URL(fileURLWithPath: $0) }).entities
      }
      if includeBundled { entities += try Lexicon.bundled().entities }
    } catch {
      throw LexiconLoadError(error.description)
    }
    guard !entities.isEmpty else { throw LexiconLoadError("the selected lexicon has no entities") }
    // Earlier entities win: the user's override bundled ones with the same ID.
    return Annotator(lexicon: Lexicon(entities: entities))
  }

  /// A compiled lexicon is named `*.lnx` or starts with the signature (a damaged one is then
  /// reported as such, not as YAML).
  private static func isCompiled(_ path: String) -> Bool {
    if path.hasSuffix(".lnx") { return true }
    guard let file = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? file.close() }
    return Annotator.isCompiledLexicon(Array((try? file.read(upToCount: 16)) ?? Data()))
  }
}

/// A lexicon that could not be loaded: the findings, with file, line and column.
public struct LexiconLoadError: Error, Sendable, CustomStringConvertible {
  public let description: String

  init(_ description: String) { self.description = description }
}
