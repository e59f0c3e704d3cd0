import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// The live recorder and the disciplinary cap (002 Appendices 1–2, parameter 5; SPEC "Recording
/// a sitting"): a correction that breaks the cap under every reading is refused; one that breaks
/// only the reading that the cap bounds the final score is recorded with a warning.
@Suite("Session: the disciplinary cap") struct SessionCapTests {
  typealias F = SessionFixture

  /// The Trade calibration draft of `calibration-valid.json`: c2 has a reprimand (cap 2.99).
  static func draft() throws -> String {
    var record = try Record.decode(Array(try ExampleFiles.text("calibration-valid.json").utf8))
    (record.sitting, record.motions, record.outcomes, record.signing) = (nil, nil, nil, nil)
    record.conclusion = nil
    return record.encodedJSON()
  }

  static func proposing(_ score: String) throws -> (F.Result, changed: Bool) {
    var outcome: (F.Result, Bool)?
    try F.withDirectory(draft: try draft()) { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      F.ok([
        "session", "attend", journal, "--date", "2025-10-22", "--present", "m1", "m2", "m3", "m4",
        "h1",
      ])
      let before = try F.bytes(journal)
      let result = F.run(["session", "propose", journal, "--case", "c2", "--correct", score])
      outcome = (result, try F.bytes(journal) != before)
    }
    return try #require(outcome)
  }

  @Test("above 4.60, the most a capped parameter 5 allows: refused (exit 1), nothing appended")
  func refused() throws {
    let (result, changed) = try Self.proposing("4.61")
    #expect(result.code == .failure)
    #expect(!changed)
    #expect(
      result.err.contains(
        "Refused: Case c2 ends with 4.61 but a reprimand sanction caps parameter 5 at 2.99, so the average of the five parameters cannot exceed 4.60 (002 Appendices 1–2, parameter 5); propose a score of at most 4.60."
      ), "\(result.err)")
  }

  @Test("above 2.99 but within 4.60: recorded, with a warning naming the reading")
  func warned() throws {
    let (result, changed) = try Self.proposing("4.60")
    #expect(result.code == .success)
    #expect(changed)
    #expect(result.lines.first == "mo1")
    #expect(
      result.out.contains(
        "Warning (002 Appendices 1–2, parameter 5): Case c2 ends with 4.60 but a reprimand sanction caps the score at 2.99, reading the cap as bounding the final score; read as bounding parameter 5 only, it allows up to 4.60."
      ))
  }

  @Test("at the cap: recorded without a warning")
  func atCap() throws {
    let (result, changed) = try Self.proposing("2.99")
    #expect(result.code == .success && changed)
    #expect(!result.out.contains("Warning"))
  }
}
