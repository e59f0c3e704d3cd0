/// The count of an open vote on one motion and its result.
///
/// A motion is adopted when its `for` votes are more than half of the majority base. On a tie
/// (as many `for` as `against`) the chair's own vote decides, whatever the base; with the chair
/// absent or abstaining the tie is unresolved and nothing is adopted (000 ¶66, 001 ¶60,
/// 004 ¶33; SPEC "The record").
public struct Tally: Sendable, Equatable {
  public var inFavour: Int
  public var against: Int
  public var abstaining: Int
  /// The number the `for` votes must exceed half of.
  public var base: Int
  public var result: MotionResult
  /// The chair's vote decided a tie.
  public var decidedByChair: Bool

  /// Counts votes that are already known to count (see ``VotingRoll/sort(_:)``).
  ///
  /// - Parameters:
  ///   - votes: the counted votes.
  ///   - chair: the chair, whose vote breaks a tie under ``TieBreak/chairDecides``.
  ///   - eligible: the members present and eligible on the case.
  ///   - compositionSize: the whole composition.
  public init(
    _ votes: [Vote], chair: PersonID?, eligible: Int, compositionSize: Int,
    base majorityBase: MajorityBase, tieBreak: TieBreak
  ) {
    inFavour = votes.count { $0.choice == .for }
    against = votes.count { $0.choice == .against }
    abstaining = votes.count { $0.choice == .abstain }
    switch majorityBase {
    case .votesCast: base = inFavour + against
    case .present: base = eligible
    case .composition: base = compositionSize
    }
    decidedByChair = false
    guard inFavour == against else {
      result = 2 * inFavour > base ? .adopted : .rejected
      return
    }
    let chairChoice = votes.first { $0.member == chair }?.choice
    switch (tieBreak, chairChoice) {
    case (.notAdopted, _): result = .rejected
    case (.chairDecides, .for?): (result, decidedByChair) = (.adopted, true)
    case (.chairDecides, .against?): (result, decidedByChair) = (.rejected, true)
    case (.chairDecides, _): result = .unresolved
    }
  }

  /// Tallies a motion's recorded votes: refused votes are left out.
  public init(motion: Motion, roll: VotingRoll, compositionSize: Int, rules: BodyRules) {
    self.init(
      roll.sort(motion.votes).counted, chair: roll.chair, eligible: roll.eligible.count,
      compositionSize: compositionSize, base: rules.majorityBase.value,
      tieBreak: rules.tieBreak.value)
  }

  /// "for 2, against 2, abstaining 1".
  public var summary: String { "for \(inFavour), against \(against), abstaining \(abstaining)" }
}
