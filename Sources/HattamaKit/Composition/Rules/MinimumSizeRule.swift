// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
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
        message:
          "The composition has \(size) members\(context.duplicatesNote); at least \(minimum) are required.")
    ]
  }
}
