// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import Foundation
import HattamaKit

/// `hattama calendar add` and `hattama calendar list`: Kazakhstan's working days.
enum CalendarCommand {
  static let calendarOption = OptionSpec.value(
    "--calendar", "file",
    help:
      "Extra calendar lines for a decree published after this release (see scripts/CALENDAR.md).")

  static let add = CommandSpec(
    path: ["calendar", "add"],
    abstract: "Print the N-th working day after a date.",
    discussion: """
      The date itself never counts: "within 5 working days of 2025-10-14" ends on
      `hattama calendar add 2025-10-14 5`. A negative N counts back before the date. The first
      line of output is the resulting date alone; the non-working days skipped follow.
      """,
    arguments: [
      ArgumentSpec(name: "date", help: "The day to count from, YYYY-MM-DD."),
      ArgumentSpec(name: "n", help: "How many working days to count (negative: before the date)."),
    ],
    options: [calendarOption, .flag("--json", help: "Print JSON.")],
    run: { invocation throws(CLIError) in try runAdd(invocation) })

  static let list = CommandSpec(
    path: ["calendar", "list"],
    abstract: "List Kazakhstan's non-working days of a year, transfers included.",
    discussion: """
      Lists the public holidays (those on a weekend too, and where their day off moved), the
      days off and the working Saturdays or Sundays that transfers made, with the source of the
      year's transfers. Dates that their source only estimates are marked (estimated).
      """,
    arguments: [ArgumentSpec(name: "year", help: "The year, such as 2026.")],
    options: [calendarOption, .flag("--json", help: "Print JSON.")],
    run: { invocation throws(CLIError) in try runList(invocation) })

  /// The built-in calendar, with the `--calendar` file's lines when one is given.
  static func calendar(_ invocation: Invocation) throws(CLIError) -> WorkingCalendar {
    guard let path = invocation.value("--calendar") else { return .kazakhstan }
    guard let text = String(bytes: try Files.read(path), encoding: .utf8) else {
      throw .input(file: path, message: "is not UTF-8 text; save the calendar lines as UTF-8.")
    }
    do {
      return try WorkingCalendar(extraLines: text, source: path)
    } catch {
      throw .input(file: path, message: Phrase(untranslated: error.message))
    }
  }

  private static func runAdd(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    guard let start = try invocation.day("date") else {
      throw .usage(.missingArgument("date"), command: add.path)
    }
    guard let n = try invocation.integer("n", in: -3650...3650) else {
      throw .usage(.missingArgument("n"), command: add.path)
    }
    let calendar = try calendar(invocation)
    let count =
      n < 0
      ? calendar.count(-n, workingDaysBefore: start) : calendar.count(n, workingDaysAfter: start)
    let console = invocation.console
    if invocation.flag("--json") {
      console.out(
        try json(
          AddJSON(
            from: start.description, workingDays: n, date: count.end.description,
            skipped: count.skipped.map(DayJSON.init), estimated: count.isEstimated,
            uncoveredYears: count.uncoveredYears)))
    } else {
      console.out(count.end.description)
      let days = abs(n) == 1 ? "1 working day" : "\(abs(n)) working days"
      let direction = n < 0 ? "before" : "after"
      console.out(
        "\(count.end.weekdayName) \(count.end) is \(days) \(direction) "
          + "\(start.weekdayName) \(start)."
      )
      if !count.skipped.isEmpty {
        console.out("Non-working days skipped:")
        for day in count.skipped { console.out("  \(day)") }
      }
    }
    warn(estimated: count.isEstimated, uncovered: count.uncoveredYears, console: console)
    return .success
  }

