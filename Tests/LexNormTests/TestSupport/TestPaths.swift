import Foundation

/// Folders the tests read, found from this file's place (`Tests/LexNormTests/TestSupport/`), so
/// that test files may sit in any folder.
enum TestPaths {
  /// `Tests/LexNormTests/Fixtures`.
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")
  /// The package's root folder.
  static let packageRoot = fixtures.deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
}
