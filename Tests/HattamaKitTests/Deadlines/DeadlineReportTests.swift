import Testing

@testable import HattamaKit

@Suite("Deadline periods of each methodology") struct DeadlineReportTests {
  struct PeriodCase: Sendable, CustomTestStringConvertible {
    var methodology: String
    var kind: BodyKind
    var period: DeadlinePeriod
    var workingDays: Int
    var clause: String
    var testDescription: String {
      "\(clause): \(methodology) \(kind.rawValue) \(period.title), \(workingDays) working days"
    }
  }

  /// Every period of every built-in profile.
  static let periodCases: [PeriodCase] = Methodology.builtIn.flatMap { methodology in
    methodology.bodies.flatMap { body in
      DeadlinePeriod.allCases.compactMap { period -> PeriodCase? in
        if period == .notice {
          return body.periods.notice.map {
            PeriodCase(
              methodology: methodology.id, kind: body.kind, period: period,
              workingDays: $0.value.workingDays, clause: $0.clause.canonical)
          }
        }
        return period.period(in: body.periods).map {
          PeriodCase(
            methodology: methodology.id, kind: body.kind, period: period,
            workingDays: $0.value.workingDays, clause: $0.clause.canonical)
        }
      }
    }
  }

  /// From Tuesday 2025-10-14; Republic Day (Saturday 25 October) gives Monday 27 October off.
  static let dueAfter = [2: "2025-10-16", 3: "2025-10-17", 5: "2025-10-21", 10: "2025-10-29"]
  /// Before a sitting on Tuesday 2025-10-14.
  static let dueBefore = [3: "2025-10-09", 7: "2025-10-03"]

  func report(_ item: PeriodCase, given: Day) throws -> PeriodCheck {
    let methodology = try #require(Methodology.builtIn(id: item.methodology))
    let rules = try #require(methodology.rules(for: item.kind))
    let start = day("2025-10-14")
    var dates = EventDates(
      evaluationEnded: start, familiarized: start, applied: start, decided: start, sitting: start,
      signed: start)
    switch item.period {
    case .familiarization: (dates.familiarized, dates.informed) = (given, given)
    case .application: dates.applied = given
    case .decision: dates.decided = given
    case .session: dates.sitting = given
    case .notice: dates.noticed = given
    case .posting: dates.posted = given
    case .appeal: dates.appealed = given
    }
    let report = DeadlineReport(periods: rules.periods, dates: dates, calendar: .kazakhstan)
    return try #require(report.checks.first { $0.period == item.period })
  }

  @Test("each period is met on its last day", arguments: periodCases)
  func metOnLastDay(_ item: PeriodCase) throws {
    let table = item.period == .notice ? Self.dueBefore : Self.dueAfter
    let due = day(try #require(table[item.workingDays]))
    let check = try report(item, given: due)
    #expect(check.due == due)
    #expect(check.status == .met)
    #expect(check.clause.canonical == item.clause)
    #expect(check.finding(subject: "c1") == nil)
  }

  @Test("each period is missed one day after its last day", arguments: periodCases)
  func missedByOneDay(_ item: PeriodCase) throws {
    let table = item.period == .notice ? Self.dueBefore : Self.dueAfter
    let due = day(try #require(table[item.workingDays]))
    let check = try report(item, given: due.adding(days: 1))
    #expect(check.status == .missed)
    let finding = check.finding(subject: "c1")
    #expect(finding?.code == item.period.findingCode)
    #expect(finding?.clause.canonical == item.clause)
    #expect(finding?.message.en.contains(item.clause) == true)
  }

  @Test("a notice read 'within' is too early before its window, late on the sitting's day")
  func noticeWithin() {
    let periods = Periods(
      notice: Cited(NoticePeriod(workingDays: 3, reading: .within), "000 ¶62"))
    func status(_ notice: String) -> PeriodCheck.Status? {
      let dates = EventDates(noticed: day(notice), sitting: day("2025-10-24"))
      return DeadlineReport(periods: periods, dates: dates, calendar: .kazakhstan).checks.first?
        .status
    }
    #expect(status("2025-10-20") == .early)
    #expect(status("2025-10-21") == .met)
    #expect(status("2025-10-23") == .met)
    #expect(status("2025-10-24") == .missed)
  }

  @Test("a notice read 'at least' is late on the sitting's day and after it")
  func noticeAtLeastOnSittingDay() {
    let periods = Periods(notice: Cited(NoticePeriod(workingDays: 3, reading: .atLeast), "000 ¶62"))
    for notice in ["2025-10-24", "2025-10-27"] {
      let dates = EventDates(noticed: day(notice), sitting: day("2025-10-24"))
      let check = DeadlineReport(periods: periods, dates: dates, calendar: .kazakhstan).checks.first
      #expect(check?.status == .missed)
    }
  }

  @Test("a period without its starting day is not computed; without its closing day, not given")
  func missingDates() throws {
    let rules = try #require(Methodology.trade2025.rules(for: .calibration))
    let report = DeadlineReport(
      periods: rules.periods, dates: EventDates(familiarized: day("2025-10-14")),
      calendar: .kazakhstan)
    #expect(report.checks.map(\.status) == [.notGiven, .notComputed, .notComputed, .notComputed])
    #expect(report.checks.first?.due == day("2025-10-21"))
    #expect(report.allMet)
  }

  @Test("checks come in the order of their due days")
  func order() throws {
    let rules = try #require(Methodology.trade2025.rules(for: .calibration))
    let dates = EventDates(
      familiarized: day("2025-10-14"), applied: day("2025-10-16"), decided: day("2025-10-20"),
      sitting: day("2025-10-24"), signed: day("2025-10-24"))
    let report = DeadlineReport(periods: rules.periods, dates: dates, calendar: .kazakhstan)
    #expect(report.checks.map(\.period) == [.application, .decision, .posting, .session])
    #expect(
      report.checks.compactMap(\.due)
        == ["2025-10-21", "2025-10-21", "2025-10-30", "2025-10-31"].map(day))
  }
}
