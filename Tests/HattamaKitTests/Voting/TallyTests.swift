import Testing

@testable import HattamaKit

@Suite("Tally (000 ¶66, 001 ¶60, 004 ¶33, 002 ¶23)") struct TallyTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var votes: [VoteChoice]  // member i+1's vote; member 1 is the chair
    var eligible: Int
    var base: MajorityBase
    var result: MotionResult
    var byChair: Bool = false
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "3–2 of five present adopts", votes: [.for, .for, .for, .against, .against],
      eligible: 5, base: .present, result: .adopted),
    Case(
      name: "2–1 with two abstaining is not a majority of five present",
      votes: [.for, .for, .against, .abstain, .abstain], eligible: 5, base: .present,
      result: .rejected),
    Case(
      name: "2–1 with two abstaining is a majority of the votes cast",
      votes: [.for, .for, .against, .abstain, .abstain], eligible: 5, base: .votesCast,
      result: .adopted),
    Case(
      name: "3–0 of three present is not a majority of a composition of seven",
      votes: [.for, .for, .for], eligible: 3, base: .composition, result: .rejected),
    Case(
      name: "4–0 is a majority of a composition of seven",
      votes: [.for, .for, .for, .for], eligible: 4, base: .composition, result: .adopted),
    Case(
      name: "2–2 with the chair for: the chair's vote adopts",
      votes: [.for, .for, .against, .against, .abstain], eligible: 5, base: .present,
      result: .adopted, byChair: true),
    Case(
      name: "2–2 with the chair against: the chair's vote rejects",
      votes: [.against, .for, .for, .against, .abstain], eligible: 5, base: .present,
      result: .rejected, byChair: true),
    Case(
      name: "2–2 with the chair abstaining is unresolved",
      votes: [.abstain, .for, .for, .against, .against], eligible: 5, base: .present,
      result: .unresolved),
    Case(
      name: "1–1 with the chair absent is unresolved (chair did not vote)",
      votes: [], eligible: 2, base: .votesCast, result: .unresolved),
    Case(
      name: "a tie is decided by the chair whatever the base",
      votes: [.for, .against], eligible: 2, base: .composition, result: .adopted, byChair: true),
  ]

  @Test(
    "a motion is adopted by more than half of its base; the chair breaks a tie", arguments: cases)
  func tally(_ c: Case) {
    let votes = c.votes.enumerated().map { Vote(member: "m\($0.offset + 1)", choice: $0.element) }
    // "chair absent": two non-chair members split.
    let counted =
      c.votes.isEmpty
      ? [Vote(member: "m2", choice: .for), Vote(member: "m3", choice: .against)] : votes
    let tally = Tally(
      counted, chair: "m1", eligible: c.eligible, compositionSize: 7, base: c.base,
      tieBreak: .chairDecides)
    #expect(tally.result == c.result)
    #expect(tally.decidedByChair == c.byChair)
  }

  @Test("under 'not-adopted' a tie is rejected even with the chair voting for")
  func tieNotAdopted() {
    let tally = Tally(
      Fixtures.votes(["m1": .for, "m2": .against]), chair: "m1", eligible: 2,
      compositionSize: 3, base: .present, tieBreak: .notAdopted)
    #expect(tally.result == .rejected)
    #expect(!tally.decidedByChair)
  }

  /// The rule written out plainly, for comparison over every combination.
  static func reference(
    _ choices: [VoteChoice], chairIndex: Int?, eligible: Int, size: Int, base: MajorityBase
  ) -> MotionResult {
    let yes = choices.filter { $0 == .for }.count
    let no = choices.filter { $0 == .against }.count
    if yes == no {
      guard let chairIndex, chairIndex < choices.count else { return .unresolved }
      switch choices[chairIndex] {
      case .for: return .adopted
      case .against: return .rejected
      case .abstain: return .unresolved
      }
    }
    let denominator = base == .votesCast ? yes + no : base == .present ? eligible : size
    return Double(yes) > Double(denominator) / 2 ? .adopted : .rejected
  }

  @Test(
    "every tally of bodies of 1 to 7 members agrees with the plain reference",
    arguments: MajorityBase.allCases)
  func bruteForce(base: MajorityBase) {
    for size in 1...7 {
      for voters in 0...size {
        for code in 0..<Int(pow3(voters)) {
          var rest = code
          let choices: [VoteChoice] = (0..<voters).map { _ in
            defer { rest /= 3 }
            return VoteChoice.allCases[rest % 3]
          }
          for chairVotes in [true, false] {
            // The chair is member 0 when voting, else an absent member.
            let votes = choices.enumerated().map {
              Vote(member: chairVotes || $0.offset > 0 ? "m\($0.offset)" : "x", choice: $0.element)
            }
            let tally = Tally(
              votes, chair: "m0", eligible: voters, compositionSize: size, base: base,
              tieBreak: .chairDecides)
            let expected = Self.reference(
              choices, chairIndex: chairVotes ? 0 : nil, eligible: voters, size: size, base: base)
            #expect(tally.result == expected, "size \(size), votes \(choices), chair \(chairVotes)")
          }
        }
      }
    }
  }

  private func pow3(_ n: Int) -> Int { (0..<n).reduce(1) { acc, _ in acc * 3 } }
}
