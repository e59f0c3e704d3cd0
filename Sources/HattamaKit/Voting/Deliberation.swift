/// The motions of a sitting recounted from their votes, and the case each decided.
///
/// Every view of a sitting — the live status, the export, the audit, the protocol — takes its
/// results from here: each motion is counted once, on its own roll, by
/// ``Deliberation/count(_:roll:case:composition:rules:)``, and a case is decided by its first
/// adopted motion (``Deliberation/settle(_:case:in:)``): `confirm` keeps the evaluator's score,
/// `correct` sets the new one, up or down (002 ¶23, 000 ¶70–¶71).
public struct Deliberation: Sendable, Equatable {
  /// Every motion's count, in the record's order.
  public var counts: [Count]
  /// Each decided case's final result and the motion that set it; an undecided case is absent.
  public var decisions: [CaseID: Decision]
  private var index: [MotionID: Int]

  /// Recounts every motion of the record under the body's rules, each on its own roll: the
  /// motion's `present`, else `sitting.present`.
  ///
  /// - Complexity: O(m·p + c) in the motions, the people of the composition and the cases.
  ///
  /// - Parameters:
  ///   - record: the sitting, its composition, cases and motions.
  ///   - rules: the body's rules, for the majority base, the tie rule and the quorum.
  public init(record: Record, rules: BodyRules) {
    let composition = record.composition ?? Composition(chair: nil, members: [], secretary: nil)
    var cases: [CaseID: Case] = [:]
    for reviewed in record.cases where cases[reviewed.id] == nil { cases[reviewed.id] = reviewed }
    counts = []
    decisions = [:]
    index = [:]
    for motion in record.motions ?? [] {
      guard let reviewed = cases[motion.caseID] else { continue }
      let count = Self.count(
        motion, roll: Self.roll(of: motion, in: record), case: reviewed, composition: composition,
        rules: rules)
      if index[motion.id] == nil { index[motion.id] = counts.count }
      counts.append(count)
      Self.settle(count, case: reviewed, in: &decisions)
    }
  }

  /// The roll a motion of `record` is counted on: its own `present`, else `sitting.present`
  /// (a record made elsewhere; SPEC, "The record").
  ///
  /// - Parameters:
  ///   - motion: a motion of `record`.
  ///   - record: the sitting it was put to the vote in.
  /// - Returns: the ids of the members present when it was put to the vote.
  public static func roll(of motion: Motion, in record: Record) -> [PersonID] {
    motion.present ?? record.sitting?.present ?? []
  }

  /// The recount of one motion.
  ///
  /// - Parameter motion: a motion's id.
  /// - Returns: its count, or `nil` when the record has no motion with that id (or its case is
  ///   unknown).
  public func count(of motion: MotionID) -> Count? { index[motion].map { counts[$0] } }

  /// Counts one motion on its roll: the one place a motion's result is decided.
  ///
  /// Votes that must not count are set aside (``VotingRoll``); the rest are tallied under the
  /// majority base and the tie rule (``Tally``). Where the quorum binds (the methodology's text
  /// requires it) and the roll does not meet it, nothing is adopted (000 ¶63); a quorum taken by
  /// analogy only warns, so the vote stands.
  ///
  /// - Parameters:
  ///   - motion: the motion with its votes in the order cast.
  ///   - roll: the members present when the motion was put to the vote.
  ///   - reviewed: the motion's case, for recusals.
  ///   - composition: the body's composition: members, chair and secretary.
  ///   - rules: the majority base, the tie rule and the quorum.
  /// - Returns: the tally with its result and rule, the votes set aside, the members who did not
  ///   vote and the quorum on the roll.
  /// - Complexity: O(v + p) in the votes and the people on the roll.
  public static func count(
    _ motion: Motion, roll: [PersonID], case reviewed: Case, composition: Composition,
    rules: BodyRules
  ) -> Count {
    count(
      motion, roll: roll, on: VotingRoll(composition: composition, present: roll, case: reviewed),
      quorum: Quorum(
        composition: composition, present: roll, rules: rules, recused: reviewed.recused),
      rules: rules)
  }

