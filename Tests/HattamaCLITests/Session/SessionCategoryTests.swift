import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// `session propose --category N [--kpi-met K]` on a case graded by category (000 ¶55, 004 ¶18).
@Suite("Session: a commission graded by category") struct SessionCategoryTests {
  typealias F = SessionFixture

  /// The fixture's draft with c1 an annual evaluation by targets: 4 of 5 met, category 2.
  static let draft = F.draft.replacingOccurrences(
    of: #"{"id": "c1", "employee": "e1", "evaluators": ["v1"], "score": "3.40"}"#,
    with: #"{"id": "c1", "employee": "e1", "evaluators": ["v1"], "kpiMet": 4, "category": 2}"#)

  @Test("a correction by category is recorded, decided and exported with its targets met")
  func correction() throws {
    try F.withDirectory(draft: Self.draft) { directory in
      let journal = F.opened(directory)
      let proposed = F.ok(
        ["session", "propose", journal, "--case", "c1", "--category", "1", "--kpi-met", "5"])
      #expect(proposed.lines.first == "mo1")
      for member in ["m1", "m2", "m3"] {
        F.ok(["session", "vote", journal, "--motion", "mo1", "--member", member, "--for"])
      }
      let record = try F.export(journal)
      #expect(record.motions?.first?.kind == .correct(.category(.first, kpiMet: 5)))
      // An outcome records the category alone; the targets met stay with the motion.
      #expect(record.outcomes?.first?.finalResult == .category(.first, kpiMet: nil))
      #expect(
        F.ok(["session", "status", journal]).out.contains(
          "decided by mo1: final category 1 (5 of 5 targets met)"))
    }
  }

  @Test(
    "a result of the other kind than the case's is refused as bad input (exit 2), nothing appended",
    arguments: [
      (["--case", "c1", "--correct", "3.80"], "Case c1 is graded by category"),
      (["--case", "c2", "--category", "1"], "Case c2 is graded by a score"),
      (["--case", "c1", "--category", "5"], "'--category'"),
      (["--case", "c2", "--correct", "3.80", "--kpi-met", "4"], "--category"),
    ])
  func refused(words: [String], message: String) throws {
    try F.withDirectory(draft: Self.draft) { directory in
      let journal = F.opened(directory)
      let before = try F.bytes(journal)
      let result = F.run(["session", "propose", journal] + words)
      #expect(result.code == .badInput)
      #expect(result.err.contains(message), "\(result.err)")
      #expect(try F.bytes(journal) == before)
    }
  }

  @Test("session run asks a case graded by category for a category and the targets met")
  func guided() throws {
    try F.withDirectory(draft: Self.draft) { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      let answers = [
        "2025-10-24", "",  // date, everyone
        "correct 3.80", "correct 1 5",  // c1 by category: a score is re-asked
        "",  // who proposes it: not recorded
        "f", "f", "f", "f",  // m1..m4 (v1 is recused from c1)
        "skip", "skip",  // c2, c3
        "",
      ]
      let run = F.run(["session", "run", journal], input: answers)
      #expect(run.code == .success, "\(run.err)")
      let prompt =
        "confirm / correct CATEGORY [TARGETS MET] / skip (or 'arrive ID', 'leave ID', 'attend'):"
      #expect(run.out.contains(prompt))
      #expect(
        run.err.contains(
          "Write the category 1–4 and, if they change, the targets met 0–5: 'correct 1 5'."))
      let record = try F.export(journal)
      #expect(record.motions?.first?.kind == .correct(.category(.first, kpiMet: 5)))
      // The four votes were cast: the answers did not drift out of step with the prompts.
      #expect(record.motions?.first?.votes.count == 4)
    }
  }
}
