import HattamaKit
import Testing

/// Where no lawful plan exists, each case that cannot be placed is named with its reason; the
/// same wave with the missing piece given is planned.
@Suite("roster plan: a reason per case that cannot be placed")
struct UnplacedTests {
  static func day(_ text: String) -> Day { Day(iso: text) ?? Day(ordinal: 0) }

  static func wave(
    methodology: Methodology, kind: BodyKind, hr: [PersonID], applied: String, evaluator: PersonID
  ) -> Record {
    let pool = ["p1", "p2", "p3", "p4", "h1", "h2"]
    let people =
      [Person(id: "o1", name: "O"), Person(id: "e1", name: "E"), Person(id: "e2", name: "E2")]
      + pool.map { Person(id: $0, name: DisplayText($0), hr: hr.contains($0)) }
    return Record(
      methodology: methodology.id, kind: kind, body: "B", period: "P", authorizedOfficial: "o1",
      people: people, candidates: pool,
      cases: [
        Case(
          id: "c1", employee: "e1", evaluators: [evaluator], evaluation: .score(.valid(.maximum)),
          appliedOn: day(applied)),
        Case(
          id: "c2", employee: "e2", evaluators: ["p4"], evaluation: .score(.valid(.maximum)),
          appliedOn: day(applied)),
      ])
  }

  static func plan(_ wave: Record, _ methodology: Methodology) -> WavePlan {
    WavePlanner(
      wave: wave, rules: methodology.rules(for: wave.kind) ?? methodology.bodies[0],
      methodology: methodology, calendar: .kazakhstan
    ).plan()
  }

  @Test(
    "002 ¶20: with its evaluator one of the two HR employees, no roster has an HR member and an HR secretary"
  )
  func noRoster() throws {
    let blocked = Self.plan(
      Self.wave(
        methodology: .trade2025, kind: .calibration, hr: ["h1", "h2"], applied: "2025-10-16",
        evaluator: "h1"), .trade2025)
    let unplaced = try #require(blocked.unplaced.first)
    #expect(blocked.unplaced.count == 1 && unplaced.caseID == "c1")
    guard case .noRoster(let why) = unplaced.reason else {
      Issue.record("expected no roster, got \(unplaced.reason)")
      return
    }
    #expect(
      why.contains("2 HR employees are needed")
        && why.contains("h1 (an evaluator of case c1, 002 ¶20)"))
    #expect(blocked.sittings.map { $0.cases.map(\.id) } == [["c2"]])
    // Both ways: with a third HR employee in the pool the case is placed.
    let kept = Self.plan(
      Self.wave(
        methodology: .trade2025, kind: .calibration, hr: ["h1", "h2", "p3"], applied: "2025-10-16",
        evaluator: "h1"), .trade2025)
    #expect(kept.unplaced.isEmpty)
    #expect(kept.sittings.count == 1)
  }

  @Test(
    "001 item 2: after 2023-08-30 (the 31st itself only under one reading of «дейін») no day is certainly in force"
  )
  func noLawfulDay() throws {
    let late = Self.plan(
      Self.wave(
        methodology: .atyrau2023, kind: .commission, hr: ["h1", "h2"], applied: "2023-09-04",
        evaluator: "p1"), .atyrau2023)
    #expect(late.unplaced.map(\.caseID) == ["c1", "c2"])
    #expect(late.sittings.isEmpty)
    for item in late.unplaced {
      guard case .noLawfulDay(let first, let last, _, let through) = item.reason else {
        Issue.record("expected no lawful day, got \(item.reason)")
        continue
      }
      #expect(first == Self.day("2023-09-05") && last == Self.day("2023-08-30"))
      #expect(through != nil)
      #expect(item.reason.description.contains("while the methodology is certainly in force"))
    }
    let inTime = Self.plan(
      Self.wave(
        methodology: .atyrau2023, kind: .commission, hr: ["h1", "h2"], applied: "2023-08-21",
        evaluator: "p1"), .atyrau2023)
    #expect(inTime.unplaced.isEmpty)
    #expect(inTime.sittings.first?.sitting?.date == Self.day("2023-08-22"))
  }

  @Test(
    "002 ¶21, ¶20: cases whose periods share no sitting day, or no approval day, sit apart; those that share both sit together"
  )
  func periods() {
    var wave = Self.wave(
      methodology: .trade2025, kind: .calibration, hr: ["h1", "h2"], applied: "2025-10-13",
      evaluator: "p1")
    // c1 may sit 2025-10-14 … 10-27; c2, applied 11-03, from 11-04: no common sitting day.
    wave.cases[1].appliedOn = Self.day("2025-11-03")
    #expect(Self.plan(wave, .trade2025).sittings.count == 2)
    // c2 applied 10-20: the sitting periods overlap, but c1's composition must be approved by
    // 10-16 (3 working days, 002 ¶20) and c2's not before 10-20.
    wave.cases[1].appliedOn = Self.day("2025-10-20")
    #expect(Self.plan(wave, .trade2025).sittings.count == 2)
    // c2 applied 10-15: approved on 10-15 for both, and heard together the day after.
    wave.cases[1].appliedOn = Self.day("2025-10-15")
    let together = Self.plan(wave, .trade2025)
    #expect(together.sittings.count == 1)
    #expect(together.sittings.first?.composition?.approvedOn == Self.day("2025-10-15"))
    #expect(together.sittings.first?.sitting?.date == Self.day("2025-10-16"))
  }

  @Test("a case without 'appliedOn' has no period to meet")
  func noApplication() {
    var wave = Self.wave(
      methodology: .trade2025, kind: .calibration, hr: ["h1", "h2"], applied: "2025-10-13",
      evaluator: "p1")
    wave.cases[0].appliedOn = nil
    let plan = Self.plan(wave, .trade2025)
    #expect(plan.unplaced == [Unplaced(caseID: "c1", reason: .noApplication)])
  }
}
