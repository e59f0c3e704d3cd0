/// 002 ¶20 (at least three), 004 ¶5 (at least five): the composition is large enough.
package struct MinimumSizeRule: CompositionRule {
  package init() {}

  package func findings(in context: CompositionContext) -> [Finding] {
    let size = context.members.count, minimum = context.rules.minimumSize.value
    guard size < minimum else { return [] }
    return [
      Finding(
        .compositionTooSmall, severity: context.rules.minimumSize.severity(),
        clause: context.rules.minimumSize.clause, subject: "record",
        message: context.sizePhrase
          + Phrase(
            kk: "; кемінде \(minimum) мүше қажет.", ru: "; требуется не менее \(minimum).",
            en: "; at least \(minimum) are required."))
    ]
  }
}
