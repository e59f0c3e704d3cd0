import Foundation
import Testing

@testable import HattamaCLI

/// Input in the other forms the tools accept: a record written on one line with no newline,
/// an option's values given after `=`.
@Suite("Input forms: a one-line record, --option=value lists")
struct InputFormsTests {
  typealias F = SessionFixture

  @Test("a record on one line with no final newline audits as the file it was minified from")
  func oneLineRecord() throws {
    let data = try Data(
      contentsOf: URL(fileURLWithPath: ExampleFiles.path("commission-valid.json")))
    let object = try JSONSerialization.jsonObject(with: data)
    let folder = try Scratch.folder().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/one-line.json"
    try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
    let minified = InProcess.run(["audit", path, "--json"])
    let original = InProcess.run(["audit", ExampleFiles.path("commission-valid.json"), "--json"])
    #expect(minified.code == .success, "\(minified.err)")
    #expect(minified.code == original.code)
    #expect(try Self.summary(minified.out) == Self.summary(original.out))
  }

  /// The violations, the warnings and the finding codes of `audit --json`'s output.
  static func summary(_ json: String) throws -> [String] {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let files = try #require(object["files"] as? [[String: Any]])
    let codes = files.flatMap {
      ($0["findings"] as? [[String: Any]] ?? []).map { "\($0["code"] ?? "")" }
    }
    return ["\(object["violations"] ?? "")", "\(object["warnings"] ?? "")"] + codes
  }

  @Test("--present=ID ID …: the first value after '=', the rest as usual")
  func inlineValues() throws {
    try F.withDirectory { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      let run = F.run([
        "session", "attend", journal, "--date", "2025-10-24", "--present=m1", "m2", "m3", "v1",
        "s1",
      ])
      #expect(run.code == .success, "\(run.err)")
      #expect(run.out.contains("present 4 of 5; quorum 4: met"))
    }
  }

  @Test("issue 13: a record file over 256 MiB is refused before it is read, naming its size")
  func oversized() throws {
    let folder = try Scratch.folder().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/huge.json"
    try Data(#"{"format": "hattama.record/1", "cases": ["#.utf8).write(
      to: URL(fileURLWithPath: path))
    // Sparse: the file claims its size without taking the disk.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: UInt64(Inputs.maximumRecordSize + 1))
    try handle.close()
    let run = InProcess.run(["audit", path])
    #expect(run.code == .badInput)
    #expect(run.err.contains("huge.json"))
    #expect(run.err.contains("\(Inputs.maximumRecordSize + 1) bytes, more than the 256 MiB"))
  }
}
