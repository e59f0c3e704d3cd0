// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// Every score in the record is from 0.00 to 5.00 with at most two decimals (000 ¶13, 002 ¶8):
/// the cases', their parameters', the corrections' and the outcomes'.
enum ScoreCheck {
  static func findings(in record: Record) -> [Finding] {
    var scores: [(String, String, ScoreInput)] = []
    for reviewed in record.cases {
      if let score = reviewed.score { scores.append((reviewed.id, "The score", score)) }
      for (index, value) in (reviewed.parameters?.values ?? []).enumerated() {
        scores.append((reviewed.id, "Parameter \(index + 1)", value))
      }
    }
    for motion in record.motions ?? [] {
      if case .correct(.score(let score)) = motion.kind {
        scores.append((motion.id, "The score", score))
      }
    }
    for outcome in record.outcomes ?? [] {
      if let score = outcome.finalResult.score {
        scores.append((outcome.caseID, "The final score", score))
      }
    }
    return scores.compactMap { subject, what, score in
      guard case .invalid(let text, let problem) = score else { return nil }
      switch problem {
      case .tooManyDecimals:
        return Finding(
          .scorePrecision, clause: ScoreBand.clause, subject: subject,
          message:
            "\(what) '\(text)' of \(subject) has more than two decimals; write it like \"3.40\".")
      default:
        return Finding(
          .scoreOutOfRange, clause: ScoreBand.clause, subject: subject,
          message: "\(what) '\(text)' of \(subject) is outside 0.00–5.00.")
      }
    }
  }
}
