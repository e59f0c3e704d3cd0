// STAND-IN, to be deleted: the lead is writing the tally in Sources/HattamaKit/Voting/ (`Tally`).
// Until it lands on main this file gives the protocol the little it needs, reading each motion's
// result *as recorded*. When `Voting/Tally.swift` is merged, the protocol switches to it and this
// file goes, so that no second copy of the voting rules remains.

/// What the protocol prints about one motion's vote.
struct RecordedVote {
  var count: ProtocolDocument.VoteCount
  var result: MotionResult?
  /// The chair's vote where a tie was decided by it.
  var castingVote: Vote?

  /// Counts the votes as recorded and finds the chair's casting vote.
  ///
  /// A tie (as many `for` as `against`, at least one of each) is decided by the chair's own vote
  /// under ``TieBreak/chairDecides`` (000 ¶66, 001 ¶60, 004 ¶33); the casting vote is shown only
  /// where the recorded result is what the chair's vote gives.
  init(_ motion: Motion, chair: PersonID?, tieBreak: TieBreak) {
    let choices = motion.votes.map(\.choice)
    count = ProtocolDocument.VoteCount(
      votesFor: choices.filter { $0 == .for }.count,
      against: choices.filter { $0 == .against }.count,
      abstain: choices.filter { $0 == .abstain }.count)
    result = motion.result
    castingVote = nil
    guard tieBreak == .chairDecides, count.votesFor == count.against, count.votesFor > 0,
      let chair, let vote = motion.votes.first(where: { $0.member == chair })
    else { return }
    switch (vote.choice, motion.result) {
    case (.for, .adopted), (.against, .rejected): castingVote = vote
    default: break
    }
  }
}
