// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// A sanctioned employee's score stays under the disciplinary cap: 2.99 after a warning,
/// reprimand or severe reprimand, 1.99 after any other sanction (002 Appendices 1–2,
/// parameter 5).
///
/// The sentence stands in parameter 5's row, and the score is the average of the five
/// parameters. So:
/// - where the case gives its `parameters`, parameter 5 above the cap breaks the text itself;
/// - a final score above the highest average a capped parameter 5 allows (4.60 under 2.99,
///   4.40 under 1.99) breaks the cap under every reading;
/// - a final score above the cap but within that average breaks only the reading that the cap
///   bounds the final score too (``DisciplinaryCaps/boundsFinalScore``): a warning that names it,
///   unless the methodology adopts that reading as its text.
struct CapCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    guard let caps = context.methodology.caps else { return [] }
    return context.record.cases.compactMap { reviewed in
      guard let cap = caps.cap(for: reviewed.sanction) else { return nil }
      let sanction = reviewed.sanction.rawValue
      if let parameter = reviewed.parameters?.sanctions.score, parameter > cap.value {
        return Finding(
          .scoreCapExceeded, severity: .violation, clause: cap.clause, subject: reviewed.id,
          message:
            "Parameter 5 of case \(reviewed.id) is \(parameter) but a \(sanction) sanction caps it at \(cap.value)."
        )
      }
      guard let final = finalScore(of: reviewed, in: context),
        let breach = caps.breach(by: final, sanction: reviewed.sanction)
      else { return nil }
      return Finding(
        .scoreCapExceeded, severity: breach.severity, clause: breach.clause, subject: reviewed.id,
        message: Self.message(breach, case: reviewed.id, final: final, sanction: sanction))
    }
  }

  /// The sentence for a breach: above what a capped parameter 5 can average, or above the cap
  /// under the reading that it bounds the final score.
  static func message(
    _ breach: CapBreach, case caseID: CaseID, final: Score, sanction: String
  ) -> String {
    breach.underEveryReading
      ? "Case \(caseID) ends with \(final) but a \(sanction) sanction caps parameter 5 at \(breach.cap.value), so the average of the five parameters cannot exceed \(breach.highest)."
      : "Case \(caseID) ends with \(final) but a \(sanction) sanction caps the score at \(breach.cap.value), reading the cap as bounding the final score; read as bounding parameter 5 only, it allows up to \(breach.highest)."
  }

  /// The recorded final score, else the adopted one, else (before the sitting) the evaluator's.
  private func finalScore(of reviewed: Case, in context: AuditContext) -> Score? {
    let recorded = context.outcome(of: reviewed.id)?.finalResult
    let decided = context.deliberation.decisions[reviewed.id]?.finalResult
    return (recorded ?? decided ?? reviewed.evaluation).score?.score
  }
}
