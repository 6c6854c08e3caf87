import Foundation

/// Paths tests read: the package root, the shared standards beside it, and fixtures.
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/standards` relative to the package root (CI has it there; tests fail without it).
    static let standards = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/standards", isDirectory: true)

    static let shippedCatalog = packageRoot.appendingPathComponent("catalog", isDirectory: true)

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures", isDirectory: true)
}
