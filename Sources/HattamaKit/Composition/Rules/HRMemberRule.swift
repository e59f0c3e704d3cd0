/// 002 ¶20: an employee of the HR service (or the person assigned its duties) is a member.
package struct HRMemberRule: CompositionRule {
  package init() {}

  package func findings(in context: CompositionContext) -> [Finding] {
    guard context.rules.requiresHRMember.value else { return [] }
    let hasHR = context.members.contains { context.record.person($0)?.hr == true }
    guard !hasHR else { return [] }
    return [
      Finding(
        .compositionNoHRMember, severity: context.rules.requiresHRMember.severity(),
        clause: context.rules.requiresHRMember.clause,
        subject: "record",
        message: Phrase(
          kk: "Мүшелердің ішінде персоналды басқару қызметінің (HR) қызметкері жоқ. HR "
            + "қызметкерін дауыс беретін мүше ретінде қосыңыз.",
          ru: "Среди членов нет работника службы управления персоналом (HR). Включите работника "
            + "HR в состав как голосующего члена.",
          en: "No member works in the HR service. Add an HR employee as a voting member."))
    ]
  }
}
