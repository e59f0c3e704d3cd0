/// One problem a check found: data the caller collects, never an error that stops the check.
public struct Finding: Sendable, Equatable {
  /// Which rule was broken: one of SPEC's stable codes, the same in every language.
  public var code: FindingCode
  /// How much it weighs: a breach of the text is a violation; of a rule borrowed by analogy or of
  /// one reading of an ambiguous text, a warning (SPEC, "The force of a rule").
  public var severity: Severity
  /// The clause the rule comes from: `"002 ¶20"`; its canonical form in the JSON, the reader's
  /// language in a text.
  public var clause: Citation
  /// Whom or what it concerns: a person, case or motion id, or the record.
  public var subject: String
  /// One sentence in the user's words, in each interface language.
  public var message: Phrase

  /// A finding of `code` about `subject`.
  ///
  /// - Parameters:
  ///   - code: the rule that was broken.
  ///   - severity: the force of the rule that was broken (``Cited/severity(underEveryReading:)``);
  ///     the code's own severity when not given.
  ///   - clause: where the rule comes from, `"002 ¶20"`.
  ///   - subject: the person, case or motion id it concerns, or `"record"`.
  ///   - message: one sentence that says what is wrong, without advice on what to type.
  public init(
    _ code: FindingCode, severity: Severity? = nil, clause: Citation, subject: String,
    message: Phrase
  ) {
    self.code = code
    self.severity = severity ?? code.severity
    self.clause = clause
    self.subject = subject
    self.message = message
  }
}

/// The force of a finding: whether it blocks (a violation: exit 1, the live recorder refuses it)
/// or only warns.
public enum Severity: String, Sendable, Codable {
  /// A breach of the methodology's own text, or of every reading the tool can weigh: the record
  /// breaks the law, `audit` exits 1 and `protocol` refuses to write it but as a draft.
  case violation
  /// A breach of a rule borrowed by analogy, of one reading of an ambiguous text, or a fact worth
  /// a look (a missing vote, a torn journal): reported, but the record stands.
  case warning
}

