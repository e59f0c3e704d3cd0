/// Who may vote on one case, and why a vote must not count.
///
/// A vote counts only from a member of the composition who is present, is not the secretary,
/// is not recused from the case (its employee or one of its evaluators), and has not voted on
/// that motion already (SPEC, "Recording a sitting").
public struct VotingRoll: Sendable, Equatable {
  /// The composition's voting members.
  public let members: Set<PersonID>
  /// The chair, a member.
  public let chair: PersonID?
  /// The secretary, who never votes (000 ¶67).
  public let secretary: PersonID?
  /// The people on the motion's roll: present when it was put to the vote.
  public let present: Set<PersonID>
  /// The case's employee and evaluators, who may not vote on it (002 ¶20).
  public let recused: Set<PersonID>
  /// The members present and eligible to vote on the case; never the secretary, who does not
  /// vote even when wrongly listed among the members (000 ¶67). Worked out once, here, so that
  /// checking a vote costs one look-up (a replay checks every vote of a long sitting).
  public let eligible: Set<PersonID>

  /// The roll of one motion.
  ///
  /// - Parameters:
  ///   - composition: the body's composition.
  ///   - present: the motion's roll.
  ///   - case: the motion's case, whose employee and evaluators are recused.
  public init(composition: Composition, present: some Sequence<PersonID>, case: Case) {
    members = Set(composition.members)
    chair = composition.chair
    secretary = composition.secretary
    self.present = Set(present)
    recused = `case`.recused
    eligible = members.intersection(self.present).subtracting(recused)
      .subtracting(secretary.map { [$0] } ?? [])
  }

  /// Why `member`'s vote must not count, or `nil` when it counts.
  ///
  /// - Parameters:
  ///   - member: who voted.
  ///   - voted: who has already cast a counted vote on this motion.
  /// - Returns: the first problem, in the order secretary, not a member, absent, recused,
  ///   duplicate.
  public func problem(with member: PersonID, voted: Set<PersonID>) -> VoteProblem? {
    // An eligible member passes every check below but the last.
    if eligible.contains(member) { return voted.contains(member) ? .duplicate : nil }
    // Anyone else fails one of these, checked in this order.
    if member == secretary { return .secretary }
    if !members.contains(member) { return .notMember }
    if !present.contains(member) { return .absent }
    return .recused
  }

  /// The votes that count, in order, and each refused vote with its problem.
  ///
  /// - Parameter votes: a motion's votes in the order cast.
  /// - Returns: the counted votes (a member's first vote) and the refused ones with their problems.
  /// - Complexity: O(v) in the votes.
  public func sort(_ votes: [Vote]) -> (counted: [Vote], refused: [(Vote, VoteProblem)]) {
    var counted: [Vote] = []
    counted.reserveCapacity(votes.count)
    var refused: [(Vote, VoteProblem)] = []
    var voted: Set<PersonID> = []
    for vote in votes {
      if let problem = problem(with: vote.member, voted: voted) {
        refused.append((vote, problem))
      } else {
        counted.append(vote)
        voted.insert(vote.member)
      }
    }
    return (counted, refused)
  }
}

/// Why a vote must not count; each has its SPEC finding code.
public enum VoteProblem: String, Sendable, Equatable, CaseIterable {
  /// Not a member of the composition (`vote.not-member`).
  case notMember
  /// The secretary, who does not vote (`vote.secretary`, 000 ¶67).
  case secretary
  /// Not on the motion's roll (`vote.absent`).
  case absent
  /// The case's employee or evaluator (`vote.recused`, 002 ¶20).
  case recused
  /// A second vote on the same motion (`vote.duplicate`).
  case duplicate

  /// The finding code the audit reports the void vote under.
  public var code: FindingCode {
    switch self {
    case .notMember: .voteNotMember
    case .secretary: .voteSecretary
    case .absent: .voteAbsent
    case .recused: .voteRecused
    case .duplicate: .voteDuplicate
    }
  }

  /// The force of the rule that makes the vote void: a recused member's vote follows the rule
  /// that excludes the evaluators (002 ¶20, borrowed by a Justice calibration session, so a
  /// warning there); the others are void under every reading — the secretary is no voting
  /// member whatever the body borrows (SPEC, "The record").
  ///
  /// - Parameter rules: the body's rules.
  /// - Returns: the severity of the finding.
  public func severity(under rules: BodyRules) -> Severity {
    switch self {
    case .notMember, .absent, .duplicate, .secretary: .violation
    case .recused: rules.excludesEvaluators.severity()
    }
  }

  /// The clause of the body's rules that makes the vote void.
  ///
  /// - Parameter rules: the body's rules.
  /// - Returns: the clause the finding cites.
  public func clause(under rules: BodyRules) -> Citation {
    switch self {
    case .notMember, .duplicate: rules.majorityBase.clause
    case .secretary: rules.requiresHRSecretary.clause
    case .absent: rules.quorum.clause
    case .recused: rules.excludesEvaluators.clause
    }
  }
}
