/// Every composition rule (002 ¶20; 000 ¶66–¶67; 004 ¶5), as `roster check` applies them.
struct CompositionCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    guard let composition = context.record.composition else {
      return [
        Finding(
          .compositionTooSmall, clause: context.rules.minimumSize.clause, subject: "composition",
          message: "The record has no composition; the sitting's members must be recorded.")
      ]
    }
    return composition.findings(in: context.record, under: context.rules)
  }
}
