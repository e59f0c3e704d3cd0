/// The periods of a methodology, each counted in working days and carrying its clause.
///
/// A period "within N working days of D" ends on the N-th working day after D; the day of the
/// event itself does not count (DOMAIN.md, "What the texts leave open").
public struct Periods: Sendable, Equatable {
  /// From familiarisation to the application (002 ¶11, 000 ¶18).
  public var application: Cited<Period>?
  /// From the application to the decision approving the composition (002 ¶20, 000 ¶44).
  public var decision: Cited<Period>?
  /// From the application to the sitting (002 ¶21, 000 ¶45).
  public var session: Cited<Period>?
  /// From signing to posting in the information system (002 ¶23, 000 ¶47).
  public var posting: Cited<Period>?
  /// Notice to the evaluators before the sitting (000 ¶62, 004 ¶29).
  public var notice: Cited<NoticePeriod>?
  /// From the end of the evaluation to familiarisation (000 ¶17, ¶73, 004 ¶40).
  public var familiarization: Cited<Period>?
  /// From the decision to the appeal (000 ¶75, 001 ¶69, 004 ¶43).
  public var appeal: Cited<Period>?

  /// A methodology's periods; a period it does not set is `nil` and is not checked.
  public init(
    application: Cited<Period>? = nil, decision: Cited<Period>? = nil,
    session: Cited<Period>? = nil, posting: Cited<Period>? = nil,
    notice: Cited<NoticePeriod>? = nil, familiarization: Cited<Period>? = nil,
    appeal: Cited<Period>? = nil
  ) {
    self.application = application
    self.decision = decision
    self.session = session
    self.posting = posting
    self.notice = notice
    self.familiarization = familiarization
    self.appeal = appeal
  }
}

/// "Within N working days of" an event.
public struct Period: Sendable, Equatable {
  /// N: how many working days the period lasts.
  public var workingDays: Int
  /// The event the N working days are counted after.
  public var from: PeriodStart

  /// A period of `workingDays` after the event `from`.
  public init(workingDays: Int, from: PeriodStart) {
    self.workingDays = workingDays
    self.from = from
  }
}

/// The event a period runs from.
public enum PeriodStart: String, CaseIterable, Sendable, Codable {
  /// The end of the evaluation: familiarisation follows within 2 working days (000 ¶17).
  case evaluationEnd = "evaluation-end"
  /// The employee's familiarisation with the result: the application follows (002 ¶11, 000 ¶18).
  case familiarization
  /// The application's receipt: the decision and the session follow (002 ¶20–¶21, 000 ¶44–¶45).
  case application
  /// The commission's decision (000 ¶75 «шешім шыққан күннен»): the appeal follows.
  case decision
  /// The day of the sitting.
  case sitting
  /// The protocol's signing: its posting follows (002 ¶23, 000 ¶47).
  case signing
  /// The authorized person's approval of a commission's results (`protocol.approvedOn`), which
  /// completes the decision (000 ¶72, 004 ¶39); the sitting where no approval is recorded.
  case approval
}

/// Notice of a sitting, N working days before it.
public struct NoticePeriod: Sendable, Equatable {
  /// N: 3 working days (000 ¶62, 001 ¶56), 7 in 004 ¶29.
  public var workingDays: Int
  /// Whether notice must come at least N working days before, or within the N before.
  public var reading: NoticeReading

  /// A notice period of `workingDays`, read as `reading`.
  public init(workingDays: Int, reading: NoticeReading) {
    self.workingDays = workingDays
    self.reading = reading
  }
}

/// How "N working days before the sitting" is read (DOMAIN.md, "What the texts leave open").
/// Either way a notice on the sitting's day or later is late.
public enum NoticeReading: String, CaseIterable, Sendable, Codable {
  /// Given on or before the N-th working day before the sitting.
  case atLeast = "at-least"
  /// Given within the N working days before the sitting.
  case within
}

extension NoticeReading {
  /// The reading in the reader's words; its English text is the methodology file's name.
  public var name: Phrase {
    switch self {
    case .atLeast: Phrase(kk: "кемінде", ru: "не менее", en: rawValue)
    case .within: Phrase(kk: "осы күндер ішінде", ru: "в пределах этих дней", en: rawValue)
    }
  }
}
