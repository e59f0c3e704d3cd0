import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// README, "Output for programs": every command that reports takes --json and prints one JSON
/// object; the exit code is the one the text output gives; an error stays on stderr as text.
@Suite("--json on every command that reports") struct JSONOutputTests {
  typealias F = SessionFixture

  /// The object a run printed, which must be the whole of its standard output.
  static func object(
    _ result: SessionFixture.Result, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(result.out.utf8))
    return try #require(value as? [String: Any], sourceLocation: sourceLocation)
  }

  @Test("each session command that records an event prints its journal, event and anchor")
  func sessionEvents() throws {
    try F.withDirectory { directory in
      let journal = directory + "/J.jsonl"
      let steps: [(words: [String], keys: [String])] = [
        (
          ["session", "open", directory + "/draft.json", "--journal", journal],
          ["cases", "members"]
        ),
        (
          [
            "session", "attend", journal, "--date", "2025-10-24", "--present", "m1", "m2", "m3",
            "m4", "v1",
          ], ["date", "present", "quorum"]
        ),
        (
          ["session", "propose", journal, "--case", "c2", "--confirm", "--by", "m2"],
          ["case", "motion", "decidesCase"]
        ),
        (
          ["session", "vote", journal, "--motion", "mo1", "--member", "m1", "--for"],
          ["vote", "case", "motion"]
        ),
        (["session", "tally", journal, "--motion", "mo1"], ["case", "motion", "decidesCase"]),
        (["session", "close", journal], ["decided", "undecided"]),
      ]
      for (number, step) in steps.enumerated() {
        let run = F.run(step.words + ["--json"])
        #expect(run.code == .success, "\(step.words): \(run.err)")
        let object = try Self.object(run)
        #expect(object["journal"] as? String == journal)
        #expect(object["event"] as? Int == number + 1)
        #expect((object["anchor"] as? String)?.hasPrefix("\(number + 1):") == true)
        for key in step.keys { #expect(object[key] != nil, "\(step.words[1]): \(key)") }
      }
      let closed = try Self.object(F.run(["session", "status", journal, "--json"]))
      #expect(closed["closed"] as? Bool == true)
    }
  }

  @Test("a refusal with --json prints nothing on stdout and its sentence on stderr, exit 1")
  func refusalStaysText() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      F.ok(["session", "propose", journal, "--case", "c2", "--confirm"])
      // 000 ¶67: the secretary does not vote.
      let run = F.run(
        ["session", "vote", journal, "--motion", "mo1", "--member", "s1", "--for", "--json"])
      #expect(run.code == .failure)
      #expect(run.out.isEmpty)
      #expect(!run.err.isEmpty && !run.err.hasPrefix("{"))
    }
  }

  @Test("session repair --json says what was cut and where it is kept")
  func repair() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      var bytes = try F.bytes(journal)
      bytes += Array(#"{"seq":3"#.utf8)
      try F.write(bytes, to: journal)
      let object = try Self.object(F.run(["session", "repair", journal, "--json"]))
      #expect(object["repair"] as? String == "cut")
      #expect(object["broken"] as? String == journal + ".broken")
      #expect(object["cutBytes"] as? Int == 8)
      #expect(object["event"] as? Int == 3)
      let again = try Self.object(F.run(["session", "repair", journal, "--json"]))
      #expect(again["repair"] as? String == "already-repaired")
      #expect(again["cutBytes"] is NSNull)
    }
  }

  @Test("demo --json prints the folder and each sitting's files and audit, nothing else")
  func demo() throws {
    let run = InProcess.run(["demo", "--json"])
    #expect(run.code == .success, "\(run.err)")
    let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
    let sittings = try #require(object?["sittings"] as? [[String: Any]])
    #expect(sittings.map { $0["name"] as? String } == ["calibration", "commission"])
    for sitting in sittings {
      #expect((sitting["protocols"] as? [String])?.count == 6)
      let audit = sitting["audit"] as? [String: Any]
      #expect(audit?["violations"] as? Int == 0)
    }
    if let folder = object?["folder"] as? String {
      try FileManager.default.removeItem(atPath: folder)
    }
  }
}
