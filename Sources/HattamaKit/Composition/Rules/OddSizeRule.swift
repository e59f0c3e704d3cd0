// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// 002 ¶20: the composition has an odd number of members.
///
/// Violated by an even number of voting members where the methodology requires an odd one
/// (`composition.even`).
package struct OddSizeRule: CompositionRule {
  package init() {}

  package func findings(in context: CompositionContext) -> [Finding] {
    let size = context.members.count
    guard context.rules.oddSize.value, size % 2 == 0 else { return [] }
    return [
      Finding(
        .compositionEven, severity: context.rules.oddSize.severity(),
        clause: context.rules.oddSize.clause, subject: "record",
        message:
          "The composition has \(size) members\(context.duplicatesNote); it must have an odd number. Add or remove one member."
      )
    ]
  }
}
