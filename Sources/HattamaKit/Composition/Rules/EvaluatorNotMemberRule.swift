/// 002 ¶20: the person who evaluated a disputing employee is not a member of the session.
package struct EvaluatorNotMemberRule: CompositionRule {
  package init() {}

  package func findings(in context: CompositionContext) -> [Finding] {
    guard context.rules.excludesEvaluators.value else { return [] }
    let members = Set(context.members)
    return context.record.cases.flatMap { reviewed in
      reviewed.evaluators.filter(members.contains).map { evaluator in
        Finding(
          .compositionEvaluatorMember, severity: context.rules.excludesEvaluators.severity(),
          clause: context.rules.excludesEvaluators.clause,
          subject: evaluator,
          message: Phrase(
            kk: "\(context.name(evaluator)) \(reviewed.id) ісі бойынша бағалаушы адам, сондықтан "
              + "мүше бола алмайды. ",
            ru: "\(context.name(evaluator)) — оценивающее лицо по делу \(reviewed.id) и не может "
              + "быть членом. ",
            en: "\(context.name(evaluator)) evaluated case \(reviewed.id) and cannot be a member. ")
            + context.replacementAdvice)
      }
    }
  }
}
