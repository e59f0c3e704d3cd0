/// A sanctioned employee's final score stays under the disciplinary cap: 2.99 after a warning,
/// reprimand or severe reprimand, 1.99 after any other sanction (002 Appendices 1–2,
/// parameter 5).
struct CapCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    guard let caps = context.methodology.caps else { return [] }
    return context.record.cases.compactMap { reviewed in
      guard let cap = caps.cap(for: reviewed.sanction),
        let final = finalScore(of: reviewed, in: context), final > cap.value
      else { return nil }
      return Finding(
        .scoreCapExceeded, clause: cap.clause, subject: reviewed.id,
        message:
          "Case \(reviewed.id) ends with \(final) but a \(reviewed.sanction.rawValue) sanction caps the score at \(cap.value)."
      )
    }
  }

  /// The recorded final score, else the adopted one, else (before the sitting) the evaluator's.
  private func finalScore(of reviewed: Case, in context: AuditContext) -> Score? {
    let recorded = context.outcome(of: reviewed.id)?.finalScore
    let decided = context.deliberation.decisions[reviewed.id]?.finalScore
    return (recorded ?? decided ?? reviewed.score).score
  }
}
