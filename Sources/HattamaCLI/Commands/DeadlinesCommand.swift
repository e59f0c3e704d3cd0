// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import Foundation
import HattamaKit

/// `hattama deadlines`: every period of a methodology for given dates, and whether they met it.
enum DeadlinesCommand {
  static let spec = CommandSpec(
    path: ["deadlines"],
    abstract: "Print each period's due date, whether the given date met it, and the days skipped.",
    discussion: """
      Periods count working days; the day of the event itself does not count. A period whose
      starting date is not given shows no due date; one whose closing date is not given shows
      its due date only. Exit status: 0 when every given date met its period, 1 when one missed
      it, 2 on bad input.
      """,
    options: [
      .value("--methodology", "id", help: "A built-in methodology: \(builtInIDs)."),
      Inputs.methodologyOption,
      .value(
        "--familiarized", "date",
        help: "The employee was familiarised with the result (a commission's: its final result).",
        required: true),
      .value("--applied", "date", help: "The application for a calibration session was received."),
      .value(
        "--decided", "date",
        help: "The official decided to hold the session and approved its composition."),
      .value("--notice", "date", help: "The evaluators were notified of the sitting."),
      .value("--sitting", "date", help: "The sitting (a commission's decision)."),
      .value("--signed", "date", help: "The protocol was signed."),
      .value(
        "--approved", "date",
        help: "The authorized person approved a commission's results (else the sitting counts)."),
      .value("--posted", "date", help: "The protocol was posted to the information system."),
      .value("--appealed", "date", help: "The appeal was filed."),
      CalendarCommand.calendarOption,
      .flag("--json", help: "Print JSON."),
    ],
    run: { invocation throws(CLIError) in try run(invocation) })

  private static var builtInIDs: String { Methodology.builtIn.map(\.id).joined(separator: ", ") }

  private static func run(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let methodology = try Inputs.methodology(invocation)
    let dates = EventDates(
      familiarized: try invocation.day("--familiarized"), applied: try invocation.day("--applied"),
      decided: try invocation.day("--decided"), noticed: try invocation.day("--notice"),
      sitting: try invocation.day("--sitting"), signed: try invocation.day("--signed"),
      // A commission's familiarisation is with its final result (000 ¶73): the same flag.
      approved: try invocation.day("--approved"), informed: try invocation.day("--familiarized"),
      posted: try invocation.day("--posted"), appealed: try invocation.day("--appealed"))
    let calendar = try CalendarCommand.calendar(invocation)
    let reports = methodology.bodies.map {
      (kind: $0.kind, report: DeadlineReport(periods: $0.periods, dates: dates, calendar: calendar))
    }
    let allMet = reports.allSatisfy(\.report.allMet)
    let console = invocation.console
    if invocation.flag("--json") {
      console.out(
        try CalendarCommand.json(
          ReportJSON(
            methodology: methodology.id, met: allMet,
            bodies: reports.map { BodyJSON(kind: $0.kind.rawValue, report: $0.report) })))
    } else {
      for (index, body) in reports.enumerated() {
        if index > 0 { console.out("") }
        print(body.report, kind: body.kind, methodology: methodology, console: console)
      }
      console.out("")
      console.out(summary(reports.map(\.report)))
    }
    let checks = reports.flatMap(\.report.checks)
    CalendarCommand.warn(
      estimated: checks.contains(where: \.isEstimated),
      uncovered: Array(Set(checks.flatMap(\.uncoveredYears))).sorted(), console: console)
    return allMet ? .success : .failure
  }

  private static func print(
    _ report: DeadlineReport, kind: BodyKind, methodology: Methodology, console: Console
  ) {
    let body = kind == .calibration ? "calibration session" : "evaluation commission"
    console.out(
      "\(methodology.id), \(body): periods in working days, the event's own day not counted")
    console.out("")
    let shown = report.checks.filter { $0.from != .evaluationEnd }
    let rows = shown.map { check in
      [
        check.period.title, check.clause, rule(check), from(check),
        check.due.map { "\($0)" + (check.isEstimated || !check.uncoveredYears.isEmpty ? "*" : "") }
          ?? "—",
        check.given.map(\.description) ?? "—", result(check), skipped(check),
      ]
    }
    console.out(
      TextTable.render(
        header: ["period", "clause", "rule", "from", "due", "given", "result", "skipped"],
        rows: rows))
    let holidays = uniqueHolidays(shown)
    if !holidays.isEmpty {
      console.out("")
      console.out("Holidays and transfers skipped:")
      for day in holidays { console.out("  \(day)") }
    }
    if shown.contains(where: { $0.isEstimated || !$0.uncoveredYears.isEmpty }) {
      console.out(
        "* counted over an estimated date or a year without calendar data; see the warning.")
    }
    for check in report.checks where check.from == .evaluationEnd {
      console.out(
        "Not counted: \(check.period.title) (\(check.clause)) runs from the end of the "
          + "evaluation, which this command does not take."
      )
    }
  }

