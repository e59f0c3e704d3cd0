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
    let outcomes = firstOutcomes
    for item in cases {
      var dates = shared
      dates.familiarized = item.familiarizedOn
      dates.applied = item.appliedOn
      dates.informed = outcomes[item.id]?.familiarizedOn
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
  /// - Parameter id: The case the period belongs to, or `nil` for the sitting's own periods.
  /// - Returns: The sentence in each language.
  public func message(case id: CaseID?) -> Phrase {
    let event = self.event
    let what: Phrase
    if status == .early, let earliest {
      what = Phrase(
        kk: "\(event.kk) хабарлама мерзімі басталғанға дейін болды (оның бірінші күні — "
          + "\(earliest))",
        ru: "\(event.ru) — раньше \(earliest), первого дня срока уведомления",
        en: "\(event.en) came before \(earliest), the first day of the notice window")
    } else if period == .notice, reading == .within {
      what = Phrase(
        kk: "\(event.kk) отырыс күні немесе одан кейін болды",
        ru: "\(event.ru) — в день заседания или позже",
        en: "\(event.en) came on or after the day of the sitting")
    } else {
      let due = self.due.map(String.init(describing:)) ?? "?"
      what = Phrase(
        kk: "\(event.kk) \(due) мерзімінен кейін болды", ru: "\(event.ru) — позже срока \(due)",
        en: "\(event.en) came after the deadline \(due)")
    }
    let sentence = what + Phrase(verbatim: " (") + context + Phrase(verbatim: ").")
    guard let id else { return sentence.capitalized }
    return Phrase(kk: "\(id) ісі: ", ru: "Дело \(id): ", en: "Case \(id): ") + sentence
  }

  /// "the application of 2025-10-24": the event the period bounds, on its given day.
  private var event: Phrase {
    let given = self.given.map(String.init(describing:)) ?? "?"
    return switch period {
    case .familiarization:
      Phrase(
        kk: "таныстыру (\(given))", ru: "ознакомление (\(given))",
        en: "the familiarisation on \(given)")
    case .application:
      Phrase(kk: "өтініш (\(given))", ru: "заявление (\(given))", en: "the application of \(given)")
    case .decision:
      Phrase(
        kk: "құрамды бекіту туралы шешім (\(given))",
        ru: "решение об утверждении состава (\(given))",
        en: "the decision of \(given) approving the composition")
    case .session:
      Phrase(kk: "отырыс (\(given))", ru: "заседание (\(given))", en: "the sitting of \(given)")
    case .notice:
      Phrase(kk: "хабарлама (\(given))", ru: "уведомление (\(given))", en: "the notice of \(given)")
    case .posting:
      Phrase(
        kk: "хаттаманы орналастыру (\(given))", ru: "размещение протокола (\(given))",
        en: "the posting of the protocol on \(given)")
    case .appeal:
      Phrase(kk: "шағым (\(given))", ru: "жалоба (\(given))", en: "the appeal of \(given)")
    }
  }

  /// "5 working days from familiarisation on 2025-10-14, 002 ¶11", with what the count rests on.
  private var context: Phrase {
    var context =
      rule(on: fromDate.map(String.init(describing:)) ?? "?")
      + clause.phrase.map { ", \($0)" }
    if let force = source.phrase(breaksEveryReading: breaksEveryReading) {
      context = context + Phrase(verbatim: "; ") + force
    }
    if isEstimated {
      context =
        context
        + Phrase(
          kk: "; есеп мерекенің болжамды күніне сүйенеді",
          ru: "; расчёт опирается на предполагаемую дату праздника",
          en: "; the count relies on an estimated holiday date")
    }
    if !uncoveredYears.isEmpty {
      let years = uncoveredYears.map(String.init).joined(separator: ", ")
      context =
        context
        + Phrase(
          kk: "; күнтізбеде \(years) жылдарына арналған ауыстыру деректері жоқ",
          ru: "; в календаре нет данных о переносах за \(years)",
          en: "; the calendar has no transfer data for \(years)")
    }
    return context
  }
}
