/// The methodology was in force on the day of the sitting (`methodology.not-in-force`).
///
/// 001 item 2 limits its commission chapter to 2023-08-31; 004 was repealed on 2024-11-21.
struct MethodologyCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    let methodology = context.methodology
    guard let day = context.governingDay, !methodology.isInForce(on: day) else { return [] }
    let bound = day < methodology.validFrom.value ? methodology.validFrom : methodology.validThrough
    let window = MethodologyCheck.window(methodology)
    return [
      Finding(
        .methodologyNotInForce, clause: bound?.clause ?? methodology.validFrom.clause,
        subject: methodology.id,
        message:
          "The methodology '\(methodology.id)' was not in force on \(day) (it is in force \(window))."
      )
    ]
  }

  static func window(_ methodology: Methodology) -> String {
    let from = methodology.validFrom.value
    return methodology.validThrough.map { "from \(from) through \($0.value)" } ?? "from \(from)"
  }
}
