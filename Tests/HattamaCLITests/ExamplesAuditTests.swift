import Foundation
import Testing

@testable import HattamaCLI

/// The examples give exactly the findings `Examples/README.md` documents for them, through the
/// commands a reviewer and HR run.
@Suite("Examples: documented findings") struct ExamplesAuditTests {
  static let examples = ExampleFiles.directory

  /// `file → ["code · subject", …]` from the README's "Expected findings" table; a warning is
  /// written `code · subject · warning`.
  static func documented() throws -> [String: [String]] {
    let readme = try String(
      contentsOf: examples.appendingPathComponent("README.md"), encoding: .utf8)
    var table: [String: [String]] = [:]
    for line in readme.split(separator: "\n") where line.hasPrefix("| `") {
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard let file = cells.first?.trimmingCharacters(in: ["`"]), let expected = cells.last
      else { continue }
      table[file] =
        expected == "none"
        ? []
        : expected.split(separator: ";").map {
          $0.replacingOccurrences(of: "`", with: "").trimmingCharacters(in: .whitespaces)
        }
    }
    return table
  }

  static func run(_ words: [String]) -> (ExitCode, String) {
    let result = InProcess.run(words)
    return (result.code, result.out)
  }

  @Test("every example is documented, and audit --json gives exactly its documented findings")
  func auditMatchesREADME() throws {
    let table = try Self.documented()
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    #expect(Set(files) == Set(table.keys))
    for file in files {
      let (code, out) = Self.run([
        "audit", Self.examples.appendingPathComponent(file).path, "--json",
      ])
      let json = try #require(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
      let findings =
        (json["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]] ?? []
      let got = findings.map { finding in
        let warning = finding["severity"] as? String == "warning" ? " · warning" : ""
        return "\(finding["code"] ?? "") · \(finding["subject"] ?? "")\(warning)"
      }
      let expected = try #require(table[file])
      #expect(got == expected, "\(file)")
      // Exit 1 exactly when a finding is a violation; warnings alone exit 0 (SPEC exit codes).
      let violations = expected.filter { !$0.hasSuffix(" · warning") }
      #expect(code == (violations.isEmpty ? .success : .failure), "\(file)")
    }
  }

  @Test("roster check on each example gives its composition findings and exit code")
  func rosterCheck() throws {
    // The drafts have candidates, not a composition, for roster check to check.
    for (file, expected) in try Self.documented()
    where file != "draft-compose.json" && file != "wave.json" {
      let path = Self.examples.appendingPathComponent(file).path
      let (code, out) = Self.run(["roster", "check", path])
      let composition = expected.filter { $0.hasPrefix("composition.") }
      let warnings = composition.filter { $0.hasSuffix(" · warning") }.count
      let violations = composition.count - warnings
      #expect(code == (violations == 0 ? .success : .failure), "\(file)")
      for finding in composition {
        let codeName = String(finding.prefix { $0 != " " })
        #expect(out.contains(codeName), "\(file): \(codeName)")
      }
      let counts =
        (violations == 1 ? "1 violation" : "\(violations) violations") + ", "
        + (warnings == 1 ? "1 warning" : "\(warnings) warnings")
      #expect(out.hasSuffix("\(counts) in 1 file.\n"), "\(file)")
    }
  }

  @Test("roster compose fills the draft so that roster check passes")
  func composeThenCheck() throws {
    let draft = Self.examples.appendingPathComponent("draft-compose.json").path
    let (code, out) = Self.run(["roster", "compose", draft, "--size", "5", "--json"])
    #expect(code == .success)
    let composed = try Scratch.file("composed.json", out)
    let (checked, report) = Self.run(["roster", "check", composed])
    #expect(checked == .success)
    #expect(report.hasSuffix("no findings.\n0 violations, 0 warnings in 1 file.\n"))
  }

  @Test("a draft with a pool too small for a lawful roster: exit 1 and the reason")
  func composeImpossible() throws {
    let draft = Self.examples.appendingPathComponent("draft-compose.json").path
    let (code, _, err) = InProcess.run(["roster", "compose", draft, "--size", "9"])
    #expect(code == .failure)
    #expect(err.hasPrefix("Error: No valid roster exists: 9 members and a secretary are needed"))
  }

  @Test("many files in one call, audited in parallel, are reported in the order given")
  func manyFilesInOrder() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    let paths =
      (0..<8).flatMap { round in
        (round % 2 == 0 ? names : names.reversed()).map {
          Self.examples.appendingPathComponent($0).path
        }
      } + ["missing.json"]
    let (code, out) = Self.run(["audit", "--json"] + paths)
    #expect(code == .badInput)
    let json = try #require(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    let files = (json["files"] as? [[String: Any]])?.compactMap { $0["file"] as? String }
    #expect(files == paths)
  }
}
