/// Every score in the record is from 0.00 to 5.00 with at most two decimals (000 ¶13, 002 ¶8).
enum ScoreCheck {
  static func findings(in record: Record) -> [Finding] {
    let scores: [(String, ScoreInput)] =
      record.cases.map { ($0.id, $0.score) }
      + (record.motions ?? []).compactMap { motion in
        guard case .correct(let score) = motion.kind else { return nil }
        return (motion.id, score)
      }
      + (record.outcomes ?? []).map { ($0.caseID, $0.finalScore) }
    return scores.compactMap { subject, score in
      guard case .invalid(let text, let problem) = score else { return nil }
      switch problem {
      case .tooManyDecimals:
        return Finding(
          .scorePrecision, clause: ScoreBand.clause, subject: subject,
          message:
            "The score '\(text)' of \(subject) has more than two decimals; write it like \"3.40\".")
      default:
        return Finding(
          .scoreOutOfRange, clause: ScoreBand.clause, subject: subject,
          message: "The score '\(text)' of \(subject) is outside 0.00–5.00.")
      }
    }
  }
}
