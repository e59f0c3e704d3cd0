/// Every score in the record is from 0.00 to 5.00 with at most two decimals (000 ¶13, 002 ¶8):
/// the cases', their parameters', the corrections' and the outcomes'.
enum ScoreCheck {
  static func findings(in record: Record) -> [Finding] {
    let theScore = Phrase(kk: "баға", ru: "Оценка", en: "The score")
    var scores: [(String, Phrase, ScoreInput)] = []
    for reviewed in record.cases {
      if let score = reviewed.score { scores.append((reviewed.id, theScore, score)) }
      for (index, value) in (reviewed.parameters?.values ?? []).enumerated() {
        let parameter = Phrase(
          kk: "\(index + 1)-параметр", ru: "Параметр \(index + 1)", en: "Parameter \(index + 1)")
        scores.append((reviewed.id, parameter, value))
      }
    }
    for motion in record.motions ?? [] {
      if case .correct(.score(let score)) = motion.kind {
        scores.append((motion.id, theScore, score))
      }
    }
    for outcome in record.outcomes ?? [] {
      if let score = outcome.finalResult.score {
        let final = Phrase(kk: "қорытынды баға", ru: "Итоговая оценка", en: "The final score")
        scores.append((outcome.caseID, final, score))
      }
    }
    return scores.compactMap { subject, what, score in
      guard case .invalid(let text, let problem) = score else { return nil }
      switch problem {
      case .tooManyDecimals:
        return Finding(
          .scorePrecision, clause: ScoreBand.clause, subject: subject,
          message: Phrase(
            kk: "\(subject) бойынша \(what.kk) '\(text)' үтірден кейін екі таңбадан көп; оны "
              + "\"3.40\" сияқты жазыңыз.",
            ru: "\(what.ru) '\(text)' (\(subject)) содержит больше двух знаков после запятой; "
              + "запишите как \"3.40\".",
            en: "\(what.en) '\(text)' of \(subject) has more than two decimals; write it like "
              + "\"3.40\"."))
      default:
        return Finding(
          .scoreOutOfRange, clause: ScoreBand.clause, subject: subject,
          message: Phrase(
            kk: "\(subject) бойынша \(what.kk) '\(text)' 0.00–5.00 аралығынан тыс.",
            ru: "\(what.ru) '\(text)' (\(subject)) вне диапазона 0.00–5.00.",
            en: "\(what.en) '\(text)' of \(subject) is outside 0.00–5.00."))
      }
    }
  }
}
