import Testing

@testable import HattamaKit

@Suite("Quorum (000 ¶63, 001 ¶57, 004 ¶30)") struct QuorumTests {
  @Test(
    "000 ¶63: two thirds of the composition must be present",
    arguments: [(7, 5), (6, 4), (5, 4), (4, 3), (3, 2), (1, 1), (9, 6), (0, 0)])
  func required(size: Int, required: Int) {
    #expect(Fraction(2, 3).ceiling(of: size) == required)
  }

  @Test("000 ¶63: quorum is met at the boundary and not one below it", arguments: [7, 6, 5, 3])
  func boundary(size: Int) {
    let members = (1...size).map { "m\($0)" }
    let composition = Composition(chair: "m1", members: members, secretary: "s1")
    let rules = Fixtures.calibrationRules()
    let needed = Fraction(2, 3).ceiling(of: size)
    let met = Quorum(composition: composition, present: members.prefix(needed), rules: rules)
    let short = Quorum(composition: composition, present: members.prefix(needed - 1), rules: rules)
    #expect(met.isMet)
    #expect(!short.isMet)
    #expect(met.summary.en == "present \(needed) of \(size); quorum \(needed): met")
  }

  @Test("000 ¶67: the secretary and non-members present do not count toward the quorum")
  func onlyMembersCount() {
    let composition = Composition(chair: "m1", members: ["m1", "m2", "m3"], secretary: "s1")
    let quorum = Quorum(
      composition: composition, present: ["m1", "s1", "x9"], rules: Fixtures.calibrationRules())
    #expect(quorum.present == 1)
    #expect(!quorum.isMet)
  }

  @Test("recused members count toward the quorum only where the methodology says so")
  func recusedMembers() {
    let composition = Composition(chair: "m1", members: ["m1", "m2", "m3"], secretary: "s1")
    let counting = Quorum(
      composition: composition, present: ["m1", "m2"], rules: Fixtures.calibrationRules(),
      recused: ["m2"])
    let notCounting = Quorum(
      composition: composition, present: ["m1", "m2"],
      rules: Fixtures.calibrationRules(recusedCount: false), recused: ["m2"])
    #expect(counting.isMet)
    #expect(!notCounting.isMet)
  }
}
