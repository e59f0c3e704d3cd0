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
      guard let final = finalScore(of: reviewed, in: context), final > cap.value else {
        return nil
      }
      let highest = ScoreParameters.highestAverage(withSanctionsAtMost: cap.value)
      if final > highest {
        return Finding(
          .scoreCapExceeded, severity: .violation, clause: cap.clause, subject: reviewed.id,
          message:
            "Case \(reviewed.id) ends with \(final) but a \(sanction) sanction caps parameter 5 at \(cap.value), so the average of the five parameters cannot exceed \(highest)."
        )
      }
      let reading = caps.boundsFinalScore
      guard reading.value else { return nil }
      return Finding(
        .scoreCapExceeded, severity: reading.severity(), clause: reading.clause,
        subject: reviewed.id,
        message:
          "Case \(reviewed.id) ends with \(final) but a \(sanction) sanction caps the score at \(cap.value), reading the cap as bounding the final score; read as bounding parameter 5 only, it allows up to \(highest)."
      )
    }
  }

  /// The recorded final score, else the adopted one, else (before the sitting) the evaluator's.
  private func finalScore(of reviewed: Case, in context: AuditContext) -> Score? {
    let recorded = context.outcome(of: reviewed.id)?.finalResult
    let decided = context.deliberation.decisions[reviewed.id]?.finalResult
    return (recorded ?? decided ?? reviewed.evaluation).score?.score
  }
}
