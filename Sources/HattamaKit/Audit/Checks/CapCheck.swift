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
      if let parameter = reviewed.parameters?.sanctions.score, parameter > cap.value {
        let (id, sanction) = (reviewed.id, reviewed.sanction)
        let (kk, ru) = Self.sanctionWords(sanction)
        return Finding(
          .scoreCapExceeded, severity: .violation, clause: cap.clause, subject: id,
          message: Phrase(
            kk: "\(id) ісінің 5-параметрі — \(parameter), бірақ \(kk) болғанда ол ең көбі "
              + "\(cap.value) болады.",
            ru: "Параметр 5 дела \(id) равен \(parameter), но при \(ru) он не выше \(cap.value).",
            en: "Parameter 5 of case \(id) is \(parameter) but a \(sanction.rawValue) sanction "
              + "caps it at \(cap.value)."))
      }
      guard let final = finalScore(of: reviewed, in: context),
        let breach = caps.breach(by: final, sanction: reviewed.sanction)
      else { return nil }
      return Finding(
        .scoreCapExceeded, severity: breach.severity, clause: breach.clause, subject: reviewed.id,
        message: breach.message(case: reviewed.id, final: final, sanction: reviewed.sanction))
    }
  }

  /// The recorded final score, else the adopted one, else (before the sitting) the evaluator's.
  private func finalScore(of reviewed: Case, in context: AuditContext) -> Score? {
    let recorded = context.outcome(of: reviewed.id)?.finalResult
    let decided = context.deliberation.decisions[reviewed.id]?.finalResult
    return (recorded ?? decided ?? reviewed.evaluation).score?.score
  }
}

extension CapCheck {
  /// The sanction in the sentences' case: «ескерту, сөгіс немесе қатаң сөгіс (болғанда)», «(при)
  /// замечании, выговоре или строгом выговоре».
  static func sanctionWords(_ sanction: Sanction) -> (kk: String, ru: String) {
    sanction == .other
      ? ("өзге тәртіптік жаза", "ином дисциплинарном взыскании")
      : ("ескерту, сөгіс немесе қатаң сөгіс", "замечании, выговоре или строгом выговоре")
  }
}

extension CapBreach {
  /// The sentence for a breach: above what a capped parameter 5 can average, or above the cap
  /// under the reading that it bounds the final score.
  ///
  /// - Parameters:
  ///   - caseID: The case whose final score breaks the cap.
  ///   - final: That score.
  ///   - sanction: The employee's sanction, which sets the cap.
  /// - Returns: The sentence naming the case, its final score, the cap and the clause.
  public func message(case caseID: CaseID, final: Score, sanction: Sanction) -> Phrase {
    let (cap, highest) = (self.cap.value, self.highest)
    let (kk, ru) = CapCheck.sanctionWords(sanction)
    return underEveryReading
      ? Phrase(
        kk: "\(caseID) ісінің қорытынды бағасы — \(final), бірақ \(kk) болғанда 5-параметр ең көбі "
          + "\(cap) болады, сондықтан бес параметрдің орташа мәні ең көбі \(highest) бола алады.",
        ru: "Дело \(caseID) завершается оценкой \(final), но при \(ru) параметр 5 не выше \(cap), "
          + "поэтому среднее пяти параметров не может превышать \(highest).",
        en: "Case \(caseID) ends with \(final) but a \(sanction.rawValue) sanction caps parameter "
          + "5 at \(cap), so the average of the five parameters cannot exceed \(highest)."
      )
      : Phrase(
        kk: "\(caseID) ісінің қорытынды бағасы — \(final), бірақ \(kk) болғанда, шектеу қорытынды "
          + "бағаға қолданылады деп оқылса, баға ең көбі \(cap) болады; шектеу тек 5-параметрге "
          + "қолданылады деп оқылса, ең көбі \(highest) болуы мүмкін.",
        ru: "Дело \(caseID) завершается оценкой \(final), но при \(ru) оценка не выше \(cap), если "
          + "ограничение относится к итоговой оценке; если оно относится только к параметру 5, "
          + "допускается до \(highest).",
        en: "Case \(caseID) ends with \(final) but a \(sanction.rawValue) sanction caps the score "
          + "at \(cap), reading the cap as bounding the final score; read as bounding parameter 5 "
          + "only, it allows up to \(highest)."
      )
  }
}
