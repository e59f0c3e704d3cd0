/// One motion of a live sitting: what was proposed, the votes cast so far, and whether the
/// vote is still open.
public struct SessionMotion: Sendable, Equatable {
  /// The motion as the record writes it; its `result` is set when the vote closes.
  public var motion: Motion
  /// The recount when the vote closed (``Deliberation``); `nil` while it is open.
  public private(set) var count: Deliberation.Count?
  /// Closed by `tally` before every present, eligible member had voted.
  public private(set) var closedEarly = false
  /// Its vote has not been closed, by the last eligible vote or by `tally`.
  public private(set) var isOpen = true
  /// Who may vote on it, fixed when it was put to the vote: a vote is checked against it in
  /// constant time rather than rebuilding the roll from the composition for every vote.
  /// Emptied when the vote closes, so that a long sitting keeps only its open motions' rolls.
  public private(set) var votingRoll: VotingRoll?
  /// The quorum on its roll for its case, taken when it was put to the vote; `nil` once closed.
  public private(set) var quorum: Quorum?
  /// The members whose vote counted so far.
  public private(set) var voted: Set<PersonID>

  /// A motion just put to the vote on `votingRoll`, whose `present` is the motion's roll, with
  /// the `quorum` of that roll for its case.
  package init(motion: Motion, votingRoll: VotingRoll, quorum: Quorum) {
    self.motion = motion
    self.votingRoll = votingRoll
    self.quorum = quorum
    // Room for every eligible vote at once: a long sitting's motions never regrow.
    self.motion.votes.reserveCapacity(votingRoll.eligible.count)
    voted = Set(minimumCapacity: votingRoll.eligible.count)
  }

  /// Why `member`'s vote must not count now, or `nil` when it counts; asked of an open motion.
  ///
  /// - Parameter member: who wants to vote.
  /// - Returns: the reason the vote would be void, or `nil` when it counts.
  public func problem(with member: PersonID) -> VoteProblem? {
    votingRoll?.problem(with: member, voted: voted)
  }

  /// Records `vote` when it counts; otherwise changes nothing and says why not.
  ///
  /// Mutating, so that a replay checks and records a vote inside the sitting's array of
  /// motions, without copying the motion out of it.
  mutating func cast(_ vote: Vote) -> VoteProblem? {
    if let problem = problem(with: vote.member) { return problem }
    motion.votes.append(vote)
    voted.insert(vote.member)
    return nil
  }

  /// Counts the votes on the roll and quorum it keeps (``Deliberation``), records the count
  /// and lets the roll go; `nil` for a motion already closed.
  mutating func close(early: Bool, rules: BodyRules) -> Deliberation.Count? {
    guard isOpen, let votingRoll, let quorum else { return nil }
    // Its votes were sorted as they were cast: ``cast(_:)`` records a vote only when the roll
    // counts it, so every one counts and none is set aside; sorting them again on the same
    // roll would only hash every member once more.
    assert(voted.count == motion.votes.count)
    let count = Deliberation.count(
      motion, roll: roll, on: votingRoll, sorted: (counted: motion.votes, refused: []),
      quorum: quorum, rules: rules)
    self.count = count
    closedEarly = early
    isOpen = false
    motion.result = count.tally.result
    (self.votingRoll, self.quorum, voted) = (nil, nil, [])
    return count
  }

  /// The members present and eligible to vote on it while the vote is open.
  public var eligible: Set<PersonID> { votingRoll?.eligible ?? [] }

  /// Every present, eligible member has voted: the vote closes by itself.
  public var allVoted: Bool { voted.count == (votingRoll?.eligible.count ?? 0) }

  /// The motion's id, `mo1`, `mo2`, …
  public var id: MotionID { motion.id }
  /// The case the motion decides.
  public var caseID: CaseID { motion.caseID }

  /// The members present when the motion was put to the vote, whom it is counted on:
  /// attendance cannot change while it is open.
  public var roll: [PersonID] { motion.present ?? [] }

  /// The members who have voted, in order.
  public var voters: [PersonID] { motion.votes.map(\.member) }
}
