import Testing

@testable import HattamaKit

@Suite("Deciding cases (002 ¶23, 000 ¶70–¶71)") struct DeliberationTests {
  let rules = Fixtures.calibrationRules()

  @Test(
    "002 ¶23: an adopted correction sets the final score, down as well as up",
    arguments: ["3.80", "2.10"])
  func correction(score: String) {
    let record = Fixtures.calibration(motions: [
      Motion(
        id: "mo1", caseID: "c1", kind: .correct(Fixtures.score(score)),
        votes: Fixtures.votes(["m1": .for, "m2": .for, "m3": .for, "m4": .against]))
    ])
    let deliberation = Deliberation(record: record, rules: rules)
    #expect(deliberation.decisions["c1"]?.finalScore == Fixtures.score(score))
    #expect(deliberation.count(of: "mo1")?.missing == ["h1"])
  }

  @Test("the first adopted motion decides; a rejected one before it does not")
  func firstAdoptedDecides() {
    let record = Fixtures.calibration(motions: [
      Motion(
        id: "mo1", caseID: "c1", kind: .correct(Fixtures.score("4.50")),
        votes: Fixtures.votes(["m1": .against, "m2": .for, "m3": .against])),
      Motion(
        id: "mo2", caseID: "c1", kind: .confirm,
        votes: Fixtures.votes(["m1": .for, "m2": .for, "m3": .for])),
      Motion(
        id: "mo3", caseID: "c1", kind: .correct(Fixtures.score("1.00")),
        votes: Fixtures.votes(["m1": .for, "m2": .for, "m3": .for])),
    ])
    let decision = Deliberation(record: record, rules: rules).decisions["c1"]
    #expect(decision?.motion == "mo2")
    #expect(decision?.finalScore == Fixtures.score("3.40"))
  }

  @Test("000 ¶63: without a quorum that binds a majority adopts nothing; a borrowed one warns")
  func noQuorum() {
    let record = Fixtures.calibration(
      present: ["m1", "m2", "m3"],
      motions: [
        Motion(
          id: "mo1", caseID: "c1", kind: .confirm,
          votes: Fixtures.votes(["m1": .for, "m2": .for, "m3": .for]))
      ])
    var binding = rules
    binding.quorum.source = .text
    let deliberation = Deliberation(record: record, rules: binding)
    #expect(deliberation.count(of: "mo1")?.quorum.isMet == false)
    #expect(deliberation.decisions["c1"] == nil)
    // kz-trade-2025 borrows the quorum from 000 ¶63: the vote stands.
    #expect(Deliberation(record: record, rules: rules).decisions["c1"]?.motion == "mo1")
  }

  @Test("refused votes are left out of the tally and reported")
  func refusedVotesDoNotCount() {
    let record = Fixtures.calibration(motions: [
      Motion(
        id: "mo1", caseID: "c1", kind: .confirm,
        votes: Fixtures.votes(["s1": .for, "m1": .for, "m2": .against, "m2": .for]))
    ])
    let count = Deliberation(record: record, rules: rules).count(of: "mo1")
    #expect(count?.tally.inFavour == 1)
    #expect(count?.refused.map(\.problem) == [.secretary, .duplicate])
    #expect(count?.tally.result == .adopted)
    #expect(count?.tally.decidedByChair == true)
  }
}
