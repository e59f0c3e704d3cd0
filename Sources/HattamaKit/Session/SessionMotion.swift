/// One motion of a live sitting: what was proposed, the votes cast so far, and whether the
/// vote is still open.
public struct SessionMotion: Sendable, Equatable {
  /// The motion as the record writes it; its `result` is set when the vote closes.
  public var motion: Motion
  /// Everyone recorded present at some point while the motion was open: the roll its votes
  /// are counted on, so that a member who leaves after voting keeps their vote and one who
  /// arrives after the vote closed does not change it.
  public var attendance: [PersonID]
  /// The recount when the vote closed (``Deliberation``); `nil` while it is open.
  public var count: Deliberation.Count?
  /// Closed by `tally` before every present, eligible member had voted.
  public var closedEarly: Bool

  public init(motion: Motion, attendance: [PersonID]) {
    self.motion = motion
    self.attendance = attendance
    self.count = nil
    self.closedEarly = false
  }

  public var id: MotionID { motion.id }
  public var caseID: CaseID { motion.caseID }
  public var isOpen: Bool { count == nil }

  /// The members who have voted, in order.
  public var voters: [PersonID] { motion.votes.map(\.member) }
}
