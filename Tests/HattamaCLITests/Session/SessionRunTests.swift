import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

@Suite("session run: the guided sitting from piped input") struct SessionRunTests {
  typealias F = SessionFixture

  /// Attendance of all members, c1 corrected (a mistyped answer re-asked), c2 confirmed after
  /// a refused vote is impossible (recused members are not asked), c3 skipped, a conclusion.
  static let answers = [
    "2025-10-24", "",  // date, everyone
    "raise it", "correct 3.80", "v1", "m2",  // c1: a bad answer, a recused proposer re-asked
    "f", "yes", "f", "a", "f",  // m1..m4 (v1 is recused from c1 and not asked)
    "confirm", "",  // c2, nobody recorded as proposing
    "f", "f", "f", "b", "a",  // m1..m4, v1
    "skip",  // c3
    "y",  // close with c3 undecided
    "Екі баға шешілді.",
  ]

  @Test("a whole sitting recorded by session run exports a record that passes roster check")
  func wholeRun() throws {
    try F.withDirectory { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      let run = F.run(["session", "run", journal], input: Self.answers)
      #expect(run.code == .success, "\(run.err)")
      #expect(run.out.contains("present 5 of 5; quorum 4: met"))
      #expect(run.out.contains("Омарова Ләззат (m1) — for / against / abstain [f/a/b]"))
      #expect(
        run.err.contains(
          "Answer 'confirm', 'correct 3.80' (a score), 'skip', 'arrive ID', 'leave ID' or 'attend'."
        ))
      #expect(run.err.contains("'v1' may not propose on this case"))
      #expect(run.out.contains("Undecided: c3. Close the sitting for good with them undecided?"))
      #expect(
        run.err.contains("Answer f (for), a (against), b (abstain), or t to close the vote now."))
      let lines = F.lines(try F.bytes(journal))
      #expect(run.lines.last == "\(lines.count):\(SHA256.hash(try #require(lines.last)).hex)")
      let record = try F.export(journal)
      #expect(record.outcomes?.map { "\($0.caseID) \($0.finalResult)" } == ["c1 3.80", "c2 2.90"])
      #expect(record.conclusion == "Екі баға шешілді.")
      #expect(record.motions?.first?.votes.map(\.member) == ["m1", "m2", "m3", "m4"])
      #expect(record.motions?.map(\.proposedBy) == ["m2", nil])
      let exported = directory + "/record.json"
      try Data(record.encodedJSON().utf8).write(to: URL(fileURLWithPath: exported))
      #expect(F.run(["roster", "check", exported]).code == .success)
    }
  }

  @Test("a run stopped by the end of input loses nothing and resumes where it stopped")
  func resumes() throws {
    try F.withDirectory { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      let parts = [
        ["2025-10-24", "", "correct 3.80", "", "f", "f"],  // stops in the middle of mo1's vote
        ["a", "f", "confirm", "", "f"],  // resumes at m3; stops in the middle of mo2's vote
        ["f", "f", "b", "a", "skip", "y", "Екі баға шешілді."],
      ]
      for (index, part) in parts.enumerated() {
        let run = F.run(["session", "run", journal], input: part)
        #expect(run.code == .success, "\(run.err)")
        if index < parts.count - 1 {
          #expect(
            run.lines.last
              == "Stopped; nothing recorded is lost; resume with 'hattama session run \(journal)'.")
        }
        if index == 0 {
          #expect(
            F.ok(["session", "status", journal, "--json"]).out.contains(
              #""awaiting": ["m3", "m4"]"#))
        }
      }
      let record = try F.export(journal)
      #expect(record.outcomes?.map { "\($0.caseID) \($0.finalResult)" } == ["c1 3.80", "c2 2.90"])
      #expect(record.motions?.map(\.votes.count) == [4, 5])
      #expect(record.conclusion == "Екі баға шешілді.")
      #expect(F.run(["verify", journal]).code == .success)
    }
  }

  @Test("a refusal is printed and the question asked again")
  func refusalReasked() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory, present: ["m1", "m2", "s1"])
      let run = F.run(
        ["session", "run", journal],
        input: ["confirm", "", "attend", "m1 m2 m3 m4", "confirm", ""])
      #expect(
        run.err.contains(
          "Refused: The quorum is not met for case c1 (present 2 of 5; quorum 4: not met) (000 ¶63)"
        ))
      #expect(run.out.contains("present 4 of 5; quorum 4: met"))
      #expect(run.out.contains("Motion mo1 on case c1: confirm the evaluator's score 3.40."))
    }
  }

  @Test("arrivals and departures at a case; a vote with no votes and an early close are asked")
  func friction() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory, present: ["m1", "m2", "m3", "s1"])
      let answers = [
        "arrive m4",  // c1: m4 comes in
        "leave m9",  // nobody of that id is present: said, asked again
        "confirm", "m1",  // c1 proposed by m1
        "t", "",  // close with no votes? no
        "f", "f", "f", "f",  // m1..m4
        "skip", "skip",  // c2, c3
        "",  // close with them undecided? no: take them up again
        "confirm", "m2", "f", "f", "f", "f",  // c2 (v1 absent)
        "skip",  // c3
        "y", "",  // close now, no conclusion
      ]
      let run = F.run(["session", "run", journal], input: answers)
      #expect(run.code == .success, "\(run.err)")
      #expect(run.out.contains("present 4 of 5; quorum 4: met"))
      #expect(run.err.contains("'m9'") && run.err.contains("not recorded as present"))
      #expect(run.out.contains("Nobody has voted on mo1; close the vote with no votes? [y/N]"))
      let record = try F.export(journal)
      #expect(record.outcomes?.map(\.caseID) == ["c1", "c2"])
      #expect(record.motions?.first?.present == ["m1", "m2", "m3", "s1", "m4"])
      #expect(F.run(["session", "status", journal]).out.contains("closed"))
    }
  }

  @Test(
    "Ctrl-C says that nothing entered is lost and how to resume, in the interface language",
    .enabled(if: SessionProcessTests.binary != nil, "the hattama binary was not found"),
    arguments: [
      ("en", "Interrupted: every answer already entered is recorded; resume with"),
      ("kk", "Тоқтатылды: енгізілген әрбір жауап жазылды;"),
      ("ru", "Прервано: все уже введённые ответы записаны; продолжите командой"),
    ])
  func interrupt(language: String, notice: String) throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: SessionProcessTests.binary ?? "")
      process.arguments = ["session", "run", journal]
      process.environment = ProcessInfo.processInfo.environment.merging(
        ["HATTAMA_LANG": language], uniquingKeysWith: { $1 })
      let input = Pipe()
      let output = Pipe()
      let errors = Pipe()
      process.standardInput = input
      process.standardOutput = output
      process.standardError = errors
      try process.run()
      // The notice is armed before the run prints anything: once its first output is there,
      // however slowly a loaded machine started it, the interrupt finds the notice armed. The
      // run then waits at its first question, and the interrupt comes while it reads.
      _ = output.fileHandleForReading.availableData
      Thread.sleep(forTimeInterval: 0.2)
      process.interrupt()
      process.waitUntilExit()
      let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      #expect(text.contains(notice), "\(text)")
      #expect(text.contains("'hattama session run \(journal)'"))
      #expect(process.terminationReason == .uncaughtSignal)
      #expect(F.run(["verify", journal]).code == .success)
    }
  }
}
