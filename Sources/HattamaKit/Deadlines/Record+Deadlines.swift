// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
extension Record {
  /// Every `deadline.*` finding of SPEC for this record under its body's rules.
  ///
  /// The periods that start or end with a case's own familiarisation or application
  /// (application, decision, session) are checked for each case on its own, against that case's
  /// dates: each disputant applied on their own day, and the official's decision and the sitting
  /// must come within the period of every application they answer. The notice, posting and
  /// appeal are checked once for the record. A missing date leaves its period unchecked.
  /// A commission's familiarisation with the final result (`outcomes[].familiarizedOn`) and
  /// its appeal run from the approval, else the sitting (000 ¶72–¶75, 004 ¶39–¶43).
  ///
  /// - Parameters:
  ///   - rules: the rules of the body that sat, `methodology.rules(for: record.kind)`.
  ///   - calendar: the working-day calendar to count in.
  /// - Returns: one finding per missed period (per case where it is per case), each citing the
  ///   period's clause.
  public func deadlineFindings(under rules: BodyRules, calendar: WorkingCalendar) -> [Finding] {
    let shared = EventDates(
      decided: composition?.approvedOn, noticed: sitting?.noticeOn, sitting: sitting?.date,
      signed: signing?.signedOn, approved: signing?.approvedOn, posted: signing?.postedOn,
      appealed: appeal?.filedOn)
    var findings: [Finding] = []
    for item in cases {
      var dates = shared
      dates.familiarized = item.familiarizedOn
      dates.applied = item.appliedOn
      dates.informed = outcomes?.first { $0.caseID == item.id }?.familiarizedOn
      let report = DeadlineReport(periods: rules.periods, dates: dates, calendar: calendar)
      findings += report.checks.filter(\.period.isPerCase).compactMap {
        $0.finding(subject: item.id)
      }
    }
    let report = DeadlineReport(periods: rules.periods, dates: shared, calendar: calendar)
    findings += report.checks.filter { !$0.period.isPerCase }.compactMap {
      $0.finding(subject: nil)
    }
    return findings
  }
}

extension PeriodCheck {
  /// The finding for a missed period, or `nil` when it was met, not given, or has no code.
  ///
  /// - Parameter subject: the case id for a per-case period; `nil` for the record as a whole.
  ///
  /// - Returns: the finding, with the period's severity, or `nil`.
  public func finding(subject: CaseID?) -> Finding? {
    guard status.isViolation, let code = period.findingCode else { return nil }
    return Finding(
      code, severity: source.severity(underEveryReading: breaksEveryReading), clause: clause,
      subject: subject ?? "record", message: message(case: subject))
  }

  /// The finding's sentence: `Case c1: the application of 2025-10-24 came after the deadline
  /// 2025-10-21 (5 working days from familiarisation on 2025-10-14, 002 ¶11).`
  ///
  /// - Parameter id: the case id, or `nil` for the record as a whole.
  /// - Returns: the sentence, with the given day, the due day, the period and its clause.
  public func message(case id: CaseID?) -> String {
    let given = self.given.map(String.init(describing:)) ?? "?"
    let event: String =
      switch period {
      case .familiarization: "the familiarisation on \(given)"
      case .application: "the application of \(given)"
      case .decision: "the decision of \(given) approving the composition"
      case .session: "the sitting of \(given)"
      case .notice: "the notice of \(given)"
      case .posting: "the posting of the protocol on \(given)"
      case .appeal: "the appeal of \(given)"
      }
    let from = fromDate.map(String.init(describing:)) ?? "?"
    let due = self.due.map(String.init(describing:)) ?? "?"
    var context = "\(rule) on \(from), \(clause)"
    if let force = source.phrase(breaksEveryReading: breaksEveryReading) { context += "; \(force.en)" }
    if isEstimated { context += "; the count relies on an estimated holiday date" }
    if !uncoveredYears.isEmpty {
      let years = uncoveredYears.map(String.init).joined(separator: ", ")
      context += "; the calendar has no transfer data for \(years)"
    }
    let what: String
    if status == .early, let earliest {
      what = "\(event) came before \(earliest), the first day of the notice window"
    } else if period == .notice, reading == .within {
      what = "\(event) came on or after the day of the sitting"
    } else {
      what = "\(event) came after the deadline \(due)"
    }
    if let id { return "Case \(id): \(what) (\(context))." }
    return what.prefix(1).uppercased() + what.dropFirst() + " (\(context))."
  }
}
