/// One motion of a live sitting: what was proposed, the votes cast so far, and whether the
/// vote is still open.
public struct SessionMotion: Sendable, Equatable {
  /// The motion as the record writes it; its `result` is set when the vote closes.
  public var motion: Motion
  /// The recount when the vote closed (``Deliberation``); `nil` while it is open.
  public var count: Deliberation.Count?
  /// Closed by `tally` before every present, eligible member had voted.
  public var closedEarly: Bool

  public init(motion: Motion) {
    self.motion = motion
    self.count = nil
    self.closedEarly = false
  }

  public var id: MotionID { motion.id }
  public var caseID: CaseID { motion.caseID }
  public var isOpen: Bool { count == nil }

  /// The members present when the motion was put to the vote, whom it is counted on:
  /// attendance cannot change while it is open.
  public var roll: [PersonID] { motion.present ?? [] }

  /// The members who have voted, in order.
  public var voters: [PersonID] { motion.votes.map(\.member) }
}
