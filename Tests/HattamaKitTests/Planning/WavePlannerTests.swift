import HattamaKit
import Testing

@Suite("roster plan: the wave planner")
struct WavePlannerTests {
  static func plan(_ random: RandomWave) -> WavePlan {
    WavePlanner(
      wave: random.wave, rules: random.rules, methodology: random.methodology,
      calendar: .kazakhstan
    ).plan()
  }

  /// Every sitting keeps the rules, checked here by the rules' own code and by hand.
  static func expectLawful(
    _ plan: WavePlan, _ random: RandomWave, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var placed: [CaseID] = []
    for sitting in plan.sittings {
      guard let composition = sitting.composition, let date = sitting.sitting?.date else {
        Issue.record("a sitting without composition or date", sourceLocation: sourceLocation)
        continue
      }
      // roster check: no finding, not even a warning of a rule taken by analogy.
      let findings = composition.findings(in: sitting, under: random.rules)
      #expect(
        findings.isEmpty, "\(findings)",
        sourceLocation: sourceLocation)
      // 002 ¶21, 000 ¶45: within the session period of every case; a working day after each application.
      #expect(
        !sitting.deadlineFindings(under: random.rules, calendar: .kazakhstan).contains {
          $0.code == .deadlineSession
        }, sourceLocation: sourceLocation)
      #expect(WorkingCalendar.kazakhstan.isWorkingDay(date), sourceLocation: sourceLocation)
      #expect(random.methodology.inForce(on: date) == .certainly, sourceLocation: sourceLocation)
      // Nobody sits on a case whose employee or evaluator they are.
      let seated = Set(composition.members + [composition.secretary].compactMap { $0 })
      for reviewed in sitting.cases {
        #expect(
          seated.isDisjoint(with: reviewed.recused), "\(reviewed.id)",
          sourceLocation: sourceLocation)
        #expect(reviewed.appliedOn.map { $0 < date } ?? false, sourceLocation: sourceLocation)
      }
      // The draft reads back as a record/1.
      #expect(
        (try? Record.decode(Array(sitting.encodedJSON().utf8))) == sitting,
        sourceLocation: sourceLocation)
      placed += sitting.cases.map(\.id)
    }
    placed += plan.unplaced.map(\.caseID)
    // No plan beats the periods' own bound.
    #expect(plan.sittings.count >= plan.periodBound, sourceLocation: sourceLocation)
    #expect(
      placed.sorted() == random.wave.cases.map(\.id).sorted(), "every case once",
      sourceLocation: sourceLocation)
  }

  @Test(
    "exact on small waves: the fewest sittings and the evenest load of an exhaustive search (up to 8 candidates, 4 cases)",
    arguments: Array(1...100) as [UInt64])
  func exhaustive(seed: UInt64) {
    let random = RandomWave(seed: seed, candidates: 3...8, cases: 1...4, spreadDays: 20)
    let plan = Self.plan(random)
    Self.expectLawful(plan, random)
    let reference = PlanReference(
      wave: random.wave, rules: random.rules, methodology: random.methodology
    ).best()
    #expect(
      plan.unplaced.map(\.caseID) == reference.unplaceable, "\(plan.unplaced) \(random.wave.kind)")
    #expect(plan.sittings.count == reference.sittings)
    #expect(plan.loadScore == reference.load)
    #expect(plan.isExact)
  }

  @Test("the small waves cover what matters: several sittings, uneven pools, infeasible cases")
  func coverage() {
    var outcomes: [String: Int] = [:]
    for seed in 1...100 as ClosedRange<UInt64> {
      let random = RandomWave(seed: seed, candidates: 3...8, cases: 1...4, spreadDays: 20)
      let reference = PlanReference(
        wave: random.wave, rules: random.rules, methodology: random.methodology
      ).best()
      if !reference.unplaceable.isEmpty { outcomes["infeasible", default: 0] += 1 }
      if reference.sittings > 1 { outcomes["several sittings", default: 0] += 1 }
      if reference.sittings == 1 { outcomes["one sitting", default: 0] += 1 }
      if reference.load.greatest > 1 { outcomes["someone sits twice", default: 0] += 1 }
      if random.wave.kind == .commission { outcomes["commission", default: 0] += 1 }
    }
    for kind in [
      "infeasible", "several sittings", "someone sits twice", "one sitting", "commission",
    ] {
      #expect(outcomes[kind, default: 0] >= 3, "\(kind): \(outcomes)")
    }
  }

  @Test(
    "larger waves: every sitting lawful, every case placed once",
    arguments: Array(1...6) as [UInt64])
  func larger(seed: UInt64) {
    let random = RandomWave(
      seed: seed, candidates: 30...40, cases: 12...30, spreadDays: 30, hr: 5...6)
    let plan = Self.plan(random)
    Self.expectLawful(plan, random)
    #expect(!plan.isExact)
    #expect(plan.unplaced.isEmpty)
  }
}
