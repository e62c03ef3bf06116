import Foundation
import PackagePlugin

/// Embeds the package's `Lexicons/` folder into the target it is applied to: every `*.yaml` and
/// `*.yml` file (recursively, hidden files skipped, sorted by path) becomes a string literal in
/// the generated `BundledLexiconFiles.swift`.
@main
struct EmbedLexicons: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "Lexicons")
    let files = lexiconFiles(in: folder)
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledLexiconFiles.swift")
    var arguments = [output.path(percentEncoded: false), folder.path(percentEncoded: false)]
    arguments += files.map { $0.path(percentEncoded: false) }
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) lexicon file(s) from Lexicons/",
        executable: try context.tool(named: "EmbedLexiconsTool").url,
        arguments: arguments,
        inputFiles: files,
        outputFiles: [output])
    ]
  }

  /// The same selection `LexiconValidator` makes for a folder.
  private func lexiconFiles(in folder: URL) -> [URL] {
    guard
      let enumerator = FileManager.default.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else { return [] }
    var files: [URL] = []
    for case let url as URL in enumerator
    where ["yaml", "yml"].contains(url.pathExtension)
      && (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
    {
      files.append(url)
    }
    return files.sorted { $0.path < $1.path }
  }
}
