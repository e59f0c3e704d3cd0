import Testing

@testable import HattamaKit

@Suite("Who may vote (000 ¶65, ¶67; 002 ¶20)") struct VotingRollTests {
  static let roll = VotingRoll(
    composition: Composition(chair: "m1", members: ["m1", "m2", "m3", "v1"], secretary: "s1"),
    present: ["m1", "m2", "v1", "s1", "x1"],
    case: Case(id: "c1", employee: "e1", evaluators: ["v1"], evaluation: .score(.valid(.maximum))))

  @Test(
    "a vote that must not count is refused with its reason",
    arguments: [
      ("s1", VoteProblem.secretary), ("x1", .notMember), ("m3", .absent), ("v1", .recused),
    ])
  func refused(member: PersonID, problem: VoteProblem) {
    #expect(Self.roll.problem(with: member, voted: []) == problem)
  }

  @Test("a present, eligible member's first vote counts; a second is a duplicate")
  func firstVoteCounts() {
    #expect(Self.roll.problem(with: "m2", voted: []) == nil)
    #expect(Self.roll.problem(with: "m2", voted: ["m2"]) == .duplicate)
  }

  @Test("the eligible are the present members minus those recused from the case")
  func eligible() {
    #expect(Self.roll.eligible == ["m1", "m2"])
  }

  @Test("sorting keeps counted votes in order and names each refused one")
  func sorting() {
    let votes = Fixtures.votes(["m1": .for, "s1": .for, "m1": .against, "m2": .abstain])
    let sorted = Self.roll.sort(votes)
    #expect(sorted.counted.map(\.member) == ["m1", "m2"])
    #expect(sorted.refused.map(\.1) == [.secretary, .duplicate])
  }
}
