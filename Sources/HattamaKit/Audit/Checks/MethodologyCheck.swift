// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// The methodology was in force on the day of the sitting (`methodology.not-in-force`).
///
/// A day the seed fixes is certain; a day that depends on a first official publication the seed
/// lacks is a window (``ValidityDay``). A sitting inside the window gets a warning naming the
/// assumption; one outside every reading a violation (SPEC, "The force of a rule"). 001 item 2
/// limits its commission chapter to 2023-08-31; 004's repeal takes effect ten calendar days
/// after its publication.
struct MethodologyCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    let methodology = context.methodology
    guard let day = context.governingDay else { return [] }
    let window = methodology.validityDescription.en
    switch methodology.inForce(on: day) {
    case .certainly:
      return []
    case .not(let bound):
      return [
        Finding(
          .methodologyNotInForce, severity: .violation, clause: bound.clause,
          subject: methodology.id,
          message:
            "The methodology '\(methodology.id)' was not in force on \(day) (it is in force \(window))."
        )
      ]
    case .assumed(let bound):
      let assumption = bound.note.map { " (\($0.en))" } ?? ""
      return [
        Finding(
          .methodologyNotInForce, severity: .warning, clause: bound.clause,
          subject: methodology.id,
          message:
            "The methodology '\(methodology.id)' governs \(day) only under an assumption: it is certainly in force \(window), and \(day) falls in the window \(bound.value)\(assumption)."
        )
      ]
    }
  }
}
