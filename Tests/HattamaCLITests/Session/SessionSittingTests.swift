import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

@Suite("Recording a whole sitting (SPEC, Recording a sitting)") struct SessionSittingTests {
  typealias F = SessionFixture

  @Test("a sitting: auto-close, a tie the chair decides, a tie left unresolved, an early tally")
  func wholeSitting() throws {
    try F.withDirectory { directory in
      let journal = directory + "/J.jsonl"
      let opened = F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      #expect(opened.lines.last?.hasPrefix("1:") == true)
      let attended = F.ok(
        [
          "session", "attend", journal, "--date", "2025-10-24", "--present", "m1", "m2", "m3", "m4",
          "v1", "s1",
        ])
      #expect(attended.lines.last == "present 5 of 5; quorum 4: met")

      // 000 ¶66: two for, two against, the chair for: adopted by the chair's vote. v1 is
      // recused from c1, so the fourth vote closes the motion by itself.
      let proposed = F.ok([
        "session", "propose", journal, "--case", "c1", "--correct", "3.80", "--by", "m2",
      ])
      #expect(proposed.lines.first == "mo1")
      for (member, choice) in [("m1", "--for"), ("m2", "--for"), ("m3", "--against")] {
        let voted = F.ok([
          "session", "vote", journal, "--motion", "mo1", "--member", member, choice,
        ])
        #expect(voted.lines.contains { $0.hasPrefix("Waiting for") })
      }
      let closing = F.ok([
        "session", "vote", journal, "--motion", "mo1", "--member", "m4", "--against",
      ])
      #expect(
        closing.lines == [
          "mo1: Жұмағалиев Асқар (m4) votes against.",
          "Motion mo1 closed: for 2, against 2, abstaining 0 (majority base 4): adopted.",
          "The votes were tied; the chair, Омарова Ләззат (m1), decided it (000 ¶66).",
          "Case c1 is decided: final score 3.80.",
        ])

      // A tie with the chair abstaining stays unresolved.
      #expect(
        F.ok(["session", "propose", journal, "--case", "c2", "--confirm"]).lines.first == "mo2")
      for (member, choice) in [
        ("m1", "--abstain"), ("m2", "--for"), ("m3", "--against"), ("m4", "--for"),
      ] {
        F.ok(["session", "vote", journal, "--motion", "mo2", "--member", member, choice])
      }
      let tied = F.ok([
        "session", "vote", journal, "--motion", "mo2", "--member", "v1", "--against",
      ])
      #expect(
        tied.lines.dropFirst().first
          == "Motion mo2 closed: for 2, against 2, abstaining 1 (majority base 5): unresolved.")
      #expect(tied.lines.last == "Case c2 is still open: propose another motion.")

      // Closed early by `tally`: three of five present and eligible is a majority.
      #expect(
        F.ok(["session", "propose", journal, "--case", "c2", "--correct", "3.10"]).lines.first
          == "mo3")
      for member in ["m2", "m3", "m4"] {
        F.ok(["session", "vote", journal, "--motion", "mo3", "--member", member, "--for"])
      }
      let tallied = F.ok(["session", "tally", journal, "--motion", "mo3"])
      #expect(
        tallied.lines == [
          "Motion mo3 closed early: for 3, against 0, abstaining 0 (majority base 5): adopted.",
          "Did not vote: Омарова Ләззат (m1), Әлімжанов Руслан (v1).",
          "Case c2 is decided: final score 3.10.",
        ])

      let closed = F.ok(["session", "close", journal, "--conclusion", "Екі баға шешілді."])
      let anchor = try #require(closed.lines.last)
      let lines = F.lines(try F.bytes(journal))
      #expect(anchor == "\(lines.count):\(SHA256.hash(try #require(lines.last)).hex)")

      let record = try F.export(journal)
      #expect(record.journal?.description == anchor)
      #expect(record.sitting?.present == ["m1", "m2", "m3", "m4", "v1", "s1"])
      #expect(record.motions?.map(\.result) == [.adopted, .unresolved, .adopted])
      #expect(record.outcomes?.map { "\($0.caseID) \($0.finalResult)" } == ["c1 3.80", "c2 3.10"])
      #expect(record.conclusion == "Екі баға шешілді.")
      let exported = directory + "/record.json"
      try Data(F.ok(["session", "export", journal]).out.utf8).write(
        to: URL(fileURLWithPath: exported))
      let check = F.run(["roster", "check", exported])
      #expect(check.code == .success, "\(check.out)")
      // The audit recounts the export and finds what was recorded.
      let audit = F.run(["audit", "--json", exported])
      #expect(!audit.out.contains("result.mismatch") && !audit.out.contains("outcome.mismatch"))
    }
  }

  @Test("export writes the journal's anchor as {events, head}")
  func exportAnchor() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      let text = F.ok(["session", "export", journal]).out
      let lines = F.lines(try F.bytes(journal))
      let head = SHA256.hash(try #require(lines.last)).hex
      #expect(text.contains("\"journal\": {\n    \"events\": 2,\n    \"head\": \"\(head)\"\n  }"))
      #expect(try F.export(journal).journal == JournalAnchor(events: 2, head: head))
    }
  }

  @Test("status shows presence, quorum, each case with its motions, and the anchor")
  func status() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      F.ok(["session", "propose", journal, "--case", "c1", "--confirm"])
      F.ok(["session", "vote", journal, "--motion", "mo1", "--member", "m2", "--for"])
      let text = F.ok(["session", "status", journal])
      let head = SHA256.hash(try #require(F.lines(try F.bytes(journal)).last)).hex
      #expect(text.lines.first == "Journal: 4 events, anchor 4:\(head)")
      #expect(text.lines.contains("present 4 of 5; quorum 4: met"))
      #expect(
        text.lines.contains(
          "  mo1: confirm the evaluator's score 3.40 — open, 1 voted, waiting for 2: m1, m3"))
      let json = F.ok(["session", "status", journal, "--json"]).out
      #expect(json.contains(#""anchor": "4:\#(head)""#))
      #expect(json.contains(#""awaiting": ["m1", "m3"]"#))
    }
  }

  @Test("the anchor printed by close is sha256sum of line N")
  func anchorIsSha256sum() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      let anchor = try #require(F.ok(["session", "close", journal]).lines.last)
      let lines = F.lines(try F.bytes(journal))
      let last = directory + "/last-line"
      try F.write(try #require(lines.last), to: last)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
      process.arguments = [last]
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      process.waitUntilExit()
      let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      let digest = String(output.prefix(64))
      #expect(anchor == "\(lines.count):\(digest)")
      #expect(F.ok(["verify", journal, "--expect", anchor]).code == .success)
    }
  }
}
