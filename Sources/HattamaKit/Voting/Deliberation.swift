/// The motions of a sitting recomputed from their votes, and the case each decided.
///
/// A case is decided by its first adopted motion: `confirm` keeps the evaluator's score,
/// `correct` sets the new one, up or down (002 ¶23, 000 ¶70–¶71).
public struct Deliberation: Sendable, Equatable {
  /// One motion, recounted.
  public struct Count: Sendable, Equatable {
    public var motion: Motion
    public var tally: Tally
    public var refused: [RefusedVote]
    /// Present, eligible members who did not vote.
    public var missing: [PersonID]
    /// The quorum while the motion's case was decided.
    public var quorum: Quorum
  }

  public struct RefusedVote: Sendable, Equatable {
    public var vote: Vote
    public var problem: VoteProblem
  }

  /// The final result of one case (a score or a category) and the motion that set it.
  public struct Decision: Sendable, Equatable {
    public var motion: MotionID
    public var finalResult: EvaluationResult
  }

  public var counts: [Count]
  public var decisions: [CaseID: Decision]

  /// Recounts every motion of the record under the body's rules.
  public init(record: Record, rules: BodyRules) {
    let composition = record.composition ?? Composition(chair: nil, members: [], secretary: nil)
    let present = record.sitting?.present ?? []
    counts = []
    decisions = [:]
    for motion in record.motions ?? [] {
      guard let reviewed = record.case(motion.caseID) else { continue }
      let roll = VotingRoll(composition: composition, present: present, case: reviewed)
      let sorted = roll.sort(motion.votes)
      var tally = Tally(
        sorted.counted, chair: roll.chair, eligible: roll.eligible.count,
        compositionSize: Set(composition.members).count, base: rules.majorityBase.value,
        tieBreak: rules.tieBreak.value)
      let quorum = Quorum(
        composition: composition, present: present, rules: rules, recused: reviewed.recused)
      // Without a quorum no vote can adopt anything (000 ¶63).
      if !quorum.isMet, tally.result == .adopted { tally.result = .rejected }
      let voters = Set(sorted.counted.map(\.member))
      counts.append(
        Count(
          motion: motion, tally: tally,
          refused: sorted.refused.map { RefusedVote(vote: $0.0, problem: $0.1) },
          missing: roll.eligible.subtracting(voters).sorted(), quorum: quorum))
      if tally.result == .adopted, decisions[motion.caseID] == nil {
        decisions[motion.caseID] = Decision(
          motion: motion.id, finalResult: motion.kind.finalResult(keeping: reviewed.evaluation))
      }
    }
  }

  /// The recount of one motion.
  public func count(of motion: MotionID) -> Count? { counts.first { $0.motion.id == motion } }
}

extension MotionKind {
  /// The result a case ends with when this motion is adopted.
  public func finalResult(keeping evaluation: EvaluationResult) -> EvaluationResult {
    switch self {
    case .confirm: evaluation
    case .correct(let result): result
    }
  }
}
