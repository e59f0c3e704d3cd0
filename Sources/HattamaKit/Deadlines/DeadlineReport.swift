/// Every period of a methodology's body worked out for known event dates: the schedule
/// `hattama deadlines` prints and the audit's `deadline.*` findings come from.
///
/// A period whose starting day is unknown is `.notComputed`; one whose closing event is unknown
/// is `.notGiven`. Neither is a violation.
public struct DeadlineReport: Sendable, Equatable {
  /// One check a period the body rules set, in chronological order of their due days (those
  /// without one last).
  public var checks: [PeriodCheck]

  /// Works out each period of `periods` for the given dates.
  ///
  /// - Parameters:
  ///   - periods: the body's periods (``BodyRules/periods``).
  ///   - dates: the days the events took place, as far as known.
  ///   - calendar: the working-day calendar to count in.
  public init(periods: Periods, dates: EventDates, calendar: WorkingCalendar) {
    var checks: [PeriodCheck] = []
    for period in DeadlinePeriod.allCases {
      if period == .notice {
        if let notice = periods.notice {
          checks.append(Self.notice(notice, dates: dates, calendar: calendar))
        }
      } else if let cited = period.period(in: periods) {
        checks.append(Self.after(period, cited, dates: dates, calendar: calendar))
      }
    }
    let order = DeadlinePeriod.allCases
    self.checks = checks.sorted { a, b in
      switch (a.due, b.due) {
      case (let x?, let y?) where x != y: x < y
      case (nil, _?): false
      case (_?, nil): true
      default:
        order.firstIndex(of: a.period) ?? 0 < order.firstIndex(of: b.period) ?? 0
      }
    }
  }

  /// The checks whose given day broke the period.
  public var violations: [PeriodCheck] { checks.filter(\.status.isViolation) }

  /// Whether every given day met its period (periods without a given day do not count).
  public var allMet: Bool { violations.isEmpty }

  /// "Within N working days of D": due on the N-th working day after D.
  static func after(
    _ period: DeadlinePeriod, _ cited: Cited<Period>, dates: EventDates, calendar: WorkingCalendar
  ) -> PeriodCheck {
    let start = dates.date(of: cited.value.from)
    let given = dates.date(closing: period, from: cited.value.from)
    let count = start.map { calendar.count(cited.value.workingDays, workingDaysAfter: $0) }
    let status: PeriodCheck.Status =
      switch (count, given) {
      case (nil, _): .notComputed
      case (_, nil): .notGiven
      case (let count?, let given?):
        given < count.start ? .beforeStart : given <= count.end ? .met : .missed
      }
    // The one reading of a period's start the tool can weigh: counted from the approval, a
    // missed period is missed from the earlier sitting too; counted from the sitting for want of
    // an approval date, it might have been met from the approval.
    let everyReading = cited.value.from == .approval && dates.approved != nil
    return PeriodCheck(
      period: period, clause: cited.clause, note: cited.note, source: cited.source,
      breaksEveryReading: everyReading, workingDays: cited.value.workingDays,
      from: cited.value.from, fromDate: start, due: count?.end, given: given, status: status,
      count: count)
  }

  /// 000 ¶62, 001 ¶56, 004 ¶29: notice N working days before the sitting. Read `.atLeast`, it is
  /// due by the N-th working day before the sitting; read `.within`, it falls between that day
  /// and the eve of the sitting. Either way a notice on the sitting's day or later is late.
  static func notice(
    _ cited: Cited<NoticePeriod>, dates: EventDates, calendar: WorkingCalendar
  ) -> PeriodCheck {
    let reading = cited.value.reading
    let count = dates.sitting.map { calendar.count(cited.value.workingDays, workingDaysBefore: $0) }
    let earliest = reading == .within ? count?.end : nil
    let due = reading == .within ? dates.sitting?.adding(days: -1) : count?.end
    let status: PeriodCheck.Status
    switch (due, dates.noticed) {
    case (nil, _): status = .notComputed
    case (_, nil): status = .notGiven
    case (let due?, let given?):
      if given > due {
        status = .missed
      } else if let earliest, given < earliest {
        status = .early
      } else {
        status = .met
      }
    }
    // A notice on the sitting's day or later is late under both readings.
    let everyReading = dates.noticed.flatMap { day in dates.sitting.map { day >= $0 } } ?? false
    return PeriodCheck(
      period: .notice, clause: cited.clause, note: cited.note, source: cited.source,
      breaksEveryReading: everyReading, workingDays: cited.value.workingDays,
      from: .sitting, fromDate: dates.sitting, reading: reading, earliest: earliest, due: due,
      given: dates.noticed, status: status, count: count)
  }
}
