/// Why an event may not be recorded in a live sitting (SPEC, "Recording a sitting").
///
/// Each case keeps the context its sentence needs; ``SessionRefusal/message(in:)``
/// renders them all, in one place, with the clause of the body's own rules.
public enum SessionRefusal: Error, Sendable, Equatable {
  /// An id the draft does not define: bad input rather than a rule.
  case unknownCase(CaseID, known: [CaseID])
  /// A motion id no proposal made; `known` lists those that exist, for a suggestion.
  case unknownMotion(MotionID, known: [MotionID])
  /// A person id the draft's `people` does not define; `known` lists those it does.
  case unknownPerson(PersonID, known: [PersonID])
  /// A proposal with the id of an existing motion: a journal the tool did not write.
  case motionIDTaken(MotionID)
  /// An `open` event after line 1.
  case misplacedOpen

  /// Anything after `close`.
  case sittingClosed(event: String)
  /// A vote or a proposal before any attendance was recorded.
  case notAttended
  /// Attendance for another day than the one recorded.
  case dateChanged(recorded: Day, given: Day)
  /// A vote that must not count: by a non-member, the secretary, an absent or recused member,
  /// or a second vote.
  case vote(VoteProblem, member: PersonID, motion: MotionID, caseID: CaseID)
  /// Too few members present to vote on the case (000 ¶63).
  case noQuorum(Quorum, caseID: CaseID)
  /// A proposal on a case its first adopted motion already decided.
  case caseDecided(CaseID, by: MotionID)
  /// A proposal while another motion on the same case is being voted on.
  case motionOpen(CaseID, motion: MotionID)
  /// A corrected score outside 0.00–5.00 or with more than two decimals.
  case badScore(ScoreError)
  /// A correction of the other kind than the case's result: a score for a case graded by
  /// category, or a category for a scored case.
  case wrongScale(CaseID, caseScale: EvaluationResult.Scale)
  /// A correction that breaks the disciplinary cap as a violation: under every reading, or
  /// under the one the methodology adopts as its text (002 Appendices 1–2, parameter 5).
  case capExceeded(CaseID, score: Score, sanction: Sanction, CapBreach)
  /// A vote or a tally on a motion whose vote is closed.
  case motionClosed(MotionID, MotionResult?)
  /// `close` while a motion is still being voted on.
  case closeWithOpenMotion(MotionID)
  /// A change of attendance while a motion is being voted on: its roll is fixed.
  case attendanceWithOpenMotion(MotionID)
  /// A proposal by someone who may not vote on the case: the secretary, its employee or
  /// evaluator, an absent member or a non-member.
  case proposer(VoteProblem, person: PersonID, caseID: CaseID)

  /// An id the user mistyped (exit 2), rather than a rule that refuses the action (exit 1).
  public var isBadInput: Bool {
    switch self {
    case .unknownCase, .unknownMotion, .unknownPerson, .wrongScale: true
    default: false
    }
  }

  /// The clause of the body's rules that refuses the action; `nil` for bad input and for the
  /// journal's own order of events.
  ///
  /// - Parameter rules: the rules of the sitting's body.
  /// - Returns: the clause, `"000 ¶63"`, or `nil`.
  public func clause(under rules: BodyRules) -> Citation? {
    switch self {
    case .unknownCase, .unknownMotion, .unknownPerson, .motionIDTaken, .misplacedOpen,
      .sittingClosed, .closeWithOpenMotion, .attendanceWithOpenMotion, .dateChanged, .wrongScale:
      nil
    case .vote(let problem, _, _, _), .proposer(let problem, _, _): problem.clause(under: rules)
    case .notAttended, .noQuorum: rules.quorum.clause
    case .caseDecided, .motionOpen, .motionClosed: rules.majorityBase.clause
    case .badScore: ScoreBand.clause
    case .capExceeded(_, _, _, let breach): breach.clause
    }
  }
}
