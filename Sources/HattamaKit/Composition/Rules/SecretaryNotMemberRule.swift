/// 000 ¶67, 001 ¶61, 004 ¶34: the secretary does not vote, so is not a member.
package struct SecretaryNotMemberRule: CompositionRule {
  package init() {}

  package func findings(in context: CompositionContext) -> [Finding] {
    guard let secretary = context.composition.secretary, context.members.contains(secretary)
    else { return [] }
    return [
      Finding(
        .compositionSecretaryMember, severity: context.rules.requiresHRSecretary.severity(),
        clause: context.rules.requiresHRSecretary.clause,
        subject: secretary,
        message: Phrase(
          kk: "Хатшы \(context.name(secretary)) сонымен қатар дауыс беретін мүше; хатшы дауыс "
            + "бермейді. Басқа хатшы атаңыз немесе оны мүшелер қатарынан шығарыңыз.",
          ru: "Секретарь \(context.name(secretary)) также является голосующим членом; секретарь "
            + "не голосует. Назначьте другого секретаря или исключите его из членов.",
          en: "The secretary \(context.name(secretary)) is also a voting member; the secretary "
            + "does not vote. Name another secretary or remove them from the members."))
    ]
  }
}
