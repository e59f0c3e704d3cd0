/// One motion of a live sitting: what was proposed, the votes cast so far, and whether the
/// vote is still open.
public struct SessionMotion: Sendable, Equatable {
  /// The motion as the record writes it; its `result` is set when the vote closes.
  public var motion: Motion
  /// The recount when the vote closed (``Deliberation``); `nil` while it is open.
  public private(set) var count: Deliberation.Count?
  /// Closed by `tally` before every present, eligible member had voted.
  public private(set) var closedEarly: Bool
  /// Who may vote on it, fixed when it was put to the vote: a vote is checked against it in
  /// constant time rather than rebuilding the roll from the composition for every vote.
  /// Emptied when the vote closes, so that a long sitting keeps only its open motions' rolls.
  public private(set) var votingRoll: VotingRoll?
  /// The members present and eligible to vote on it while the vote is open.
  public private(set) var eligible: Set<PersonID>
  /// The members whose vote counted so far.
  public private(set) var voted: Set<PersonID> = []

  /// A motion just put to the vote on `votingRoll`, whose `present` is the motion's roll.
  package init(motion: Motion, votingRoll: VotingRoll) {
    self.motion = motion
    self.votingRoll = votingRoll
    self.eligible = votingRoll.eligible
    self.count = nil
    self.closedEarly = false
  }

  /// Why `member`'s vote must not count now, or `nil` when it counts; asked of an open motion.
  ///
  /// - Parameter member: who wants to vote.
  /// - Returns: the reason the vote would be void, or `nil` when it counts.
  public func problem(with member: PersonID) -> VoteProblem? {
    votingRoll?.problem(with: member, voted: voted)
  }

  /// Records the count of the closed vote and lets its roll go.
  mutating func close(_ count: Deliberation.Count?, early: Bool) {
    self.count = count
    closedEarly = early
    motion.result = count?.tally.result
    (votingRoll, eligible, voted) = (nil, [], [])
  }

  /// Records a vote ``problem(with:)`` accepted.
  mutating func cast(_ vote: Vote) {
    motion.votes.append(vote)
    voted.insert(vote.member)
  }

  /// Every present, eligible member has voted: the vote closes by itself.
  public var allVoted: Bool { voted.count == eligible.count }

  /// The motion's id, `mo1`, `mo2`, …
  public var id: MotionID { motion.id }
  /// The case the motion decides.
  public var caseID: CaseID { motion.caseID }
  /// Its vote has not been closed, by the last eligible vote or by `tally`.
  public var isOpen: Bool { count == nil }

  /// The members present when the motion was put to the vote, whom it is counted on:
  /// attendance cannot change while it is open.
  public var roll: [PersonID] { motion.present ?? [] }

  /// The members who have voted, in order.
  public var voters: [PersonID] { motion.votes.map(\.member) }
}