  /// ``count(_:roll:case:composition:rules:)`` on the voting roll and quorum already built
  /// from `roll` for the motion's case, as a live sitting keeps them for each open motion.
  ///
  /// - Complexity: O(v) in the votes.
  static func count(
    _ motion: Motion, roll: [PersonID], on voting: VotingRoll, quorum: Quorum, rules: BodyRules
  ) -> Count {
    count(
      motion, roll: roll, on: voting, sorted: voting.sort(motion.votes), quorum: quorum,
      rules: rules)
  }

  /// ``count(_:roll:on:quorum:rules:)`` of votes `voting` has already sorted
  /// (``VotingRoll/sort(_:)``): a live motion's, each checked on its roll as it was cast.
  ///
  /// - Complexity: O(v) in the votes.
  static func count(
    _ motion: Motion, roll: [PersonID], on voting: VotingRoll,
    sorted: (counted: [Vote], refused: [(Vote, VoteProblem)]), quorum: Quorum, rules: BodyRules
  ) -> Count {
    var tally = Tally(
      sorted.counted, chair: voting.chair, eligible: voting.eligible.count,
      compositionSize: voting.members.count, base: rules.majorityBase.value,
      tieBreak: rules.tieBreak.value)
    if !quorum.isMet, rules.quorum.binds {
      (tally.result, tally.rule) = (.rejected, .noQuorum)
    }
    return Count(
      motion: motion, roll: roll, tally: tally,
      refused: sorted.refused.map { RefusedVote(vote: $0.0, problem: $0.1) },
      missing: missing(voting.eligible, counted: sorted.counted), quorum: quorum)
  }

  /// The eligible members without a counted vote, sorted. Counted votes come from distinct
  /// eligible members, so as many of them as there are eligible members leaves no one.
  private static func missing(_ eligible: Set<PersonID>, counted: [Vote]) -> [PersonID] {
    guard counted.count < eligible.count else { return [] }
    return eligible.subtracting(counted.map(\.member)).sorted()
  }

  /// Records the case an adopted motion decides, unless an earlier motion decided it: a case is
  /// decided by its first adopted motion.
  ///
  /// - Parameters:
  ///   - count: a motion's count.
  ///   - reviewed: the motion's case.
  ///   - decisions: the decisions so far, to which an adopted motion's is added.
  public static func settle(
    _ count: Count, case reviewed: Case, in decisions: inout [CaseID: Decision]
  ) {
    guard count.tally.result == .adopted, decisions[reviewed.id] == nil else { return }
    decisions[reviewed.id] = Decision(
      motion: count.motion.id,
      finalResult: count.motion.kind.finalResult(keeping: reviewed.evaluation))
  }
}

extension Deliberation {
  /// One motion, counted on its roll.
  public struct Count: Sendable, Equatable {
    /// The motion as recorded.
    public var motion: Motion
    /// The members present when it was put to the vote.
    public var roll: [PersonID]
    /// Its counted votes, majority base and result.
    public var tally: Tally
    /// The votes set aside, each with the reason it does not count.
    public var refused: [RefusedVote]
    /// Present, eligible members who did not vote.
    public var missing: [PersonID]
    /// The quorum on the motion's roll, for its case.
    public var quorum: Quorum

    /// The result its votes give.
    public var result: MotionResult { tally.result }
  }

  /// A vote that must not count, with its reason (`vote.*` findings).
  public struct RefusedVote: Sendable, Equatable {
    /// The vote as cast.
    public var vote: Vote
    /// Why it does not count.
    public var problem: VoteProblem
  }

  /// The final result of one case (a score or a category) and the motion that set it.
  public struct Decision: Sendable, Equatable {
    /// The adopted motion that decided the case.
    public var motion: MotionID
    /// The case's final result: the evaluator's under `confirm`, the new one under `correct`.
    public var finalResult: EvaluationResult
  }
}

extension MotionKind {
  /// The result a case ends with when this motion is adopted.
  ///
  /// - Parameter evaluation: the evaluator's result on the case.
  /// - Returns: `evaluation` for `confirm`, the proposed result for `correct`.
  public func finalResult(keeping evaluation: EvaluationResult) -> EvaluationResult {
    switch self {
    case .confirm: evaluation
    case .correct(let result): result
    }
  }
}
