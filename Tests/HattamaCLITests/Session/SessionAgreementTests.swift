import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// The live record, the audit and the protocol of one journal say the same thing, under the
/// rules the journal pins (SPEC, "Recording a sitting": per-motion rolls, the pinned
/// methodology).
@Suite("A sitting's views agree, on each motion's roll and the pinned rules")
struct SessionAgreementTests {
  typealias F = SessionFixture

  /// A Justice commission of seven, m1 chairing: quorum 5 of 7 (000 ¶63).
  static let sevenDraft = F.commission(members: 7)

  @Test("000 ¶66: adopted 3–2 with 5 of 7 present stays adopted when two more arrive")
  func lateArrivals() throws {
    try F.withDirectory(draft: Self.sevenDraft) { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      let day = ["--date", "2025-10-24"]
      F.ok(["session", "attend", journal] + day + ["--present", "m1", "m2", "m3", "m4", "m5", "s1"])
      F.ok(["session", "propose", journal, "--case", "c1", "--confirm", "--by", "m2"])
      for (member, choice) in [("m1", "--for"), ("m2", "--for"), ("m3", "--for"), ("m4", "--against"), ("m5", "--against")] {
        F.ok(["session", "vote", journal, "--motion", "mo1", "--member", member, choice])
      }
      F.ok(["session", "attend", journal] + day + ["--present"] + (1...7).map { "m\($0)" } + ["s1"])
      F.ok(["session", "close", journal])

      #expect(F.ok(["session", "status", journal]).out.contains("adopted"))
      let audit = F.run(["audit", journal, "--json"])
      #expect(audit.code == .success, "\(audit.out)")
      for code in ["result.mismatch", "outcome.undecided", "vote.missing"] {
        #expect(!audit.out.contains(code))
      }
      let export = F.ok(["session", "export", journal]).out
      #expect(export.contains(#""present":["m1","m2","m3","m4","m5","s1"]"#) || export.contains(#""present": ["m1", "m2", "m3", "m4", "m5", "s1"]"#))
      let exported = try Scratch.file("record.json", export)
      #expect(F.run(["audit", exported]).code == .success)
      let text = F.ok(["protocol", journal, "--lang", "en"]).out
      #expect(text.contains("Result: adopted"))
      #expect(text.contains("for 3 of 5 present and eligible: more than half — adopted"))
      #expect(text.contains("Present for the vote: Person m1, Person m2, Person m3, Person m4, Person m5"))
      let json = F.ok(["protocol", journal, "--format", "json"]).out
      #expect(json.contains(#""result": "adopted""#))
    }
  }

  /// The Justice methodology with a tie rule of its own: a tie adopts nothing.
  static func tieAdoptsNothing(in directory: String) throws -> String {
    let shown = F.ok(["methodology", "show", "kz-justice-2023", "--json"]).out
    let changed = shown.replacingOccurrences(of: "chair-decides", with: "not-adopted")
    #expect(changed != shown)
    let path = directory + "/ours.json"
    try Data(changed.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test("a journal opened with --methodology-file keeps its rules on every later command")
  func pinnedRules() throws {
    try F.withDirectory { directory in
      let ours = try Self.tieAdoptsNothing(in: directory)
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal, "--methodology-file", ours])
      F.ok(["session", "attend", journal, "--date", "2025-10-24", "--present", "m1", "m2", "m3", "v1", "s1"])
      F.ok(["session", "propose", journal, "--case", "c2", "--confirm"])
      // 2–2 with the chair for: the built-in rule would adopt it; the pinned one does not.
      for (member, choice) in [("m1", "--for"), ("m2", "--for"), ("m3", "--against")] {
        F.ok(["session", "vote", journal, "--motion", "mo1", "--member", member, choice])
      }
      let last = F.ok(["session", "vote", journal, "--motion", "mo1", "--member", "v1", "--against"])
      #expect(last.out.contains("rejected"), "\(last.out)")
      F.ok(["session", "close", journal])

      let without = F.run(["audit", journal, "--json"])
      let with = F.run(["audit", journal, "--json", "--methodology-file", ours])
      #expect(without.out == with.out)
      #expect(without.out.contains("outcome.undecided"))
      #expect(!without.out.contains("result.mismatch"))

      let builtIn = directory + "/built-in.json"
      let shown = F.ok(["methodology", "show", "kz-justice-2023", "--json"]).out
      try Data(shown.utf8).write(to: URL(fileURLWithPath: builtIn))
      let before = try F.bytes(journal)
      for words in [["audit", journal], ["session", "status", journal], ["protocol", journal, "--draft"]] {
        let refused = F.run(words + ["--methodology-file", builtIn])
        #expect(refused.code == .badInput, "\(words)")
        #expect((refused.err + refused.out).contains("the rules of a sitting cannot change once it is"))
      }
      #expect(try F.bytes(journal) == before)
    }
  }

