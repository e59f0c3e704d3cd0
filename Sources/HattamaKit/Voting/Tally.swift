/// The count of an open vote on one motion and its result.
///
/// A motion is adopted when its `for` votes are more than half of the majority base. On a tie
/// (as many `for` as `against`) the tie rule decides: under ``TieBreak/chairDecides`` the
/// chair's own vote decides, whatever the base, and with the chair absent or abstaining the tie
/// is unresolved (000 ¶66, 001 ¶60, 004 ¶33); under ``TieBreak/notAdopted`` a tie adopts
/// nothing (002 ¶23, 000 ¶47: a calibration session has no casting vote).
public struct Tally: Sendable, Equatable {
  /// The counted `for` votes.
  public var inFavour: Int
  /// The counted `against` votes.
  public var against: Int
  /// The counted abstentions; under the `present` base they count against.
  public var abstaining: Int
  /// The number the `for` votes must exceed half of.
  public var base: Int
  /// Adopted, rejected or unresolved.
  public var result: MotionResult
  /// The rule that gave the result.
  public var rule: DecidingRule

  /// The chair's vote decided a tie.
  public var decidedByChair: Bool {
    if case .castingVote = rule { true } else { false }
  }

  /// Counts votes that are already known to count (see ``VotingRoll/sort(_:)``).
  ///
  /// - Parameters:
  ///   - votes: the counted votes.
  ///   - chair: the chair, whose vote breaks a tie under ``TieBreak/chairDecides``.
  ///   - eligible: the members present and eligible on the case.
  ///   - compositionSize: the whole composition.
  ///   - majorityBase: what the `for` votes must be more than half of.
  ///   - tieBreak: what a tie does.
  /// - Complexity: O(v) in the votes.
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
    guard inFavour == against else {
      result = 2 * inFavour > base ? .adopted : .rejected
      rule = .majority
      return
    }
    let chairChoice = votes.first { $0.member == chair }?.choice
    switch (tieBreak, chairChoice) {
    case (.notAdopted, _): (result, rule) = (.rejected, .tieNotAdopted)
    case (.chairDecides, .for?): (result, rule) = (.adopted, .castingVote)
    case (.chairDecides, .against?): (result, rule) = (.rejected, .castingVote)
    case (.chairDecides, _): (result, rule) = (.unresolved, .tieUnresolved)
    }
  }

  /// "for 2, against 2, abstaining 1".
  public var summary: Phrase {
    Phrase(
      kk: "жақтап \(inFavour), қарсы \(against), қалыс қалды \(abstaining)",
      ru: "за \(inFavour), против \(against), воздержались \(abstaining)",
      en: "for \(inFavour), against \(against), abstaining \(abstaining)")
  }
}

/// Which rule gave a motion its result: what the protocol prints beside the tally.
public enum DecidingRule: String, Sendable, Equatable, CaseIterable {
  /// `for` was, or was not, more than half of the base.
  case majority
  /// A tie, decided by the chair's own vote (000 ¶66, 001 ¶60, 004 ¶33).
  case castingVote
  /// A tie, which the body's rules do not let adopt anything.
  case tieNotAdopted
  /// A tie with no casting vote: the chair absent, abstaining or not voting.
  case tieUnresolved
  /// Too few members present for the vote to decide anything (000 ¶63).
  case noQuorum
}
