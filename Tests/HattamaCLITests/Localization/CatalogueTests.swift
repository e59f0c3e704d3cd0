import Foundation
import Testing

@testable import HattamaCLI
@testable import HattamaKit

/// SPEC.md, "The interface language": every message, help text and prompt exists in Kazakh,
/// Russian and English. A ``Phrase`` cannot be made without all three; what this suite guards is
/// the text that never became a phrase.
@Suite("The catalogue: every message in three languages")
struct CatalogueTests {
  static let sources: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources")

  /// Every Swift file of the library and the tool; the benchmark speaks to developers only.
  static func files() throws -> [(path: String, text: String)] {
    let enumerator = FileManager.default.enumerator(atPath: sources.path)
    var files: [(String, String)] = []
    while let path = enumerator?.nextObject() as? String {
      guard path.hasSuffix(".swift"), !path.hasPrefix("hattama-bench/") else { continue }
      let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
      files.append((path, text))
    }
    return files.sorted { $0.0 < $1.0 }
  }

  @Test("no English sentence in the sources outside a phrase")
  func noUntranslatedLiteral() throws {
    var untranslated: [String] = []
    for (path, text) in try Self.files()
    where !text.contains("// l10n: exempt") {
      for literal in SourceLiterals.untranslated(in: text) {
        untranslated.append("Sources/\(path):\(literal.line): \"\(literal.text)\"")
      }
    }
    #expect(untranslated.isEmpty, "\(untranslated.count) untranslated:\n\(untranslated.joined(separator: "\n"))")
  }

  /// Issue 14 let files wait with a `// l10n: pending` line while they were translated; all
  /// are done, and the marker no longer exempts anything: a file that says it fails here.
  @Test("no file is left pending")
  func nothingPending() throws {
    let pending = try Self.files().filter { $0.text.contains("// l10n: pending") }.map(\.path)
    #expect(pending.isEmpty, "pending: \(pending)")
  }

  @Test(
    "the reading of the sources tells a phrase's text from a bare sentence",
    arguments: [
      (#"let a = "There is no case""#, 1),
      (#"Phrase(kk: "Іс жоқ", ru: "Нет дела", en: "There is no case")"#, 0),
      ("en: \"The sitting is \"\n  + \"closed now\"", 0),
      ("x = \"one\"\n  + \"closed now\"", 1),
      (#"let id = "c1""#, 0),
      (#"let s = "Case \(id.map { "a b" }) is decided""#, 1),
      (#"let css = "font serif" // l10n: ignore"#, 0),
      ("let help = \"\"\"\n  Records the sitting\n  \"\"\"", 1),
      ("en: \"\"\"\n  Records the sitting\n  \"\"\"", 0),
      ("let data = #\"\"\"\n  every 01-01 .. holiday new-year\n  \"\"\"#  // l10n: ignore", 0),
      ("let data = #\"\"\"\n  every 01-01 .. holiday New Year\n  \"\"\"#", 1),
    ])
  func readsLiterals(source: String, expected: Int) {
    #expect(SourceLiterals.untranslated(in: source).count == expected)
  }
}
