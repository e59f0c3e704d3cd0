import HattamaKit
import Testing

/// The overview's totals against a brute-force recount: for every group the report shows, the
/// generated cases are filtered and counted one by one from what the generator intended.
@Suite("report: totals match a brute-force recount over generated records")
struct OverviewRecountTests {
  struct Expected: Equatable {
    var cases = 0
    var confirmed = 0
    var up = Change()
    var down = Change()
    var undecided = 0
  }

  static func recount(_ intents: [GeneratedSittings.Intent]) -> Expected {
    var expected = Expected()
    for intent in intents {
      expected.cases += 1
      switch intent.change {
      case nil: expected.undecided += 1
      case 0?: expected.confirmed += 1
      case let change? where change > 0:
        expected.up = Change(count: expected.up.count + 1, total: expected.up.total + change)
      case let change?:
        expected.down = Change(count: expected.down.count + 1, total: expected.down.total - change)
      }
    }
    return expected
  }

  static func actual(_ totals: ReportTotals?) -> Expected {
    guard let totals else { return Expected() }
    return Expected(
      cases: totals.cases, confirmed: totals.confirmed, up: totals.scoreUp,
      down: totals.scoreDown, undecided: totals.undecided)
  }

  @Test(
    "every group's counts and change sums, for several folders",
    arguments: [1, 2, 3, 4] as [UInt64])
  func recount(seed: UInt64) {
    let generated = GeneratedSittings(count: 60, seed: seed)
    // The summaries are added in reverse: the order of reading must not matter.
    let overview = Overview(
      generated.records.reversed().map {
        SittingSummary(
          file: $0.file, record: $0.record, methodology: $0.methodology, calendar: .kazakhstan)
      })
    let intents = generated.intents
    #expect(overview.sittings == generated.records.count)
    #expect(Self.actual(overview.totals) == Self.recount(intents))
    #expect(overview.totals.correctedUp == Self.recount(intents).up.count)
    #expect(overview.totals.incomparable == 0)
    for body in Set(intents.map(\.body)) {
      #expect(
        Self.actual(overview.byBody[body]) == Self.recount(intents.filter { $0.body == body }),
        "body \(body)")
    }
    for unit in Set(intents.map(\.unit)) {
      #expect(
        Self.actual(overview.byUnit[unit]) == Self.recount(intents.filter { $0.unit == unit }),
        "unit \(unit ?? "none")")
    }
    let evaluators = Set(intents.flatMap(\.evaluators))
    #expect(Set(overview.byEvaluator.keys) == evaluators)
    for evaluator in evaluators {
      #expect(
        Self.actual(overview.byEvaluator[evaluator])
          == Self.recount(intents.filter { $0.evaluators.contains(evaluator) }),
        "evaluator \(evaluator)")
    }
    // Every decided case lands in exactly one cell of the band matrix, at its own bands.
    #expect(overview.transitions.values.reduce(0, +) == intents.filter { $0.change != nil }.count)
    #expect(overview.lines.count == intents.count)
  }

  @Test("the findings are the audit's, counted by code over every record")
  func findings() {
    let generated = GeneratedSittings(count: 30, seed: 9)
    let overview = Overview(
      generated.records.map {
        SittingSummary(
          file: $0.file, record: $0.record, methodology: $0.methodology, calendar: .kazakhstan)
      })
    var expected: [FindingCode: Int] = [:]
    for entry in generated.records {
      for finding in Audit.findings(
        for: entry.record, methodology: entry.methodology, extra: [DeadlineCheck()])
      {
        expected[finding.code, default: 0] += 1
      }
    }
    #expect(
      Dictionary(uniqueKeysWithValues: overview.findingsByCode.map { ($0.code, $0.count) })
        == expected)
    // Unanimous votes of a full roll: the only findings are the undecided cases'.
    #expect(expected[.outcomeUndecided] == generated.intents.filter { $0.change == nil }.count)
  }
}
