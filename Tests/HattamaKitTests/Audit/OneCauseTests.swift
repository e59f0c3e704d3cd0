import Testing

@testable import HattamaKit

/// One cause, one finding (SPEC, "Checking"): what merely follows from a broken rule is not
/// reported again under another code; a fact of its own still is.
@Suite("Audit: one cause, one finding") struct OneCauseTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var expected: [FindingCode]
    var methodology: Methodology = .trade2025
    var change: @Sendable (inout Record) -> Void
  }

  /// kz-trade-2025 takes its quorum from 000 ¶63 by analogy, as the law's text gives none for a
  /// calibration session (SPEC, "The force of a rule").
  static let borrowedQuorum = Methodology.trade2025

  /// Trade's rules as a body's own order might adopt them: its quorum as text, binding.
  static let ownQuorum = trade { $0.quorum.source = .text }

  /// Trade's rules with a casting vote the body's own order adopts (002 ¶23 has none).
  static let castingVote = trade {
    $0.tieBreak = Cited(.chairDecides, "the body's own order", source: .text)
  }

  static func trade(_ change: (inout BodyRules) -> Void) -> Methodology {
    var methodology = Methodology.trade2025
    methodology.bodies = methodology.bodies.map { body in
      var body = body
      change(&body)
      return body
    }
    return methodology
  }

  static let cases: [Case] = [
    Case(
      testDescription: "000 ¶63: no quorum is quorum.not-met alone, not also result.mismatch",
      // The votes of m4 and h1, who were not there, are facts of their own.
      expected: [
        .quorumNotMet, .voteAbsent, .voteAbsent, .voteAbsent, .voteAbsent, .outcomeUndecided,
        .outcomeUndecided,
      ], methodology: ownQuorum
    ) {
      $0.sitting?.present = ["m1", "m2", "m3"]
      $0.signing?.signedBy = ["s1", "m1", "m2", "m3"]
    },
    Case(
      testDescription: "one short roll under several motions is one quorum finding",
      expected: [.quorumNotMet, .outcomeUndecided, .outcomeUndecided], methodology: ownQuorum
    ) {
      for index in 0..<2 {
        $0.motions?[index].present = ["m1", "m2", "m3"]
        $0.motions?[index].votes.removeAll { ["m4", "h1"].contains($0.member) }
      }
    },
    Case(
      testDescription: "a quorum by analogy only warns, and the vote it was short for stands",
      expected: [.quorumNotMet], methodology: borrowedQuorum
    ) {
      for index in 0..<2 {
        $0.motions?[index].present = ["m1", "m2", "m3"]
        $0.motions?[index].votes.removeAll { ["m4", "h1"].contains($0.member) }
      }
      $0.motions?[0].votes = Fixtures.votes(["m1": .for, "m2": .for, "m3": .against])
    },
    Case(
      testDescription:
        "000 ¶67: a counted secretary's vote is vote.secretary, not also result.mismatch",
      expected: [.voteSecretary, .outcomeUndecided], methodology: castingVote
    ) {
      // 2–3 without the secretary; the record counted s1's `for`: 3–3, the chair deciding.
      $0.motions?[0].votes = Fixtures.votes([
        "m1": .for, "m2": .for, "m3": .against, "m4": .against, "h1": .against, "s1": .for,
      ])
      $0.outcomes = nil
    },
    Case(
      testDescription: "a result no vote could give is still result.mismatch beside a void vote",
      expected: [.voteSecretary, .resultMismatch]
    ) {
      $0.motions?[1].votes.append(Vote(member: "s1", choice: .for))
      $0.motions?[1].result = .rejected
    },
    Case(
      testDescription:
        "000 ¶66: an unresolved tie recorded as rejected is result.tie-unresolved alone",
      expected: [.resultTieUnresolved, .outcomeUndecided], methodology: castingVote
    ) {
      $0.motions?[0].votes = Fixtures.votes([
        "m1": .abstain, "m2": .for, "m3": .against, "m4": .against, "h1": .for,
      ])
      $0.motions?[0].result = .rejected
      $0.outcomes = [Outcome(caseID: "c2", finalScore: Fixtures.score("2.50"))]
    },
    Case(
      testDescription: "members absent from a motion's roll are not missing from its vote",
      expected: []
    ) {
      $0.motions?[1].present = ["m1", "m2", "m3", "m4"]
      $0.motions?[1].votes.removeAll { $0.member == "h1" }
    },
    Case(
      testDescription: "a present, eligible member who did not vote is still vote.missing",
      expected: [.voteMissing]
    ) {
      $0.motions?[1].votes.removeAll { $0.member == "h1" }
    },
  ]

  @Test("each consequence suppressed, each independent fact reported", arguments: cases)
  func oneCause(_ test: Case) {
    var record = AuditTests.clean
    test.change(&record)
    let codes = Audit.findings(for: record, methodology: test.methodology).map(\.code)
    #expect(codes == test.expected)
  }

  @Test("a borrowed quorum's finding is a warning; the text's is a violation")
  func quorumSeverity() {
    var record = AuditTests.clean
    record.sitting?.present = ["m1", "m2", "m3"]
    let borrowed = Audit.findings(for: record, methodology: Self.borrowedQuorum)
    let text = Audit.findings(for: record, methodology: Self.ownQuorum)
    #expect(borrowed.first { $0.code == .quorumNotMet }?.severity == .warning)
    #expect(text.first { $0.code == .quorumNotMet }?.severity == .violation)
  }

  @Test("002 ¶23: a motion proposed by a present eligible member passes; by the secretary not")
  func proposer() {
    var record = AuditTests.clean
    #expect(
      !Audit.findings(for: record, methodology: .trade2025).contains { $0.code == .motionProposer })
    for proposer in ["s1", "e1", "v1", "o1"] {
      record.motions?[0].proposedBy = proposer
      let findings = Audit.findings(for: record, methodology: .trade2025)
      #expect(
        findings.filter { $0.code == .motionProposer }.map(\.subject) == ["mo1"], "\(proposer)")
    }
  }
}
