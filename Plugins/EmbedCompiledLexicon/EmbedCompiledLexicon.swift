import PackagePlugin

/// Embeds the bundled lexicon, compiled, into the executable target it is applied to: the
/// generated `BundledCompiledLexicon.swift` holds the bytes of its `.lnx` file, so the program
/// starts without parsing YAML or building the index.
///
/// The tool, `EmbedCompiledLexiconTool`, links LexNorm and compiles `Lexicon.bundled()` (the
/// `Lexicons/` YAML that the EmbedLexicons plugin puts into the library). It is not a plugin
/// dependency: SwiftPM builds those in a first pass that does not run build plugins, so
/// LexNorm would lack its embedded YAML there and fail to compile. The command names the tool
/// by its path in the build products folder instead (where SwiftPM puts `EmbedLexiconsTool`,
/// the dependency this plugin declares only to learn that folder); llbuild then links the
/// tool, with the LexNorm build the program uses, before running the command, and reruns the
/// command whenever the tool changes: any edit of `Lexicons/` or of the library's index code.
@main
struct EmbedCompiledLexicon: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let products = try context.tool(named: "EmbedLexiconsTool").url.deletingLastPathComponent()
    let tool = products.appending(path: "EmbedCompiledLexiconTool")
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledCompiledLexicon.swift")
    return [
      .buildCommand(
        displayName: "Compiling the bundled lexicon into \(target.name)",
        executable: tool,
        arguments: [output.path(percentEncoded: false)],
        inputFiles: [tool],  // SwiftPM adds only declared tools to a command's inputs
        outputFiles: [output])
    ]
  }
}
