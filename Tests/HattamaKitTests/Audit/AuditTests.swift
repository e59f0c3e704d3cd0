import Testing

@testable import HattamaKit

@Suite("Audit: every finding code from a record") struct AuditTests {
  /// A lawful calibration session: five members, all present, case c1 corrected to 3.80 by three
  /// votes of five, case c2 confirmed, protocol signed.
  static var clean: Record {
    var record = Fixtures.calibration(motions: [
      Motion(
        id: "mo1", caseID: "c1", kind: .correct(Fixtures.score("3.80")), proposedBy: "m2",
        votes: Fixtures.votes([
          "m1": .for, "m2": .for, "m3": .for, "m4": .against, "h1": .abstain,
        ]),
        result: .adopted),
      Motion(
        id: "mo2", caseID: "c2", kind: .confirm,
        votes: Fixtures.votes(["m1": .for, "m2": .for, "m3": .for, "m4": .for, "h1": .for]),
        result: .adopted),
    ])
    record.outcomes = [
      Outcome(caseID: "c1", finalScore: Fixtures.score("3.80")),
      Outcome(caseID: "c2", finalScore: Fixtures.score("2.50")),
    ]
    record.signing = Signing(
      signedOn: Fixtures.day("2025-10-24"), signedBy: ["s1", "m1", "m2", "m3", "m4", "h1"])
    return record
  }

  static func codes(_ record: Record, methodology: Methodology? = .trade2025) -> [FindingCode] {
    Audit.findings(for: record, methodology: methodology).map(\.code)
  }

  @Test("a lawful sitting produces no finding")
  func cleanRecord() {
    #expect(Self.codes(Self.clean) == [])
  }

  struct Mutation: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var expected: [FindingCode]
    var change: @Sendable (inout Record) -> Void
  }

  static let mutations: [Mutation] = [
    Mutation(
      testDescription: "000 ¶63 (by analogy): three of five present misses the borrowed quorum",
      // A warning: the votes of those present still count, so both motions stand.
      expected: [.quorumNotMet, .voteAbsent, .voteAbsent, .voteAbsent, .voteAbsent]
    ) {
      $0.sitting?.present = ["m1", "m2", "h1"]
      $0.signing?.signedBy = ["s1", "m1", "m2", "h1"]
    },
    Mutation(
      testDescription: "000 ¶65: a vote by a non-member does not count",
      expected: [.voteNotMember]
    ) { $0.motions?[1].votes.append(Vote(member: "m6", choice: .for)) },
    Mutation(
      testDescription: "000 ¶67: the secretary's vote does not count",
      expected: [.voteSecretary]
    ) { $0.motions?[1].votes.append(Vote(member: "s1", choice: .for)) },
    Mutation(
      testDescription: "002 ¶20: the evaluator of the case cannot vote on it",
      // v2 may vote on c1, which they did not evaluate, and did not: a warning.
      expected: [.compositionEven, .compositionEvaluatorMember, .voteMissing, .voteRecused]
    ) {
      $0.composition?.members.append("v2")
      $0.motions?[0].votes[4].choice = .for  // 4 of the 6 eligible on c1
      $0.sitting?.present.append("v2")
      $0.signing?.signedBy.append("v2")
      $0.motions?[1].votes.append(Vote(member: "v2", choice: .for))
    },
    Mutation(
      testDescription: "000 ¶65: a second vote by the same member does not count",
      expected: [.voteDuplicate]
    ) { $0.motions?[1].votes.append(Vote(member: "m1", choice: .against)) },
    Mutation(
      testDescription: "a present member who did not vote is a warning",
      expected: [.voteMissing]
    ) { $0.motions?[1].votes.removeLast() },
    Mutation(
      testDescription: "000 ¶66: a recorded result that differs from the tally",
      expected: [.resultMismatch]
    ) { $0.motions?[1].result = .rejected },
    Mutation(
      testDescription: "002 ¶23: a tie adopts nothing in a calibration session",
      expected: [.resultMismatch, .outcomeUndecided]
    ) {
      $0.motions?[0].votes[0].choice = .abstain
      $0.motions?[0].votes[4].choice = .for
      $0.motions?[0].votes[2].choice = .for
      $0.motions?[0].votes[3].choice = .against
      $0.motions?[0].votes[1].choice = .against
    },
    Mutation(
      testDescription: "002 ¶23: a recorded final score that differs from the adopted motion",
      expected: [.outcomeMismatch]
    ) { $0.outcomes?[0].finalScore = Fixtures.score("3.90") },
    Mutation(
      testDescription: "000 ¶13: a score outside 0–5",
      expected: [.scoreOutOfRange, .outcomeMismatch]
    ) { $0.outcomes?[1].finalScore = Fixtures.score("5.10") },
    Mutation(
      testDescription: "000 ¶13: a score with three decimals",
      expected: [.scorePrecision]
    ) {
      $0.cases[1].score = Fixtures.score("2.505");
      $0.motions?[1].kind = .correct(Fixtures.score("2.50"))
    },
    Mutation(
      testDescription: "002 App. 1–2: a reprimand caps the final score at 2.99",
      expected: [.scoreCapExceeded]
    ) { $0.cases[0].sanction = .reprimand },
    Mutation(
      testDescription: "002 App. 1–2: another sanction caps the final score at 1.99",
      expected: [.scoreCapExceeded]
    ) { $0.cases[1].sanction = .other },
    Mutation(
      testDescription: "000 App. 11: the chair's signature is missing",
      expected: [.protocolUnsigned]
    ) { $0.signing?.signedBy.removeAll { $0 == "m1" } },
    Mutation(
      testDescription: "no seed gives a calibration session an approval of results",
      expected: []
    ) { $0.signing?.approvedOn = nil },
    Mutation(
      testDescription: "002 order item 4: a sitting before the methodology was in force",
      expected: [.methodologyNotInForce]
    ) { $0.sitting?.date = Fixtures.day("2025-10-08") },
    Mutation(
      testDescription: "kz-trade-2025 provides no commission",
      expected: [.methodologyKindUnsupported]
    ) { $0.kind = .commission },
  ]

  @Test("each rule broken in an otherwise lawful record gives its finding", arguments: mutations)
  func mutation(_ m: Mutation) {
    var record = Self.clean
    m.change(&record)
    #expect(Self.codes(record) == m.expected)
  }

  @Test("a methodology the caller does not know is reported, and score checks still run")
  func unknownMethodology() {
    var record = Self.clean
    record.cases[0].score = Fixtures.score("7")
    #expect(Self.codes(record, methodology: nil) == [.methodologyUnknown, .scoreOutOfRange])
  }

  @Test("the sitting's cases are undecided when nobody proposed anything")
  func undecided() {
    var record = Self.clean
    record.motions = nil
    record.outcomes = nil
    #expect(Self.codes(record) == [.outcomeUndecided, .outcomeUndecided])
  }
}
