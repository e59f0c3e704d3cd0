/// A proposal on one case, put to an open vote (000 ¶65).
public struct Motion: Sendable, Equatable {
  /// The motion's id in the sitting, which votes refer to.
  public var id: MotionID
  /// The case it decides.
  public var caseID: CaseID
  /// Confirm the evaluator's result, or correct it.
  public var kind: MotionKind
  /// The present member eligible on the case who proposed it (`motion.proposer` otherwise).
  public var proposedBy: PersonID?
  /// The members present when the motion was put to the vote: its roll. `nil` in a record made
  /// elsewhere, whose motions are then counted on `sitting.present` (SPEC, "The record").
  public var present: [PersonID]?
  /// The votes in the order they were cast; a member may appear twice in a bad record.
  public var votes: [Vote]
  /// The result as recorded; the audit recomputes it.
  public var result: MotionResult?

  /// A motion; no roll, votes or recorded result unless given.
  public init(
    id: MotionID, caseID: CaseID, kind: MotionKind, proposedBy: PersonID? = nil,
    present: [PersonID]? = nil, votes: [Vote] = [], result: MotionResult? = nil
  ) {
    self.present = present
    self.id = id
    self.caseID = caseID
    self.kind = kind
    self.proposedBy = proposedBy
    self.votes = votes
    self.result = result
  }
}

/// What a motion proposes.
public enum MotionKind: Sendable, Equatable {
  /// Keep the evaluator's score.
  case confirm
  /// Set a new result, up or down (002 ¶23, 000 ¶70–¶71): a score, or a category.
  case correct(EvaluationResult)
}

/// One member's open vote.
public struct Vote: Sendable, Equatable {
  /// Who voted.
  public var member: PersonID
  /// For, against or abstaining.
  public var choice: VoteChoice

  /// A member's vote.
  public init(member: PersonID, choice: VoteChoice) {
    self.member = member
    self.choice = choice
  }
}

/// How a member votes in an open vote (000 ¶65).
public enum VoteChoice: String, CaseIterable, Sendable, Codable {
  /// In favour of the motion.
  case `for`
  /// Against it.
  case against
  /// Neither; counts against under the `present` and `composition` bases, not at all under
  /// `votes-cast`.
  case abstain
}

/// The outcome of a vote on a motion.
public enum MotionResult: String, CaseIterable, Sendable, Codable {
  /// Its `for` votes are more than half of the majority base, or the chair's vote broke a tie.
  case adopted
  /// Not adopted: too few `for` votes, a tie a calibration session cannot break, a tie the chair
  /// voted against, or no binding quorum.
  case rejected
  /// A tie that no casting vote resolved: not adopted (SPEC, `result.tie-unresolved`).
  case unresolved
}
