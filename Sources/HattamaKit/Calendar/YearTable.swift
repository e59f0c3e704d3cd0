/// The days of one year that are not an ordinary weekday or weekend, worked out from the data.
///
/// The order of precedence: a transfer (`off`, `work`) overrides everything; then holidays;
/// then the days off of holidays that fell on a weekend; then weekends. Each day gets its
/// ``CalendarDay/Reason`` as facts — names and days — which ``CalendarDay/explanation`` words.
struct YearTable: Sendable, Equatable {
  let year: Int
  let isCovered: Bool
  private(set) var special: [Day: CalendarDay] = [:]

  init(year: Int, data: CalendarData) {
    self.year = year
    self.isCovered = data.years[year] != nil
    let holidays = Self.holidays(in: year, data: data)
    let moves = Self.moves(of: holidays)
    for (day, entries) in holidays {
      special[day] = CalendarDay(
        day: day, kind: .holiday, reason: .holiday(names: entries.map(\.name), weekend: nil),
        isEstimated: entries.contains(where: \.estimated), isCovered: isCovered)
    }
    /// The names of the holidays whose day off moved to `target`.
    func movedNames(to target: Day) -> [Phrase] {
      guard let origin = moves[target] else { return [] }
      return (holidays[origin] ?? []).filter(\.moves).map(\.name)
    }
    for (target, origin) in moves {
      special[target] = CalendarDay(
        day: target, kind: .movedHoliday,
        reason: .movedHoliday(names: movedNames(to: target), from: origin),
        isEstimated: holidays[origin]?.contains(where: \.estimated) ?? false,
        isCovered: isCovered)
    }
    for line in data.transfers where line.day.year == year {
      special[line.day] = CalendarDay(
        day: line.day, kind: line.isDayOff ? .transferredDayOff : .transferredWorkday,
        reason: Self.reason(line, movedNames: movedNames(to: line.day)),
        isEstimated: line.estimated, isCovered: isCovered)
    }
    // Say on a weekend holiday where its day off went, now that transfers have had their say.
    for (day, entries) in holidays where day.isWeekend {
      guard var entry = special[day], entry.kind == .holiday else { continue }
      let target = moves.first { $0.value == day }?.key
      let dayOff: CalendarDay.WeekendDayOff
      if !entries.contains(where: \.moves) {
        dayOff = .notMoved
      } else if let target, special[target]?.kind == .movedHoliday {
        dayOff = .movesTo(target)
      } else {
        dayOff = .transferred
      }
      entry.reason = .holiday(names: entries.map(\.name), weekend: dayOff)
      special[day] = entry
    }
  }

  /// What the calendar says about a day of this year.
  func day(_ day: Day) -> CalendarDay {
    if let entry = special[day] { return entry }
    return day.isWeekend
      ? CalendarDay(day: day, kind: .weekend, reason: .weekend, isCovered: isCovered)
      : CalendarDay(day: day, kind: .workday, reason: nil, isCovered: isCovered)
  }

  /// The special days in date order.
  var specialDays: [CalendarDay] { special.values.sorted { $0.day < $1.day } }

  private struct HolidayEntry {
    var name: Phrase
    var moves: Bool
    var estimated: Bool
  }

  /// A transfer's reason: the built-in data's pair of days, or a file's words.
  private static func reason(_ line: Transfer, movedNames: [Phrase]) -> CalendarDay.Reason {
    switch line.text {
    case .otherDay(let other) where line.isDayOff: .transferredDayOff(from: other)
    case .otherDay(let other): .transferredWorkday(to: other, names: movedNames)
    case .written(let text): .written(text)
    }
  }

  private static func holidays(in year: Int, data: CalendarData) -> [Day: [HolidayEntry]] {
    var result: [Day: [HolidayEntry]] = [:]
    for rule in data.rules where rule.applies(in: year) {
      // 29 February exists only in leap years; the rule skips the others.
      guard let day = Day(year: year, month: rule.month, day: rule.day) else { continue }
      result[day, default: []].append(
        HolidayEntry(name: rule.name, moves: rule.moves, estimated: false))
    }
    for line in data.holidays where line.day.year == year {
      result[line.day, default: []].append(
        HolidayEntry(name: line.name, moves: line.moves, estimated: line.estimated))
    }
    return result
  }

  /// Labour Code art. 84: a holiday on a Saturday or Sunday gives its day off on the next working
  /// day, one that is neither a weekend, a holiday nor already another holiday's day off. The
  /// religious holidays (`fixed`) do not move. Returns target → the holiday it comes from.
  private static func moves(of holidays: [Day: [HolidayEntry]]) -> [Day: Day] {
    var moves: [Day: Day] = [:]
    for day in holidays.keys.sorted()
    where day.isWeekend && holidays[day]?.contains(where: \.moves) == true {
      var target = day.adding(days: 1)
      while target.isWeekend || holidays[target] != nil || moves[target] != nil {
        target = target.adding(days: 1)
      }
      moves[target] = day
    }
    return moves
  }
}
