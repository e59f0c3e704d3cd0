import Testing

@testable import HattamaKit

/// `composition.unknown-person` cites the clause by which each body's composition is approved
/// as a list of named people: 002 ¶20, 000 ¶44 for a calibration session; the order forming a
/// commission, 000 ¶64, 001 ¶58, 004 ¶5.
@Suite("composition.unknown-person cites each body's own clause") struct KnownPeopleClauseTests {
  @Test(
    "the clause of the body's composition",
    arguments: [
      (Methodology.trade2025, BodyKind.calibration, "002 ¶20"),
      (.justice2023, .calibration, "000 ¶44"),
      (.justice2023, .commission, "000 ¶64"),
      (.atyrau2023, .commission, "001 ¶58"),
      (.nchr2020, .commission, "004 ¶5"),
    ])
  func clause(methodology: Methodology, kind: BodyKind, clause: String) throws {
    let rules = try #require(methodology.rules(for: kind))
    let known = Composition(chair: "m1", members: ["m1", "m2", "h1"], secretary: "s1")
    #expect(
      !known.findings(in: Fixtures.calibration(), under: rules).contains {
        $0.code == .compositionUnknownPerson
      })
    let stranger = Composition(chair: "m1", members: ["m1", "m2", "zz"], secretary: "s1")
    let finding = stranger.findings(in: Fixtures.calibration(), under: rules).first {
      $0.code == .compositionUnknownPerson
    }
    #expect(finding?.clause.canonical == clause)
    #expect(finding?.severity == .violation)
  }
}

/// 002 ¶23 has no casting vote; a body whose own order adopts one says so in its methodology
/// file (SPEC, "The record": a calibration tie adopts nothing unless the methodology adopts the
/// casting vote).
@Suite("A calibration session's casting vote only by the body's own file") struct CastingVoteTests {
  static let tie = Fixtures.calibration(motions: [
    Motion(
      id: "mo1", caseID: "c1", kind: .correct(.score(Fixtures.score("3.80"))),
      votes: Fixtures.votes(["m1": .for, "m2": .for, "m3": .against, "m4": .against]))
  ])

  @Test("002 ¶23: the built-in adopts nothing on a tie, whatever the chair voted")
  func builtIn() throws {
    let rules = try #require(Methodology.trade2025.rules(for: .calibration))
    #expect(Deliberation(record: Self.tie, rules: rules).count(of: "mo1")?.result == .rejected)
  }

  @Test("a Trade file that sets tieBreak chair-decides as its text lets the chair decide")
  func ownFile() throws {
    let text = Methodology.trade2025.encodedJSON().replacingFirst(
      #""value": "not-adopted""#, with: #""value": "chair-decides""#)
    let methodology = try Methodology.decodeJSON(Array(text.utf8))
    let rules = try #require(methodology.rules(for: .calibration))
    #expect(rules.tieBreak.source == .text)
    let count = Deliberation(record: Self.tie, rules: rules).count(of: "mo1")
    #expect(count?.result == .adopted)
    #expect(count?.tally.decidedByChair == true)
  }
}
