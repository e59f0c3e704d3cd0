import Foundation

/// The repository's `Examples/` records, found from this source file's own path so that tests
/// read them wherever the package is checked out and whatever the working directory.
enum ExampleFiles {
  /// `Examples/` at the root of the package: this file is `Tests/HattamaCLITests/Support/`.
  static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support/
    .deletingLastPathComponent()  // HattamaCLITests/
    .deletingLastPathComponent()  // Tests/
    .deletingLastPathComponent()  // the package
    .appendingPathComponent("Examples")

  /// The path of an example, such as `calibration-valid.json`.
  static func path(_ name: String) -> String {
    directory.appendingPathComponent(name).path
  }

  /// The text of an example.
  static func text(_ name: String) throws -> String {
    try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
  }
}
