// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// A case's score is the average of its five parameters (002 Appendices 1–2, the sheet's note:
/// the sum divided by the number of parameters), rounded down or up to hundredths.
///
/// SPEC's list of finding codes has none for this rule; it is reported under the nearest,
/// `outcome.mismatch` (a recorded score that differs from what gives it), as a warning, so that
/// it never refuses a record on a code that does not name it.
struct ParameterAverageCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    context.record.cases.compactMap { reviewed in
      guard let parameters = reviewed.parameters, let averages = parameters.averages,
        let score = reviewed.score?.score, !averages.contains(score)
      else { return nil }
      let average =
        averages.lowerBound == averages.upperBound
        ? "\(averages.lowerBound)" : "\(averages.lowerBound)–\(averages.upperBound)"
      return Finding(
        .outcomeMismatch, severity: .warning, clause: ScoreParameters.clause,
        subject: reviewed.id,
        message:
          "Case \(reviewed.id) has the score \(score) but its five parameters average \(average)."
      )
    }
  }
}
