extension WorkingCalendar {
  /// The `n`-th working day after a day; the day itself never counts (DOMAIN.md, "What the texts
  /// leave open"). "Within 5 working days of D" ends on `workingDay(5, after: D)`.
  ///
  /// With `n` of 0 or less, the day itself.
  ///
  /// - Parameters:
  ///   - n: the number of working days.
  ///   - day: the event the period runs from (familiarisation, the application, …).
  /// - Returns: the last day of the period.
  /// - Complexity: O(n) in the calendar days walked.
  public func workingDay(_ n: Int, after day: Day) -> Day {
    count(n, workingDaysAfter: day).end
  }

  /// The `n`-th working day before a day; the day itself never counts.
  ///
  /// With `n` of 0 or less, the day itself.
  ///
  /// - Parameters:
  ///   - n: the number of working days.
  ///   - day: the day counted back from, such as the sitting a notice must precede.
  /// - Returns: the n-th working day before it.
  /// - Complexity: O(n) in the calendar days walked.
  public func workingDay(_ n: Int, before day: Day) -> Day {
    count(n, workingDaysBefore: day).end
  }

  /// The number of working days after `start` up to and including `end`; negative when `end`
  /// comes before `start`.
  ///
  /// `workingDays(from: d, to: workingDay(n, after: d)) == n` for every `n >= 0`.
  /// - Complexity: O(days between them).
  ///
  /// - Parameters:
  ///   - start: the event, which does not count.
  ///   - end: the last day counted.
  /// - Returns: the working days in between.
  public func workingDays(from start: Day, to end: Day) -> Int {
    guard start <= end else { return -workingDays(from: end, to: start) }
    var count = 0
    var day = start
    while day < end {
      day = day.adding(days: 1)
      if isWorkingDay(day) { count += 1 }
    }
    return count
  }

  /// Counts `n` working days after a day, recording what the count skipped.
  ///
  /// - Parameters:
  ///   - n: the number of working days.
  ///   - start: the event the period runs from, which does not count.
  /// - Returns: the end, the days off skipped, and whether an estimate or an uncovered year
  ///   entered.
  /// - Complexity: O(n) in the calendar days walked.
  public func count(_ n: Int, workingDaysAfter start: Day) -> WorkingDayCount {
    walk(n, from: start, step: 1)
  }

  /// Counts `n` working days before a day, recording what the count skipped.
  ///
  /// - Parameters:
  ///   - n: the number of working days.
  ///   - start: the day counted back from, which does not count.
  /// - Returns: the end, the days off skipped, and whether an estimate or an uncovered year
  ///   entered.
  /// - Complexity: O(n) in the calendar days walked.
  public func count(_ n: Int, workingDaysBefore start: Day) -> WorkingDayCount {
    walk(n, from: start, step: -1)
  }

  private func walk(_ n: Int, from start: Day, step: Int) -> WorkingDayCount {
    var result = WorkingDayCount(
      start: start, workingDays: max(n, 0), end: start, skipped: [],
      isEstimated: false, uncoveredYears: [])
    var remaining = n
    var day = start
    while remaining > 0 {
      day = day.adding(days: step)
      let entry = self.day(day)
      if entry.isEstimated { result.isEstimated = true }
      if !entry.isCovered && !result.uncoveredYears.contains(day.year) {
        result.uncoveredYears.append(day.year)
      }
      if entry.isWorking {
        remaining -= 1
      } else {
        result.skipped.append(entry)
      }
    }
    result.end = day
    if step < 0 { result.skipped.reverse() }
    result.uncoveredYears.sort()
    return result
  }
}

/// A count of working days from a day: where it ends and what it skipped.
public struct WorkingDayCount: Sendable, Equatable {
  /// The day the count runs from; it never counts itself.
  public var start: Day
  /// N: how many working days were counted.
  public var workingDays: Int
  /// The `workingDays`-th working day after (or before) `start`.
  public var end: Day
  /// The non-working days between `start` and `end`, in date order.
  public var skipped: [CalendarDay]
  /// Whether a day the count went over rests on an estimated date (a future Kurban Ait).
  public var isEstimated: Bool
  /// The years the count went through that the calendar data does not cover.
  public var uncoveredYears: [Int]

  package init(
    start: Day, workingDays: Int, end: Day, skipped: [CalendarDay],
    isEstimated: Bool = false, uncoveredYears: [Int] = []
  ) {
    self.start = start
    self.workingDays = workingDays
    self.end = end
    self.skipped = skipped
    self.isEstimated = isEstimated
    self.uncoveredYears = uncoveredYears
  }

  /// The skipped days other than ordinary weekends: holidays, moved days off, transfers.
  public var skippedHolidays: [CalendarDay] { skipped.filter { $0.kind != .weekend } }
}