/// The stable finding codes of SPEC.md.
public enum FindingCode: String, CaseIterable, Sendable, Codable {
  /// An even number of members where the methodology requires an odd one (002 ¶20).
  case compositionEven = "composition.even"
  /// Fewer members than the methodology's minimum: three (002 ¶20), five in 004 ¶5.
  case compositionTooSmall = "composition.too-small"
  /// The employee who disputes the score sits as a member (002 ¶20).
  case compositionDisputantMember = "composition.disputant-member"
  /// The evaluator of a case under review sits as a member (002 ¶20).
  case compositionEvaluatorMember = "composition.evaluator-member"
  /// No HR employee among the voting members where the methodology requires one (002 ¶20).
  case compositionNoHRMember = "composition.no-hr-member"
  /// The secretary is also a voting member; the secretary does not vote (000 ¶67, 001 ¶61,
  /// 004 ¶34).
  case compositionSecretaryMember = "composition.secretary-member"
  /// The secretary is not an HR employee (000 ¶67).
  case compositionSecretaryNotHR = "composition.secretary-not-hr"
  /// The chair is missing where the methodology requires one, or is not among the members.
  case compositionChairNotMember = "composition.chair-not-member"
  /// The composition names an id that the record's `people` does not define.
  case compositionUnknownPerson = "composition.unknown-person"
  /// Fewer present than the quorum, two thirds of the composition (000 ¶63, 001 ¶57, 004 ¶30).
  case quorumNotMet = "quorum.not-met"
  /// A vote by someone who is not a member of the composition: it does not count.
  case voteNotMember = "vote.not-member"
  /// A vote by the secretary, who does not vote (000 ¶67): it does not count.
  case voteSecretary = "vote.secretary"
  /// A vote by a member absent from the motion's roll: it does not count.
  case voteAbsent = "vote.absent"
  /// A vote by a member recused from the case (its employee or evaluator, 002 ¶20): it does not
  /// count.
  case voteRecused = "vote.recused"
  /// A second vote by the same member on one motion: only the first counts.
  case voteDuplicate = "vote.duplicate"
  /// A present, eligible member did not vote on a motion (a warning).
  case voteMissing = "vote.missing"
  /// A motion's recorded result differs from what its counted votes give under the majority base.
  case resultMismatch = "result.mismatch"
  /// A tie that no casting vote resolved: a calibration session's tie adopts nothing (002 ¶23), a
  /// commission's chair decides it (000 ¶66).
  case resultTieUnresolved = "result.tie-unresolved"
  /// A case's recorded final result differs from the result the adopted motion gives.
  case outcomeMismatch = "outcome.mismatch"
  /// A case no lawful motion decided.
  case outcomeUndecided = "outcome.undecided"
  /// A score outside 0.00–5.00 (000 ¶13, 002 ¶8).
  case scoreOutOfRange = "score.out-of-range"
  /// A score with more than two decimals (000 ¶13).
  case scorePrecision = "score.precision"
  /// A final score above the disciplinary cap of the employee's sanction: 2.99 or 1.99 (002
  /// Appendices 1–2, parameter 5).
  case scoreCapExceeded = "score.cap-exceeded"
  /// The application came later than 5 working days after familiarisation (002 ¶11, 000 ¶18).
  case deadlineApplication = "deadline.application"
  /// The decision to hold the session came later than 3 working days after the application
  /// (002 ¶20, 000 ¶44).
  case deadlineDecision = "deadline.decision"
  /// The session sat later than 10 working days after the application (002 ¶21, 000 ¶45).
  case deadlineSession = "deadline.session"
  /// The protocol was posted later than 3 working days after its signing (002 ¶23, 000 ¶47).
  case deadlinePosting = "deadline.posting"
  /// The evaluators were notified of a commission's sitting late: 3 working days before it
  /// (000 ¶62, 001 ¶56), 7 in 004 ¶29.
  case deadlineNotice = "deadline.notice"
  /// The appeal came later than 10 working days after the commission's decision (000 ¶75, 001 ¶69).
  case deadlineAppeal = "deadline.appeal"
  /// The employee was familiarised with the final result later than 2 working days after it
  /// (000 ¶73, 004 ¶40).
  case deadlineFamiliarization = "deadline.familiarization"
  /// Signatures of the secretary, the chair or a present member are missing from the protocol.
  case protocolUnsigned = "protocol.unsigned"
  /// A commission's protocol without the authorized person's approval date (000 ¶72, 004 ¶39).
  case protocolNotApproved = "protocol.not-approved"
  /// The record names a methodology that is neither built in nor given.
  case methodologyUnknown = "methodology.unknown"
  /// The methodology was not in force on the sitting's day (its validity window, with a warning
  /// inside a window a missing publication date leaves open).
  case methodologyNotInForce = "methodology.not-in-force"
  /// The methodology has no rules for this kind of body (a calibration session or a commission).
  case methodologyKindUnsupported = "methodology.kind-unsupported"
  /// A journal's hash chain is broken, or the journal does not match the anchor on the paper.
  case journalTampered = "journal.tampered"
  /// The journal ends in a torn line, a crash mid-write (a warning: the complete lines stand).
  case journalTorn = "journal.torn"
  /// A motion proposed by someone other than a present member eligible on the case.
  case motionProposer = "motion.proposer"
  /// A category that does not follow from the number of targets met (000 ¶55, 001 ¶49, 004 ¶18).
  case resultCategoryMismatch = "result.category-mismatch"
  /// A competency result that does not follow from the indicators observed: at least ¾ for
  /// «сәйкес» (004 ¶27).
  case competencyMismatch = "competency.mismatch"
  /// Events in an impossible order: an application before the familiarisation, a sitting before the
  /// application or the decision, signing before the sitting, approval before signing.
  case datesOrder = "dates.order"

  /// The code's severity when the rule is the methodology's text: a violation, except a missing
  /// vote and a torn journal, which only warn.
  public var severity: Severity {
    switch self {
    case .voteMissing, .journalTorn: .warning
    default: .violation
    }
  }
}
