/// One period worked out: when it ran from, when it was due, and whether the given day met it.
public struct PeriodCheck: Sendable, Equatable {
  /// Whether the given day met the period.
  public enum Status: String, CaseIterable, Sendable, Codable {
    /// On or before the due day (within the window, for a notice read `.within`).
    case met
    /// After the due day; a notice on the sitting's day or later.
    case missed
    /// A notice before the window of a `.within` reading opened.
    case early = "too-early"
    /// The given day comes before the day the period runs from: not late, but likely a wrong
    /// date (an application before familiarisation), so it is shown rather than called met.
    case beforeStart = "before-start"
    /// The due day is known, the day of the event is not.
    case notGiven = "not-given"
    /// The day the period runs from is not known, so neither is the due day.
    case notComputed = "not-computed"

    /// Whether the status is a violation of the period.
    public var isViolation: Bool { self == .missed || self == .early }
  }

  /// Which period: application, decision, session, posting, notice, familiarisation or appeal.
  public var period: DeadlinePeriod
  /// `"002 ¶11"`.
  public var clause: Citation
  /// The methodology's note where the value is its documented choice.
  public var note: Phrase?
  /// Where the period comes from: the text, an analogy, or a reading (SPEC, "The force of a
  /// rule").
  public var source: RuleSource
  /// The given day breaks the period under every reading the text allows, not only the chosen
  /// one: a notice on the sitting's day; a commission's period missed though counted from the
  /// approval, the latest event it may run from.
  public var breaksEveryReading: Bool
  /// N: the period's length in working days.
  public var workingDays: Int
  /// The event the period runs from; for a notice, the sitting it counts back from.
  public var from: PeriodStart
  /// The day of the event it runs from, if known.
  public var fromDate: Day?
  /// How a notice period is read; `nil` for the other periods.
  public var reading: NoticeReading?
  /// The first day of a notice window read `.within`.
  public var earliest: Day?
  /// The last day that meets the period.
  public var due: Day?
  /// The day the event took place, if given.
  public var given: Day?
  /// Met, missed, too early, before its start, not given, or not computed.
  public var status: Status
  /// The count of working days behind `due` (behind `earliest` or `due` for a notice): the
  /// non-working days it skipped, whether it rests on an estimated date or an uncovered year.
  public var count: WorkingDayCount?

  package init(
    period: DeadlinePeriod, clause: Citation, note: Phrase? = nil, source: RuleSource = .text,
    breaksEveryReading: Bool = true, workingDays: Int,
    from: PeriodStart, fromDate: Day?, reading: NoticeReading? = nil, earliest: Day? = nil,
    due: Day?, given: Day?, status: Status, count: WorkingDayCount?
  ) {
    self.period = period
    self.clause = clause
    self.note = note
    self.source = source
    self.breaksEveryReading = breaksEveryReading
    self.workingDays = workingDays
    self.from = from
    self.fromDate = fromDate
    self.reading = reading
    self.earliest = earliest
    self.due = due
    self.given = given
    self.status = status
    self.count = count
  }

  /// The non-working days between the start and the due day (the window, for a notice).
  public var skipped: [CalendarDay] { count?.skipped ?? [] }

  /// Whether the due day rests on an estimated date (a future Kurban Ait).
  public var isEstimated: Bool { count?.isEstimated ?? false }

  /// The years the count went through that the calendar data does not cover.
  public var uncoveredYears: [Int] { count?.uncoveredYears ?? [] }

  /// "5 working days from familiarisation", "at least 3 working days before the sitting".
  public var rule: Phrase { rule(on: nil) }

  /// The rule with the day its event took place: "5 working days from familiarisation on
  /// 2025-10-14" (Kazakh and Russian put the day beside the event: «таныстырудан (2025-10-14)
  /// бастап»).
  func rule(on day: String?) -> Phrase {
    let plural = workingDays == 1 ? "" : "s"
    let days = Phrase(
      kk: "\(workingDays) жұмыс күні",
      ru: Phrase.counted(
        workingDays, kk: "", ru: ("рабочий день", "рабочих дня", "рабочих дней"), en: ("", "")
      ).ru,
      en: "\(workingDays) working day" + plural)
    let within = Phrase.counted(
      workingDays, kk: "", ru: ("рабочего дня", "рабочих дней", "рабочих дней"), en: ("", ""))
    let (start, on) = (from.phrase, day.map { " (\($0))" } ?? "")
    let enOn = day.map { " on \($0)" } ?? ""
    return switch reading {
    case .atLeast:
      Phrase(
        kk: "\(start.kkTo)\(on) дейін кемінде \(days.kk)",
        ru: "не менее чем за \(days.ru) до \(start.ru)\(on)",
        en: "at least \(days.en) before \(start.en)\(enOn)")
    case .within:
      Phrase(
        kk: "\(start.kkTo)\(on) дейінгі \(days.kk) ішінде",
        ru: "в течение \(within.ru) до \(start.ru)\(on)",
        en: "within the \(days.en) before \(start.en)\(enOn)")
    case nil:
      Phrase(
        kk: "\(start.kkFrom)\(on) бастап \(days.kk)", ru: "\(days.ru) с \(start.ru)\(on)",
        en: "\(days.en) from \(start.en)\(enOn)")
    }
  }
}
