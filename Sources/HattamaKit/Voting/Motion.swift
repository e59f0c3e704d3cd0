/// A proposal on one case, put to an open vote (000 ¶65).
public struct Motion: Sendable, Equatable {
  public var id: MotionID
  public var caseID: CaseID
  public var kind: MotionKind
  public var proposedBy: PersonID?
  /// The members present when the motion was put to the vote: its roll. `nil` in a record made
  /// elsewhere, whose motions are then counted on `sitting.present` (SPEC, "The record").
  public var present: [PersonID]?
  /// The votes in the order they were cast; a member may appear twice in a bad record.
  public var votes: [Vote]
  /// The result as recorded; the audit recomputes it.
  public var result: MotionResult?

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
  public var member: PersonID
  public var choice: VoteChoice

  public init(member: PersonID, choice: VoteChoice) {
    self.member = member
    self.choice = choice
  }
}

public enum VoteChoice: String, CaseIterable, Sendable, Codable {
  case `for`, against, abstain
}

/// The outcome of a vote on a motion.
public enum MotionResult: String, CaseIterable, Sendable, Codable {
  case adopted
  case rejected
  /// A tie that no casting vote resolved: not adopted (SPEC, `result.tie-unresolved`).
  case unresolved
}
