/// One problem a check found: data the caller collects, never an error that stops the check.
public struct Finding: Sendable, Equatable {
  public var code: FindingCode
  public var severity: Severity
  /// The clause the rule comes from: `"002 ¶20"`.
  public var clause: String
  /// Whom or what it concerns: a person, case or motion id, or the record.
  public var subject: String
  /// One sentence in the user's words, in each interface language.
  public var message: Phrase

  /// - Parameter severity: the force of the rule that was broken (``Cited/severity(underEveryReading:)``);
  ///   the code's own severity when not given.
  public init(
    _ code: FindingCode, severity: Severity? = nil, clause: String, subject: String,
    message: Phrase
  ) {
    self.code = code
    self.severity = severity ?? code.severity
    self.clause = clause
    self.subject = subject
    self.message = message
  }
}

public enum Severity: String, Sendable, Codable {
  case violation
  case warning
}

/// The stable finding codes of SPEC.md.
public enum FindingCode: String, CaseIterable, Sendable, Codable {
  case compositionEven = "composition.even"
  case compositionTooSmall = "composition.too-small"
  case compositionDisputantMember = "composition.disputant-member"
  case compositionEvaluatorMember = "composition.evaluator-member"
  case compositionNoHRMember = "composition.no-hr-member"
  case compositionSecretaryMember = "composition.secretary-member"
  case compositionSecretaryNotHR = "composition.secretary-not-hr"
  case compositionChairNotMember = "composition.chair-not-member"
  case compositionUnknownPerson = "composition.unknown-person"
  case quorumNotMet = "quorum.not-met"
  case voteNotMember = "vote.not-member"
  case voteSecretary = "vote.secretary"
  case voteAbsent = "vote.absent"
  case voteRecused = "vote.recused"
  case voteDuplicate = "vote.duplicate"
  case voteMissing = "vote.missing"
  case resultMismatch = "result.mismatch"
  case resultTieUnresolved = "result.tie-unresolved"
  case outcomeMismatch = "outcome.mismatch"
  case outcomeUndecided = "outcome.undecided"
  case scoreOutOfRange = "score.out-of-range"
  case scorePrecision = "score.precision"
  case scoreCapExceeded = "score.cap-exceeded"
  case deadlineApplication = "deadline.application"
  case deadlineDecision = "deadline.decision"
  case deadlineSession = "deadline.session"
  case deadlinePosting = "deadline.posting"
  case deadlineNotice = "deadline.notice"
  case deadlineAppeal = "deadline.appeal"
  case deadlineFamiliarization = "deadline.familiarization"
  case protocolUnsigned = "protocol.unsigned"
  case protocolNotApproved = "protocol.not-approved"
  case methodologyUnknown = "methodology.unknown"
  case methodologyNotInForce = "methodology.not-in-force"
  case methodologyKindUnsupported = "methodology.kind-unsupported"
  case journalTampered = "journal.tampered"
  case journalTorn = "journal.torn"
  case motionProposer = "motion.proposer"
  case resultCategoryMismatch = "result.category-mismatch"
  case competencyMismatch = "competency.mismatch"
  case datesOrder = "dates.order"

  public var severity: Severity {
    switch self {
    case .voteMissing, .journalTorn: .warning
    default: .violation
    }
  }
}
