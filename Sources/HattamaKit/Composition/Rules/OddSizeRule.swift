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
        message: context.sizePhrase
          + Phrase(
            kk: "; мүшелер саны тақ болуы тиіс. Бір мүшені қосыңыз немесе шығарыңыз.",
            ru: "; число членов должно быть нечётным. Добавьте или исключите одного члена.",
            en: "; it must have an odd number. Add or remove one member."))
    ]
  }
}
