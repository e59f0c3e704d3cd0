// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// Only present, eligible members vote, once each (000 ¶65, ¶67; 002 ¶20); a present,
/// eligible member who did not vote is a warning. Each refusal cites the body's own clause.
struct VoteCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    context.deliberation.counts.flatMap { count in
      let motion = count.motion.id
      let refused = count.refused.map { refusal in
        Finding(
          refusal.problem.code, severity: refusal.problem.severity(under: context.rules),
          clause: refusal.problem.clause(under: context.rules),
          subject: refusal.vote.member,
          message:
            "The vote of \(context.name(refusal.vote.member)) on motion \(motion) must not count: \(Self.reason(refusal.problem, case: count.motion.caseID))."
        )
      }
      let missing = count.missing.map { member in
        Finding(
          .voteMissing, clause: context.rules.majorityBase.clause, subject: member,
          message:
            "\(context.name(member)) was present and eligible but did not vote on motion \(motion)."
        )
      }
      return refused + missing
    }
  }

  static func reason(_ problem: VoteProblem, case caseID: CaseID) -> String {
    switch problem {
    case .notMember: "they are not a member of the composition"
    case .secretary: "the secretary does not vote"
    case .absent: "they were not present"
    case .recused: "they are the employee or an evaluator of case \(caseID)"
    case .duplicate: "they had already voted on it"
    }
  }
}