  private static func runList(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    guard let year = try invocation.integer("year", in: 1900...2200) else {
      throw .usage(.missingArgument("year"), command: list.path)
    }
    let calendar = try calendar(invocation)
    let days = calendar.specialDays(in: year)
    let working = workingDayCount(in: year, calendar: calendar)
    let console = invocation.console
    if invocation.flag("--json") {
      console.out(
        try json(
          ListJSON(
            year: year, covered: calendar.covers(year: year), source: calendar.source(ofYear: year),
            workingDays: working, days: days.map(DayJSON.init))))
      warn(estimated: false, uncovered: calendar.covers(year: year) ? [] : [year], console: console)
      return .success
    }
    console.out("Kazakhstan, \(year): holidays, transfers and working weekend days")
    console.out("Transfers: \(calendar.source(ofYear: year) ?? "no data for this year")")
    console.out("")
    let rows = days.map { day in
      [
        day.day.description, day.day.weekdayAbbreviation, status(of: day),
        (day.reason ?? "") + (day.isEstimated ? " (estimated)" : ""),
      ]
    }
    console.out(TextTable.render(header: ["date", "day", "status", "reason"], rows: rows))
    console.out("")
    let offWeekdays = days.filter { !$0.isWorking && !$0.day.isWeekend }.count
    let workingWeekends = days.filter { $0.isWorking && $0.day.isWeekend }.count
    console.out(
      "\(year) has \(working) working days: \(offWeekdays) weekdays off besides weekends, "
        + "\(workingWeekends) weekend \(workingWeekends == 1 ? "day" : "days") worked.")
    if days.contains(where: \.isEstimated) {
      console.out(
        "Dates marked (estimated) are estimates of their source; check them when announced.")
    }
    warn(estimated: false, uncovered: calendar.covers(year: year) ? [] : [year], console: console)
    return .success
  }

  private static func status(of day: CalendarDay) -> String {
    switch day.kind {
    case .holiday: "holiday"
    case .movedHoliday, .transferredDayOff: "day off"
    case .transferredWorkday: "working day"
    case .weekend: "weekend"
    case .workday: "working day"
    }
  }

  private static func workingDayCount(in year: Int, calendar: WorkingCalendar) -> Int {
    guard let first = Day(year: year, month: 1, day: 1),
      let last = Day(year: year, month: 12, day: 31)
    else { return 0 }
    return calendar.workingDays(from: first.adding(days: -1), to: last)
  }

  /// Warnings on standard error, so that the first line of output stays the answer alone.
  static func warn(estimated: Bool, uncovered: [Int], console: Console) {
    if estimated {
      console.err(
        "Warning: the count goes over a date its source only estimates (Kurban Ait); "
          + "check it when announced."
      )
    }
    if !uncovered.isEmpty {
      let years = uncovered.map(String.init).joined(separator: ", ")
      console.err(
        "Warning: the calendar has no data for \(years): only weekends and the holidays fixed "
          + "by law are counted, no transfers or Kurban Ait; add the year's decree with "
          + "--calendar FILE.")
    }
  }

  /// Pretty, key-sorted JSON, control and bidi characters escaped as the Kit's writer does
  /// (a reason read from a --calendar file is text from outside).
  static func json(_ value: some Encodable) throws(CLIError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return JSONWriter.escapingUnsafe(
        inJSON: String(decoding: try encoder.encode(value), as: UTF8.self))
    } catch {
      throw .failed(message: "The result could not be written as JSON: \(error).")
    }
  }
}

/// One day in JSON: `{"date", "weekday", "kind", "working", "reason", "estimated", "covered"}`.
struct DayJSON: Encodable {
  var date: String
  var weekday: String
  var kind: String
  var working: Bool
  var reason: String?
  var estimated: Bool
  var covered: Bool

  init(_ day: CalendarDay) {
    date = day.day.description
    weekday = day.day.weekdayAbbreviation
    kind = day.kind.rawValue
    working = day.isWorking
    reason = day.reason
    estimated = day.isEstimated
    covered = day.isCovered
  }
}

private struct AddJSON: Encodable {
  var from: String
  var workingDays: Int
  var date: String
  var skipped: [DayJSON]
  var estimated: Bool
  var uncoveredYears: [Int]
}

private struct ListJSON: Encodable {
  var year: Int
  var covered: Bool
  var source: String?
  var workingDays: Int
  var days: [DayJSON]
}
