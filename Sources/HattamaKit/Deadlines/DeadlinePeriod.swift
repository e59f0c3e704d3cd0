/// One of the periods a methodology counts in working days (``Periods``).
public enum DeadlinePeriod: String, CaseIterable, Sendable, Codable {
  /// From the end of the evaluation (or the commission's sitting) to familiarisation
  /// (000 ¶17, ¶73; 001 ¶67; 004 ¶40).
  case familiarization
  /// From familiarisation to the application for a calibration session (002 ¶11, 000 ¶18).
  case application
  /// From the application to the decision approving the composition (002 ¶20, 000 ¶44).
  case decision
  /// From the application to the sitting (002 ¶21, 000 ¶45).
  case session
  /// Notice to the evaluators before the sitting (000 ¶62, 001 ¶56, 004 ¶29).
  case notice
  /// From signing to posting the protocol in the information system (002 ¶23, 000 ¶47).
  case posting
  /// From the decision to the appeal (000 ¶75, 001 ¶69, 004 ¶43).
  case appeal

  /// The finding SPEC gives a missed period.
  public var findingCode: FindingCode? {
    switch self {
    case .familiarization: .deadlineFamiliarization
    case .application: .deadlineApplication
    case .decision: .deadlineDecision
    case .session: .deadlineSession
    case .notice: .deadlineNotice
    case .posting: .deadlinePosting
    case .appeal: .deadlineAppeal
    }
  }

  /// The period as a table shows it: `application`, `familiarisation`.
  public var title: Phrase {
    switch self {
    case .familiarization: Phrase(kk: "таныстыру", ru: "ознакомление", en: "familiarisation")
    case .application: Phrase(kk: "өтініш", ru: "заявление", en: "application")
    case .decision: Phrase(kk: "шешім", ru: "решение", en: "decision")
    case .session: Phrase(kk: "сессия", ru: "сессия", en: "session")
    case .notice: Phrase(kk: "хабарлама", ru: "уведомление", en: "notice")
    case .posting: Phrase(kk: "орналастыру", ru: "размещение", en: "posting")
    case .appeal: Phrase(kk: "шағымдану", ru: "обжалование", en: "appeal")
    }
  }

  /// Whether the period concerns each case on its own (it starts or ends with a case's own
  /// familiarisation or application) rather than the sitting as a whole.
  var isPerCase: Bool {
    switch self {
    case .familiarization, .application, .decision, .session: true
    case .notice, .posting, .appeal: false
    }
  }

  /// The methodology's value of this period, with its clause, if it sets one.
  func period(in periods: Periods) -> Cited<Period>? {
    switch self {
    case .familiarization: periods.familiarization
    case .application: periods.application
    case .decision: periods.decision
    case .session: periods.session
    case .posting: periods.posting
    case .appeal: periods.appeal
    case .notice: nil
    }
  }
}
