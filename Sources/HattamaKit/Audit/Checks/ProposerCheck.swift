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
        message: Self.message(
          motion: count.motion.id, by: context.name(proposer), case: reviewed.id,
          reason: VoteCheck.reason(problem, case: reviewed.id)))
    }
  }
}

extension ProposerCheck {
  fileprivate static func message(
    motion: MotionID, by name: String, case id: CaseID, reason: Phrase
  ) -> Phrase {
    Phrase(
      kk: "\(motion) ұсынысын \(name) енгізген, бірақ \(id) ісі бойынша ол ұсыныс енгізе "
        + "алмайды: \(reason.kk).",
      ru: "Предложение \(motion) внесено лицом \(name), которое не может вносить предложения по "
        + "делу \(id): \(reason.ru).",
      en: "Motion \(motion) was proposed by \(name), who may not propose on case \(id): "
        + "\(reason.en).")
  }
}
