/// The days the events of a calibration session or commission took place, as far as known.
///
/// The periods run between them: `hattama deadlines` fills them from its flags, the audit from a
/// record (one set per case, since each case has its own familiarisation and application).
public struct EventDates: Sendable, Equatable {
  /// The evaluation ended (the start of 000 ¶17's familiarisation period).
  public var evaluationEnded: Day?
  /// The employee was familiarised with the result (`cases[].familiarizedOn`).
  public var familiarized: Day?
  /// The application for a calibration session was received (`cases[].appliedOn`).
  public var applied: Day?
  /// The official decided to hold the session and approved its composition
  /// (`composition.approvedOn`).
  public var decided: Day?
  /// The evaluators were notified of the sitting (`sitting.noticeOn`).
  public var noticed: Day?
  /// The sitting (`sitting.date`); a commission's decision is taken at it.
  public var sitting: Day?
  /// The protocol was signed (`protocol.signedOn`).
  public var signed: Day?
  /// The authorized person approved a commission's results (`protocol.approvedOn`, 000 ¶72,
  /// 004 ¶39).
  public var approved: Day?
  /// The employee was familiarised with the final result (`outcomes[].familiarizedOn`, 000 ¶73,
  /// 004 ¶40).
  public var informed: Day?
  /// The protocol was posted to the information system (`protocol.postedOn`).
  public var posted: Day?
  /// The appeal was filed (`appeal.filedOn`).
  public var appealed: Day?

  /// The dates of a sitting's events; any may be unknown.
  public init(
    evaluationEnded: Day? = nil, familiarized: Day? = nil, applied: Day? = nil,
    decided: Day? = nil, noticed: Day? = nil, sitting: Day? = nil, signed: Day? = nil,
    approved: Day? = nil, informed: Day? = nil, posted: Day? = nil, appealed: Day? = nil
  ) {
    self.evaluationEnded = evaluationEnded
    self.familiarized = familiarized
    self.applied = applied
    self.decided = decided
    self.noticed = noticed
    self.sitting = sitting
    self.signed = signed
    self.approved = approved
    self.informed = informed
    self.posted = posted
    self.appealed = appealed
  }

  /// The day of the event a period runs from.
  ///
  /// - Parameter start: the event a period runs from.
  /// - Returns: its day, or `nil` when not given; the approval falls back to the sitting.
  public func date(of start: PeriodStart) -> Day? {
    switch start {
    case .evaluationEnd: evaluationEnded
    case .familiarization: familiarized
    case .application: applied
    case .decision: decided
    case .sitting: sitting
    case .signing: signed
    // The decision is complete with the approval; without one recorded, with the sitting.
    case .approval: approved ?? sitting
    }
  }

  /// The day of the event a period's deadline applies to: the application for `.application`,
  /// the sitting for `.session`, the notice for `.notice`. Familiarisation counted from the end
  /// of the evaluation (000 ¶17) closes with `familiarized`; counted from a commission's
  /// decision (000 ¶73, 004 ¶40), with the familiarisation with its result, `informed`.
  ///
  /// - Parameters:
  ///   - period: the period whose closing event is asked for.
  ///   - start: the event the period runs from, which decides familiarisation's closing event.
  /// - Returns: the day of the event that must fall within the period, or `nil`.
  public func date(closing period: DeadlinePeriod, from start: PeriodStart? = nil) -> Day? {
    switch period {
    case .familiarization: start == .evaluationEnd || start == nil ? familiarized : informed
    case .application: applied
    case .decision: decided
    case .session: sitting
    case .notice: noticed
    case .posting: posted
    case .appeal: appealed
    }
  }
}

extension PeriodStart {
  /// The event in a sentence: "5 working days from *familiarisation* on 2025-10-14" — in
  /// Kazakh with the ablative (…бастап) and the dative (…дейін), in Russian the genitive
  /// (с …, до …).
  var phrase: (kkFrom: String, kkTo: String, ru: String, en: String) {
    switch self {
    case .evaluationEnd:
      (
        kkFrom: "бағалау аяқталғаннан", kkTo: "бағалау аяқталғанға", ru: "окончания оценки",
        en: "the end of the evaluation"
      )
    case .familiarization:
      (kkFrom: "таныстырудан", kkTo: "таныстыруға", ru: "ознакомления", en: "familiarisation")
    case .application:
      (kkFrom: "өтініштен", kkTo: "өтінішке", ru: "подачи заявления", en: "the application")
    case .decision: (kkFrom: "шешімнен", kkTo: "шешімге", ru: "решения", en: "the decision")
    case .sitting: (kkFrom: "отырыстан", kkTo: "отырысқа", ru: "заседания", en: "the sitting")
    case .signing: (kkFrom: "қол қоюдан", kkTo: "қол қоюға", ru: "подписания", en: "signing")
    case .approval: (kkFrom: "бекітуден", kkTo: "бекітуге", ru: "утверждения", en: "the approval")
    }
  }
}