  @Test("session open refuses a draft its methodology forbids, and creates no file", arguments: [
    ("002 ¶20: an even composition", #""members": ["m1", "m2", "m3", "h1"]"#),
    ("002 ¶20: the evaluator as a member", #""members": ["m1", "m2", "v1", "m3", "h1"]"#),
    ("002 ¶20: fewer than three members", #""members": ["m1"]"#),
    ("000 ¶13: a score above 5.00", #""score": "5.40""#),
  ])
  func openRefuses(_ name: String, _ change: String) throws {
    try F.withDirectory(draft: Self.tradeDraft(change)) { directory in
      let journal = directory + "/J.jsonl"
      let run = F.run(["session", "open", directory + "/draft.json", "--journal", journal])
      #expect(run.code == .failure, "\(name): \(run.err)")
      #expect(run.err.contains("so no journal was created"))
      #expect(!FileManager.default.fileExists(atPath: journal))
    }
  }

  @Test("session open takes the lawful neighbour of each refused draft")
  func openAccepts() throws {
    try F.withDirectory(draft: Self.tradeDraft(nil)) { directory in
      let journal = directory + "/J.jsonl"
      let run = F.run(["session", "open", directory + "/draft.json", "--journal", journal])
      #expect(run.code == .success, "\(run.err)")
      #expect(FileManager.default.fileExists(atPath: journal))
    }
  }

  /// A Trade calibration draft of five (002 ¶20), with one change.
  static func tradeDraft(_ change: String?) -> String {
    let members = #""members": ["m1", "m2", "m3", "m4", "h1"]"#
    let score = #""score": "3.40""#
    var text = """
      {"format": "hattama.record/1", "methodology": "kz-trade-2025", "kind": "calibration",
       "body": "B", "period": "P", "authorizedOfficial": "o1",
       "people": [{"id": "o1", "name": "O"}, {"id": "m1", "name": "M1"}, {"id": "m2", "name": "M2"},
         {"id": "m3", "name": "M3"}, {"id": "m4", "name": "M4"}, {"id": "h1", "name": "H1", "hr": true},
         {"id": "s1", "name": "S1", "hr": true}, {"id": "e1", "name": "E1"}, {"id": "v1", "name": "V1"}],
       "composition": {"chair": "m1", \(members), "secretary": "s1", "approvedOn": "2025-10-17"},
       "cases": [{"id": "c1", "employee": "e1", "evaluators": ["v1"], \(score), "appliedOn": "2025-10-16"}]}
      """
    if let change {
      text = text.replacingOccurrences(of: change.hasPrefix(#""members""#) ? members : score, with: change)
    }
    return text
  }
}

@Suite("session attend --arrive / --leave")
struct AttendanceChangeTests {
  typealias F = SessionFixture

  @Test("arrivals and departures change the last list; nobody else becomes absent")
  func arriveAndLeave() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      F.ok(["session", "attend", journal, "--date", "2025-10-24", "--arrive", "m4"])
      var state = try F.export(journal)
      #expect(state.sitting?.present == ["m1", "m2", "m3", "v1", "s1", "m4"])
      F.ok(["session", "attend", journal, "--date", "2025-10-24", "--leave", "m2", "--arrive", "m2"])
      F.ok(["session", "attend", journal, "--date", "2025-10-24", "--leave", "m3"])
      F.ok(["session", "propose", journal, "--case", "c2", "--confirm"])
      state = try F.export(journal)
      #expect(state.motions?.first?.present == ["m1", "v1", "s1", "m4", "m2"])
    }
  }

  @Test("a departure of someone absent, both forms at once, or neither: exit 2, nothing written",
    arguments: [
      ["--leave", "m4"], ["--present", "m1", "--arrive", "m4"], [String](),
    ])
  func refused(_ words: [String]) throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      let before = try F.bytes(journal)
      let run = F.run(["session", "attend", journal, "--date", "2025-10-24"] + words)
      #expect(run.code == .badInput, "\(run.err)")
      #expect(try F.bytes(journal) == before)
    }
  }
}

@Suite("The live recorder warns of what is only a warning")
struct LiveWarningTests {
  typealias F = SessionFixture

  @Test("a calibration session's borrowed quorum not met: the proposal is taken, with a warning")
  func borrowedQuorum() throws {
    try F.withDirectory(draft: SessionAgreementTests.tradeDraft(nil)) { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      F.ok(["session", "attend", journal, "--date", "2025-10-24", "--present", "m1", "m2", "h1", "s1"])
      let run = F.run(["session", "propose", journal, "--case", "c1", "--confirm", "--by", "m1"])
      #expect(run.code == .success, "\(run.err)")
      #expect(run.out.contains("Warning (quorum.not-met, 000 ¶63 (by analogy)): present 3 of 5; quorum 4: not met"))
      for member in ["m1", "m2", "h1"] {
        F.ok(["session", "vote", journal, "--motion", "mo1", "--member", member, "--for"])
      }
      // 3–0 of 3 of 5 Trade members: lawful, adopted (002 ¶23).
      #expect(F.ok(["session", "status", journal]).out.contains("adopted"))
    }
  }
}

@Suite("session open takes a planned sitting")
struct PlannedSittingTests {
  typealias F = SessionFixture

  @Test("a sitting roster plan planned (its date, nobody present) opens; a held one does not",
    arguments: [(#""present": []"#, true), (#""present": ["m1"]"#, false)])
  func planned(_ present: String, _ opens: Bool) throws {
    let draft = SessionAgreementTests.tradeDraft(nil).replacingOccurrences(
      of: #""cases":"#,
      with: #""sitting": {"date": "2025-10-24", "noticeOn": "2025-10-21", \#(present)}, "cases":"#)
    try F.withDirectory(draft: draft) { directory in
      let journal = directory + "/J.jsonl"
      let run = F.run(["session", "open", directory + "/draft.json", "--journal", journal])
      #expect((run.code == .success) == opens, "\(run.err)")
      guard opens else { return }
      F.ok(["session", "attend", journal, "--date", "2025-10-24", "--present", "m1", "m2", "m3", "h1", "s1"])
      let exported = try F.export(journal)
      #expect(exported.sitting?.noticeOn == Day(iso: "2025-10-21"))
    }
  }
}
