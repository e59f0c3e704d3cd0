import Foundation
import Testing

@testable import HattamaCLI

@Suite("hattama report")
struct ReportCommandTests {
  static let examples = [
    "calibration-valid.json", "calibration-violations.json", "commission-valid.json",
    "commission-violations.json",
  ].map(ExampleFiles.path)

  @Test(
    "JSON: SPEC's keys, each record under its own methodology (a folder mixing bodies and years)")
  func json() throws {
    let drafts = ["draft-compose.json", "wave.json"].map(ExampleFiles.path)
    let result = InProcess.run(["report", "--format", "json"] + Self.examples + drafts)
    #expect(result.code == .success, "\(result.err)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    // Drafts had no sitting: counted as drafts, their cases not as heard.
    #expect(object["drafts"] as? Int == 2)
    for key in [
      "sittings", "cases", "confirmed", "correctedUp", "correctedDown", "undecided", "findings",
      "byEvaluator",
    ] {
      #expect(object[key] != nil, "\(key)")
    }
    #expect(object["sittings"] as? Int == 4)
    let cases = try #require(object["cases"] as? Int)
    let parts = ["confirmed", "correctedUp", "correctedDown", "undecided", "incomparable"]
      .compactMap { object[$0] as? Int }
    #expect(parts.reduce(0, +) == cases)
    let evaluators = try #require(object["byEvaluator"] as? [[String: Any]])
    #expect(
      evaluators.allSatisfy {
        $0["evaluator"] is String && $0["cases"] is Int && $0["correctedUp"] is Int
          && $0["correctedDown"] is Int
      })
    let findings = try #require(object["findings"] as? [String: Int])
    #expect(findings["quorum.not-met"] == 1)
  }

  @Test("SPEC: an unreadable file is named on stderr and counted, the rest reported, exit 2")
  func unreadable() throws {
    let broken = try Scratch.file("broken.json", "{not json")
    let result = InProcess.run(["report", "--format", "json", broken] + Self.examples)
    #expect(result.code == .badInput)
    #expect(result.err.contains("Error: \(broken): line 1, column 2"))
    #expect(result.err.contains("1 of 5 files could not be read"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(object["sittings"] as? Int == 4)
    #expect(object["unreadable"] as? Int == 1)
  }

  @Test("a folder stands for its records and journals; CSV has a row per case")
  func folderAndCSV() throws {
    let folder = try Scratch.folder()
    for path in Self.examples {
      try FileManager.default.copyItem(
        atPath: path,
        toPath: folder.appendingPathComponent((path as NSString).lastPathComponent).path)
    }
    try Data("not a record".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    let result = InProcess.run(["report", "--format", "csv", folder.path])
    #expect(result.code == .success, "\(result.err)")
    let rows = result.out.split(separator: "\n")
    let json = InProcess.run(["report", "--format", "json", folder.path])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    #expect(rows.count == (object["cases"] as? Int ?? -1) + 1)
    #expect(rows.first?.hasPrefix("file,body,period,methodology,kind,") == true)
  }

  @Test("-o writes the HTML page, mode 0600 (000 ¶21), its format from the extension")
  func output() throws {
    let path = try Scratch.folder().appendingPathComponent("overview.html").path
    let result = InProcess.run(["report", "-o", path, "--lang", "ru"] + Self.examples)
    #expect(result.code == .success, "\(result.err)")
    #expect(result.out.isEmpty)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("<!DOCTYPE html>") && text.contains("Обзор заседаний"))
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    // An input is never replaced by the report.
    let refused = InProcess.run(
      ["report", "-o", Self.examples[0], "--format", "html"] + Self.examples)
    #expect(refused.code == .badInput)
  }

  @Test("a wrong --format or --lang is a usage error naming the values")
  func usage() {
    let result = InProcess.run(["report", "--format", "xml"] + Self.examples)
    #expect(result.code == .badInput)
    #expect(result.err.contains("'text', 'html', 'json', 'csv'"))
  }
}
