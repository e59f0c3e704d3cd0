/// The days on which one application of a wave may be heard: from the first working day after
/// it was received to the last day of the session period (002 ¶21, 000 ¶45: within 10 working
/// days of the application; the day of receipt does not count), while the methodology is
/// certainly in force. A body whose rules set no session period (a commission's) has no last day.
///
/// The official's decision approving the composition has its own window (002 ¶20, 000 ¶44:
/// within 3 working days of the application, from the day of receipt, on a working day): one
/// sitting's composition has one approval day, which must fall in every one of its cases'.
struct CaseWindow: Equatable {
  var first: Day
  var last: Day?
  /// The first working day the composition may be approved for this case: the application's.
  var approvalFirst: Day
  /// The last, where the rules set a decision period.
  var approvalLast: Day?

  /// The window of a case, or why it has none.
  static func of(
    _ reviewed: Case, rules: BodyRules, methodology: Methodology, calendar: WorkingCalendar
  ) -> Result<CaseWindow, Unplaced.Reason> {
    guard let applied = reviewed.appliedOn else { return .failure(.noApplication) }
    var first = calendar.workingDay(1, after: applied)
    var last = rules.periods.session.map {
      calendar.workingDay($0.value.workingDays, after: applied)
    }
    // Only days the methodology certainly governs: inside a validity window the sitting would
    // rest on an assumption (a warning, SPEC "The force of a rule").
    let from = methodology.validFrom.value.latest
    if first < from { first = calendar.workingDay(1, after: from.adding(days: -1)) }
    if let through = methodology.validThrough?.value.earliest, last.map({ $0 > through }) ?? true {
      last = through
    }
    if let last, first > last {
      return .failure(
        .noLawfulDay(
          first: first, last: last,
          clause: rules.periods.session?.clause, validThrough: methodology.validThrough?.clause))
    }
    let approvalFirst =
      calendar.isWorkingDay(applied) ? applied : calendar.workingDay(1, after: applied)
    let approvalLast = rules.periods.decision.map {
      calendar.workingDay($0.value.workingDays, after: applied)
    }
    return .success(
      CaseWindow(
        first: first, last: last, approvalFirst: approvalFirst, approvalLast: approvalLast))
  }

  /// The days common to several windows, or `nil` when they share none: no sitting day, or no
  /// approval day.
  static func common(_ windows: [CaseWindow]) -> CaseWindow? {
    guard let first = windows.map(\.first).max(),
      let approvalFirst = windows.map(\.approvalFirst).max()
    else { return nil }
    let last = windows.compactMap(\.last).min()
    let approvalLast = windows.compactMap(\.approvalLast).min()
    if let last, first > last { return nil }
    if let approvalLast, approvalFirst > approvalLast { return nil }
    // The sitting comes on or after the approval (it is held on the official's decision).
    let sitting = max(first, approvalFirst)
    if let last, sitting > last { return nil }
    return CaseWindow(
      first: sitting, last: last, approvalFirst: approvalFirst, approvalLast: approvalLast)
  }
}

/// A case of a wave that no lawful sitting can hear, and why.
public struct Unplaced: Sendable, Equatable {
  /// The case left out of every sitting.
  public var caseID: CaseID
  /// Why no sitting can hear it.
  public var reason: Reason

  package init(caseID: CaseID, reason: Reason) {
    self.caseID = caseID
    self.reason = reason
  }

  /// Why a case cannot be placed.
  public enum Reason: Error, Sendable, Equatable, CustomStringConvertible {
    /// The case has no `appliedOn`, from which its period runs.
    case noApplication
    /// No working day lies in its period while the methodology is certainly in force.
    case noLawfulDay(first: Day, last: Day, clause: Citation?, validThrough: Citation?)
    /// No roster keeps the composition rules once its employee and evaluators are left out.
    case noRoster(Phrase)
    /// The sitting planned for it failed a check (a finding's message).
    case failedCheck(Phrase)

    /// The reason in English, for logs and debugging; people read ``phrase``.
    public var description: String { phrase.en }

    /// Why, in each language.
    public var phrase: Phrase {
      switch self {
      case .noApplication:
        Phrase(
          kk: "онда мерзімі басталатын 'appliedOn' жоқ",
          ru: "в нём нет 'appliedOn', от которого отсчитывается срок",
          en: "it has no 'appliedOn', from which its period runs")
      case .noLawfulDay(let first, let last, let clause, let validThrough):
        Phrase(
          kk: "\(first) – \(last) аралығында оның мерзіміне түсетін жұмыс күні жоқ",
          ru: "с \(first) по \(last) нет рабочего дня в пределах его срока",
          en: "no working day from \(first) to \(last) is within its period")
          + (clause?.phrase.map { " (\($0))" } ?? Phrase(verbatim: ""))
          + (validThrough.map {
            Phrase(
              kk: ", әдістеме анық қолданыста болатын кезде (\($0.phrase.kk))",
              ru: ", пока методика точно действует (\($0.phrase.ru))",
              en: " while the methodology is certainly in force (\($0.phrase.en))")
          } ?? Phrase(verbatim: ""))
      case .noRoster(let why): why
      case .failedCheck(let message): message
      }
    }
  }
}
