/// Every case of a sitting was decided, and its recorded final result (a score or a category)
/// is the adopted motion's (000 ¶70–¶71, 002 ¶23).
struct OutcomeCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    guard context.sat else { return [] }
    // The clause where the body adopts the final score by majority (002 ¶23, 000 ¶47, ¶66).
    let clause = context.rules.majorityBase.clause
    return context.record.cases.compactMap { reviewed in
      let recorded = context.outcome(of: reviewed.id)
      guard let decision = context.deliberation.decisions[reviewed.id] else {
        let severity = context.rules.majorityBase.severity(
          underEveryReading: !context.decidedUnderAnotherBase(reviewed.id))
        return Finding(
          .outcomeUndecided, severity: severity, clause: clause, subject: reviewed.id,
          message: Phrase(
            kk: "\(reviewed.id) ісі (\(context.name(reviewed.employee))) бойынша бірде-бір ұсыныс "
              + "қабылданбады; іс шешілмеді",
            ru: "По делу \(reviewed.id) (\(context.name(reviewed.employee))) не принято ни одно "
              + "предложение; дело не решено",
            en: "No motion on case \(reviewed.id) (\(context.name(reviewed.employee))) was "
              + "adopted; "
              + "the case is undecided") + context.basePhrase(severity) + Phrase(verbatim: "."))
      }
      guard context.record.outcomes != nil,
        recorded?.finalResult.isSameGrade(as: decision.finalResult) != true
      else { return nil }
      let (id, motion, adopted) = (reviewed.id, decision.motion, decision.finalResult.phrase)
      let written =
        recorded.map {
          let result = $0.finalResult.phrase
          return Phrase(
            kk: "қорытынды нәтиже \(result.kk) деп жазылған", ru: "итог записан как \(result.ru)",
            en: "is recorded as \(result.en)")
        }
        ?? Phrase(
          kk: "қорытынды нәтиже жазылмаған", ru: "итог не записан",
          en: "has no recorded final result")
      return Finding(
        .outcomeMismatch, clause: clause, subject: id,
        message: Phrase(
          kk: "\(id) ісі бойынша \(written.kk), бірақ қабылданған \(motion) ұсынысы бойынша "
            + "нәтиже — \(adopted.kk).",
          ru: "По делу \(id) \(written.ru), но принятое предложение \(motion) даёт \(adopted.ru).",
          en: "Case \(id) \(written.en) but motion \(motion) adopted \(adopted.en)."))
    }
  }
}
