import Foundation
import Testing

@testable import HattamaKit

/// The planner does not trust its own sittings: each is checked by the rules' own code before
/// it is proposed (``WavePlanner/check(_:)``), and a case no sitting can hear is named, with its
/// reason, in the plan's text and JSON.
@Suite("roster plan: each planned sitting checked by the rules; unplaced cases in the JSON")
struct WavePlanCheckTests {
  typealias U = UnplacedTests

  static let planner = WavePlanner(
    wave: U.wave(
      methodology: .trade2025, kind: .calibration, hr: ["h1", "h2"], applied: "2025-10-16",
      evaluator: "p1"),
    rules: Methodology.trade2025.rules(for: .calibration) ?? Methodology.trade2025.bodies[0],
    methodology: .trade2025, calendar: .kazakhstan)

  /// A way to spoil a planned sitting, and what the check must say about it.
  enum Spoiled: String, CaseIterable, CustomTestStringConvertible {
    case noComposition = "no composition"
    case saturday = "a Saturday"
    case beforeInForce = "a day before the methodology is in force"
    case oneMember = "a composition of one member"
    case monthsLate = "a sitting months after the period ends"

    var testDescription: String { rawValue }

    func apply(to record: inout Record) {
      switch self {
      case .noComposition: record.composition = nil
      case .saturday: record.sitting?.date = U.day("2025-10-18")
      case .beforeInForce: record.sitting?.date = U.day("2025-10-08")
      case .oneMember:
        let first = record.composition?.members.prefix(1) ?? []
        record.composition?.members = Array(first)
      case .monthsLate: record.sitting?.date = U.day("2026-03-03")
      }
    }

    var problem: String {
      switch self {
      case .noComposition: "The sitting has no composition or date."
      case .saturday: "2025-10-18 is not a working day."
      case .beforeInForce: "The methodology 'kz-trade-2025' is not in force on 2025-10-08."
      case .oneMember: "at least 3 are required"
      case .monthsLate:
        "came after the deadline 2025-10-31 (10 working days from the application on 2025-10-16, 002 ¶21)"
      }
    }
  }

  @Test("a sitting the planner builds passes its check")
  func plannedPasses() throws {
    let plan = Self.planner.plan()
    let sitting = try #require(plan.sittings.first)
    #expect(Self.planner.check(sitting).isEmpty)
  }

  @Test("a spoiled sitting fails the check, which names the problem", arguments: Spoiled.allCases)
  func spoiledFails(_ spoiled: Spoiled) throws {
    var sitting = try #require(Self.planner.plan().sittings.first)
    spoiled.apply(to: &sitting)
    let problems = Self.planner.check(sitting)
    #expect(problems.contains { $0.en.contains(spoiled.problem) }, "\(problems)")
  }

  @Test(
    "the plan's JSON names each unplaced case with its reason, and has no 'unplaced' without one")
  func unplacedJSON() throws {
    let blocked = U.plan(
      U.wave(
        methodology: .trade2025, kind: .calibration, hr: ["h1", "h2"], applied: "2025-10-16",
        evaluator: "h1"), .trade2025)
    let object = try Self.object(blocked.jsonValue)
    let unplaced = try #require(object["unplaced"] as? [[String: String]])
    #expect(unplaced.map { $0["case"] } == ["c1"])
    #expect(unplaced.first?["reason"] == blocked.unplaced.first?.reason.description)
    #expect((object["sittings"] as? [Any])?.count == 1)
    let placed = try Self.object(Self.planner.plan().jsonValue)
    #expect(placed["unplaced"] == nil)
  }

  struct Reason: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var reason: Unplaced.Reason
    var text: String
  }

  static let reasons: [Reason] = [
    Reason(
      testDescription: "no application", reason: .noApplication,
      text: "it has no 'appliedOn', from which its period runs"),
    Reason(
      testDescription: "no lawful day, with the period's clause",
      reason: .noLawfulDay(
        first: U.day("2025-10-20"), last: U.day("2025-10-17"), clause: "002 ¶21",
        validThrough: nil),
      text: "no working day from 2025-10-20 to 2025-10-17 is within its period (002 ¶21)"),
    Reason(
      testDescription: "no lawful day, bare",
      reason: .noLawfulDay(
        first: U.day("2025-10-20"), last: U.day("2025-10-17"), clause: nil, validThrough: nil),
      text: "no working day from 2025-10-20 to 2025-10-17 is within its period"),
    Reason(
      testDescription: "a failed check gives the check's own words",
      reason: .failedCheck(Phrase(kk: "2025-10-18 — жұмыс күні емес.", ru: "2025-10-18 — не рабочий день.", en: "2025-10-18 is not a working day.")),
      text: "2025-10-18 is not a working day."),
  ]

  @Test("each reason reads as the sentence the plan prints", arguments: reasons)
  func reasonText(_ test: Reason) {
    #expect(test.reason.description == test.text)
  }

  @Test("Day.distant, which sorts open-ended sittings last, is 9999-12-31")
  func distant() {
    #expect(Day.distant == Day(iso: "9999-12-31"))
  }

  static func object(_ value: JSONValue) throws -> [String: Any] {
    let text = JSONWriter().string(for: value)
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }
}
