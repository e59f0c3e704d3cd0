// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// A motion is proposed by a member present for it and eligible on its case: the members
/// support the score or argue a correction (002 ¶23); not the secretary, the employee, an
/// evaluator of the case, an absent member or someone outside the composition
/// (`motion.proposer`). A motion that does not say who proposed it is not checked.
struct ProposerCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    guard let composition = context.record.composition else { return [] }
    return context.deliberation.counts.compactMap { count in
      guard let proposer = count.motion.proposedBy, let reviewed = context.case(count.motion.caseID)
      else { return nil }
      let roll = VotingRoll(composition: composition, present: count.roll, case: reviewed)
      guard let problem = roll.problem(with: proposer, voted: []) else { return nil }
      return Finding(
        .motionProposer, clause: context.rules.majorityBase.clause, subject: count.motion.id,
        message:
          "Motion \(count.motion.id) was proposed by \(context.name(proposer)), who may not propose on case \(reviewed.id): \(VoteCheck.reason(problem, case: reviewed.id))."
      )
    }
  }
}
