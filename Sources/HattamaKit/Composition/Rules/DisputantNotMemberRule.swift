/// 002 ¶20: the employee who disputes the score is not a member of the session.
package struct DisputantNotMemberRule: CompositionRule {
  package init() {}

  package func findings(in context: CompositionContext) -> [Finding] {
    guard context.rules.excludesDisputant.value else { return [] }
    let members = Set(context.members)
    return context.record.cases.filter { members.contains($0.employee) }.map { reviewed in
      Finding(
        .compositionDisputantMember, severity: context.rules.excludesDisputant.severity(),
        clause: context.rules.excludesDisputant.clause,
        subject: reviewed.employee,
        message: Phrase(
          kk: "\(context.name(reviewed.employee)) \(reviewed.id) ісі бойынша бағаға дау айтады, "
            + "сондықтан мүше бола алмайды. ",
          ru: "\(context.name(reviewed.employee)) оспаривает оценку по делу \(reviewed.id) и не "
            + "может быть членом. ",
          en: "\(context.name(reviewed.employee)) disputes case \(reviewed.id) and cannot be a "
            + "member. ") + context.replacementAdvice)
    }
  }
}
