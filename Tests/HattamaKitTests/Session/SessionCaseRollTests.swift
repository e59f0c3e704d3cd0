import Testing

@testable import HattamaKit

/// A live sitting keeps each case's voting roll from one attendance to the next (issue 13: a
/// replay no longer rebuilds it for every proposal); an arrival or a departure must still reach
/// the next motion's roll.
@Suite("000 ¶65: a motion is voted on by those present when it was put to the vote")
struct SessionCaseRollTests {
  struct Setup {
    var state: SessionState
    var reviewed: Case
    var member: PersonID
    var everyone: [PersonID]
  }

  static func setup() throws -> Setup {
    let sitting = try RandomSitting(seed: 3)
    let rules = try #require(sitting.methodology.rules(for: sitting.draft.kind))
    var state = try SessionState(draft: sitting.draft, rules: rules)
    let composition = state.composition
    let reviewed = try #require(sitting.draft.cases.first)
    let member = try #require(
      composition.members.first { !reviewed.recused.contains($0) && $0 != composition.secretary })
    let everyone = composition.members + [composition.secretary].compactMap { $0 }
    let day = try #require(Day(iso: "2025-10-24"))
    try state.apply(.attend(date: day, present: everyone))
    return Setup(state: state, reviewed: reviewed, member: member, everyone: everyone)
  }

  @Test("a member present at the first proposal votes on it")
  func presentVotes() throws {
    var setup = try Self.setup()
    try setup.state.apply(
      .propose(motion: "mo1", caseID: setup.reviewed.id, kind: .confirm, by: nil))
    try setup.state.apply(.vote(motion: "mo1", member: setup.member, choice: .for))
    #expect(setup.state.motion("mo1")?.voters == [setup.member])
  }

  @Test("after a departure the next motion on the same case is put to the new list")
  func departureReachesTheNextMotion() throws {
    var setup = try Self.setup()
    let day = try #require(setup.state.date)
    try setup.state.apply(
      .propose(motion: "mo1", caseID: setup.reviewed.id, kind: .confirm, by: nil))
    try setup.state.apply(.tally(motion: "mo1"))
    try setup.state.apply(.attend(date: day, present: setup.everyone.filter { $0 != setup.member }))
    try setup.state.apply(
      .propose(motion: "mo2", caseID: setup.reviewed.id, kind: .confirm, by: nil))
    #expect(setup.state.motion("mo2")?.eligible.contains(setup.member) == false)
    #expect(throws: SessionRefusal.self) {
      try setup.state.apply(.vote(motion: "mo2", member: setup.member, choice: .for))
    }
    #expect(setup.state.motion("mo2")?.problem(with: setup.member) == .absent)
  }
}
