/// 000 ¶66, 001 ¶60, 004 ¶33: the chair, whose vote decides a tie, is one of the members.
package struct ChairIsMemberRule: CompositionRule {
  package init() {}

  package func findings(in context: CompositionContext) -> [Finding] {
    let rule = context.rules.requiresChair
    switch context.composition.chair {
    case nil where rule.value:
      return [
        Finding(
          .compositionChairNotMember, severity: rule.severity(), clause: rule.clause,
          subject: "record",
          message: Phrase(
            kk: "Төраға аталмаған. Мүшелердің бірін төраға етіп атаңыз.",
            ru: "Председатель не назначен. Назначьте председателем одного из членов.",
            en: "No chair is named. Name one of the members as the chair."))
      ]
    case let chair? where !context.members.contains(chair):
      return [
        Finding(
          .compositionChairNotMember, severity: rule.severity(), clause: rule.clause,
          subject: chair,
          message: Phrase(
            kk: "Төраға \(context.name(chair)) мүшелердің қатарында жоқ. Оны мүшелерге қосыңыз "
              + "немесе мүшелердің бірін төраға етіп атаңыз.",
            ru: "Председатель \(context.name(chair)) не входит в число членов. Включите его в "
              + "члены или назначьте председателем одного из членов.",
            en: "The chair \(context.name(chair)) is not among the members. Add them to the "
              + "members or name a member as the chair."))
      ]
    default:
      return []
    }
  }
}
