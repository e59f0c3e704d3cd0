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
    let (id, window) = (methodology.id, methodology.validityDescription)
    switch methodology.inForce(on: day) {
    case .certainly:
      return []
    case .not(let bound):
      return [
        Finding(
          .methodologyNotInForce, severity: .violation, clause: bound.clause,
          subject: methodology.id,
          message: Phrase(
            kk: "'\(id)' әдістемесі \(day) күні қолданыста болмаған (қолданылу мерзімі: "
              + "\(window.kk)).",
            ru: "Методика '\(id)' не действовала на \(day) (срок действия: \(window.ru)).",
            en: "The methodology '\(id)' was not in force on \(day) (it is in force "
              + "\(window.en))."))
      ]
    case .assumed(let bound):
      let assumption = bound.note.map { Phrase(verbatim: " (") + $0 + Phrase(verbatim: ")") }
        ?? Phrase(verbatim: "")
      return [
        Finding(
          .methodologyNotInForce, severity: .warning, clause: bound.clause,
          subject: methodology.id,
          message: Phrase(
            kk: "'\(id)' әдістемесі \(day) күніне тек болжам бойынша қолданылады: ол "
              + "\(window.kk) анық қолданыста, ал \(day) күні \(bound.value) аралығына "
              + "түседі\(assumption.kk).",
            ru: "Методика '\(id)' применяется к \(day) лишь при допущении: она точно действует "
              + "\(window.ru), а \(day) попадает в окно \(bound.value)\(assumption.ru).",
            en: "The methodology '\(id)' governs \(day) only under an assumption: it is certainly "
              + "in force \(window.en), and \(day) falls in the window "
              + "\(bound.value)\(assumption.en)."))
      ]
    }
  }
}
