import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// The less travelled paths of recording a sitting: answers the guided run re-asks, a vote
/// nobody is left to answer, commands given before the sitting allows them, a torn journal.
@Suite("Recording a sitting: re-asked answers, early closes, refusals before attendance")
struct SessionEdgeTests {
  typealias F = SessionFixture

  /// The calibration example as a draft: its sitting, motions and outcomes taken out.
  static func calibrationDraft() throws -> String {
    let data = try Data(
      contentsOf: URL(fileURLWithPath: ExampleFiles.path("calibration-valid.json")))
    var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for key in ["sitting", "motions", "outcomes", "conclusion", "protocol"] {
      object[key] = nil
    }
    let text = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: text, as: UTF8.self)
  }

  @Test(
    "session run: a vote nobody present may answer (a calibration's quorum does not bind) is closed with no votes"
  )
  func nobodyToAsk() throws {
    try F.withDirectory(draft: try Self.calibrationDraft()) { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      // Only the secretary, who does not vote: the motion's roll has nobody to ask.
      F.ok(["session", "attend", journal, "--date", "2025-10-20", "--present", "s1"])
      F.ok(["session", "propose", journal, "--case", "c1", "--confirm"])
      let run = F.run(["session", "run", journal])
      #expect(run.code == .success, "\(run.err)")
      #expect(run.out.contains("mo1"))
      let record = try F.export(journal)
      let motion = try #require(record.motions?.first)
      #expect(motion.votes.isEmpty)
      #expect(motion.result != nil)
    }
  }

  @Test("session run: 't' after a vote is cast closes the vote at once and announces its result")
  func earlyClose() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      F.ok(["session", "propose", journal, "--case", "c2", "--confirm", "--by", "m2"])
      F.ok(["session", "vote", journal, "--motion", "mo1", "--member", "m1", "--for"])
      let run = F.run(["session", "run", journal], input: ["t"])
      #expect(run.code == .success, "\(run.err)")
      let record = try F.export(journal)
      let motion = try #require(record.motions?.first)
      #expect(motion.votes.map(\.member) == ["m1"])
      let result = try #require(motion.result)
      #expect(run.out.contains(result.rawValue))
    }
  }

  @Test(
    "session run: an unknown id among those present is named, with the nearest id, and asked again")
  func unknownPresent() throws {
    try F.withDirectory { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      let run = F.run(["session", "run", journal], input: ["2025-10-24", "m1 m2 m33"])
      #expect(run.code == .success)
      #expect(run.err.contains("'m33'"))
      #expect(run.err.contains("'m3'"))
      // Nothing was recorded for the bad list: attendance is still to be taken.
      let lines = F.lines(try F.bytes(journal))
      #expect(lines.count == 1)
    }
  }

  @Test("session run: 'correct' with something that is not a score is refused and asked again")
  func notAScore() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      let before = try F.bytes(journal)
      let run = F.run(["session", "run", journal], input: ["correct high"])
      #expect(run.code == .success)
      #expect(run.err.contains("'high'"))
      #expect(try F.bytes(journal) == before)
    }
  }

  struct Refusal: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var words: [String]
    var fragments: [String]
  }

  static let beforeAttendance: [Refusal] = [
    Refusal(
      testDescription: "an arrival before any attendance is recorded: give the whole list",
      words: ["session", "attend", "$J", "--date", "2025-10-24", "--arrive", "m4"],
      fragments: ["no attendance is recorded yet", "--present"]),
    Refusal(
      testDescription: "--kpi-met with --confirm: only a correction by category sets targets",
      words: ["session", "propose", "$J", "--case", "c1", "--confirm", "--kpi-met", "3"],
      fragments: ["--category"]),
  ]

  @Test(
    "session commands: bad input on a fresh journal exits 2 and appends nothing",
    arguments: beforeAttendance)
  func refusedBeforeAttendance(_ test: Refusal) throws {
    try F.withDirectory { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      let before = try F.bytes(journal)
      let run = F.run(test.words.map { $0 == "$J" ? journal : $0 })
      #expect(run.code == .badInput)
      for fragment in test.fragments { #expect(run.err.contains(fragment), "\(run.err)") }
      #expect(try F.bytes(journal) == before)
    }
  }

  @Test("verify: a journal with a torn last line is intact (exit 0) and told to be repaired")
  func verifyTorn() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      try F.write(try F.bytes(journal) + Array("{\"se".utf8), to: journal)
      let run = F.run(["verify", journal])
      #expect(run.code == .success)
      #expect(run.err.contains("session repair"))
    }
  }

  @Test("session repair: a file with no complete line (an open that never finished) is kept aside")
  func repairInterruptedOpen() throws {
    try F.withDirectory { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      // The start of line 1, as a crash during 'session open' leaves it.
      try F.write(Array(try F.bytes(journal).prefix(60)), to: journal)
      let run = F.run(["session", "repair", journal])
      #expect(run.code == .success, "\(run.err)")
      #expect(run.out.contains("held no complete line"))
      #expect(run.out.contains("session open"))
      let kept = try FileManager.default.contentsOfDirectory(atPath: directory)
        .filter { $0.hasPrefix("J.jsonl.broken") }
      #expect(kept.count == 1)
    }
  }

  @Test("protocol: a journal with a torn last line is written, with a warning naming it")
  func protocolTorn() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      OutputFixture.decideAll(journal)
      try F.write(try F.bytes(journal) + Array("{\"se".utf8), to: journal)
      let run = F.run(["protocol", journal, "--format", "text"])
      #expect(run.code == .success, "\(run.err)")
      #expect(run.err.contains("Warning: \(journal)"))
    }
  }

  @Test("protocol: a journal whose chain is broken is refused, exit 2, pointing to verify")
  func protocolTampered() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      F.ok(["session", "propose", journal, "--case", "c1", "--confirm"])
      var lines = F.lines(try F.bytes(journal))
      // Line 2 (the attendance) edited: line 3 no longer chains to it.
      lines[1] = Array(
        String(decoding: lines[1], as: UTF8.self)
          .replacingOccurrences(of: "2025-10-24", with: "2025-10-23").utf8)
      try F.write(Array(lines.joined(separator: [0x0A])) + [0x0A], to: journal)
      let run = F.run(["protocol", journal, "--draft"])
      #expect(run.code == .badInput)
      #expect(run.err.contains("hattama verify"))
    }
  }
}
