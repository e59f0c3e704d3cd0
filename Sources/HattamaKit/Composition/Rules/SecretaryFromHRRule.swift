/// 000 ¶67, 001 ¶61, 004 ¶34: the secretary is an employee of the HR service.
///
/// Also reported when no secretary is named where one is required.
package struct SecretaryFromHRRule: CompositionRule {
  package init() {}

  package func findings(in context: CompositionContext) -> [Finding] {
    let rule = context.rules.requiresHRSecretary
    guard rule.value else { return [] }
    guard let secretary = context.composition.secretary else {
      return [
        Finding(
          .compositionSecretaryNotHR, severity: rule.severity(), clause: rule.clause,
          subject: "record",
          message: Phrase(
            kk: "Хатшы аталмаған. HR қызметкерін хатшы етіп атаңыз.",
            ru: "Секретарь не назначен. Назначьте секретарём работника HR.",
            en: "No secretary is named. Name an HR employee as the secretary."))
      ]
    }
    guard let person = context.record.person(secretary), !person.hr else { return [] }
    return [
      Finding(
        .compositionSecretaryNotHR, severity: rule.severity(), clause: rule.clause,
        subject: secretary,
        message: Phrase(
          kk: "Хатшы \(context.name(secretary)) персоналды басқару қызметінің (HR) қызметкері "
            + "емес. HR қызметкерін хатшы етіп атаңыз.",
          ru: "Секретарь \(context.name(secretary)) не является работником службы управления "
            + "персоналом (HR). Назначьте секретарём работника HR.",
          en: "The secretary \(context.name(secretary)) is not an HR employee. Name an HR "
            + "employee as the secretary."))
    ]
  }
}
