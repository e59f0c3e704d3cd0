// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
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
          message: "No chair is named. Name one of the members as the chair.")
      ]
    case let chair? where !context.members.contains(chair):
      return [
        Finding(
          .compositionChairNotMember, severity: rule.severity(), clause: rule.clause,
          subject: chair,
          message:
            "The chair \(context.name(chair)) is not among the members. Add them to the members or name a member as the chair."
        )
      ]
    default:
      return []
    }
  }
}
