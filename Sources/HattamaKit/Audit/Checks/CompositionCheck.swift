// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// Every composition rule (002 ¶20; 000 ¶66–¶67; 004 ¶5), as `roster check` applies them.
///
/// A draft without a composition has nothing to check yet; a sitting without one is reported.
struct CompositionCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    guard let composition = context.record.composition else {
      guard context.sat else { return [] }
      return [
        Finding(
          .compositionTooSmall, clause: context.rules.minimumSize.clause, subject: "record",
          message:
            "The sitting has no recorded composition; record the members the official approved.")
      ]
    }
    return composition.findings(in: context.record, under: context.rules)
  }
}