  private static func rule(_ check: PeriodCheck) -> String {
    switch check.reading {
    case .atLeast: "at least \(check.workingDays) before"
    case .within: "within \(check.workingDays) before"
    case nil: "\(check.workingDays) after"
    }
  }

  private static func from(_ check: PeriodCheck) -> String {
    let event =
      switch check.from {
      case .evaluationEnd: "evaluation end"
      case .familiarization: "familiarisation"
      case .application: "application"
      case .decision: "decision"
      case .sitting: "sitting"
      case .signing: "signing"
      case .approval: "approval (else sitting)"
      }
    return "\(event) " + (check.fromDate.map(\.description) ?? "(not given)")
  }

  private static func result(_ check: PeriodCheck) -> String {
    switch check.status {
    case .met: "met"
    case .missed: "MISSED"
    case .early: "TOO EARLY"
    case .beforeStart: "before start?"
    case .notGiven, .notComputed: "—"
    }
  }

  /// "4: weekend, Republic Day": how many days, and what they were.
  private static func skipped(_ check: PeriodCheck) -> String {
    guard !check.skipped.isEmpty else { return check.count == nil ? "—" : "none" }
    var names: [String] = []
    for day in check.skipped {
      let name = day.kind == .weekend ? "weekend" : shortName(day)
      if !names.contains(name) { names.append(name) }
    }
    return "\(check.skipped.count): " + names.joined(separator: ", ")
  }

  /// The holiday's name without "(Saturday; …)" or ", moved from …".
  private static func shortName(_ day: CalendarDay) -> String {
    let reason = day.reason ?? ""
    if day.kind == .transferredDayOff { return "transfer" }
    let cut = reason.firstIndex { $0 == "(" || $0 == "," } ?? reason.endIndex
    return reason[..<cut].trimmingCharacters(in: .whitespaces)
  }

  private static func uniqueHolidays(_ checks: [PeriodCheck]) -> [CalendarDay] {
    var seen: Set<Day> = []
    return checks.flatMap(\.skipped).filter { $0.kind != .weekend && seen.insert($0.day).inserted }
      .sorted { $0.day < $1.day }
  }

  private static func summary(_ reports: [DeadlineReport]) -> String {
    let checks = reports.flatMap(\.checks)
    let violations = checks.filter(\.status.isViolation)
    let early = checks.filter { $0.status == .beforeStart }
    let odd =
      early.isEmpty
      ? ""
      : " Check the date of "
        + early.map { "\($0.period.title) (\($0.given.map(\.description) ?? ""))" }
        .joined(separator: ", ") + ": it comes before the day its period runs from."
    if !violations.isEmpty {
      let list = violations.map { "\($0.period.title) (\($0.clause))" }.joined(separator: ", ")
      let count =
        violations.count == 1
        ? "1 date missed its period" : "\(violations.count) dates missed their periods"
      return "\(count): \(list)." + odd
    }
    let met = checks.filter { $0.status == .met }.count
    let head =
      met == 0
      ? "No closing date given yet: the due dates are above."
      : met == 1 ? "The given date met its period." : "All \(met) given dates met their periods."
    return head + odd
  }
}

private struct ReportJSON: Encodable {
  var methodology: String
  var met: Bool
  var bodies: [BodyJSON]
}

private struct BodyJSON: Encodable {
  var kind: String
  var periods: [PeriodJSON]

  init(kind: String, report: DeadlineReport) {
    self.kind = kind
    periods = report.checks.map(PeriodJSON.init)
  }
}

private struct PeriodJSON: Encodable {
  var period: String
  var clause: String
  var workingDays: Int
  var from: String
  var fromDate: String?
  var reading: String?
  var earliest: String?
  var due: String?
  var given: String?
  var status: String
  var skipped: [DayJSON]
  var estimated: Bool
  var uncoveredYears: [Int]

  init(_ check: PeriodCheck) {
    period = check.period.rawValue
    clause = check.clause
    workingDays = check.workingDays
    from = check.from.rawValue
    fromDate = check.fromDate?.description
    reading = check.reading?.rawValue
    earliest = check.earliest?.description
    due = check.due?.description
    given = check.given?.description
    status = check.status.rawValue
    skipped = check.skipped.map(DayJSON.init)
    estimated = check.isEstimated
    uncoveredYears = check.uncoveredYears
  }
}
