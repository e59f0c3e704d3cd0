// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
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
          message:
            "No motion on case \(reviewed.id) (\(context.name(reviewed.employee))) was adopted; the case is undecided\(context.basePhrase(severity))."
        )
      }
      guard context.record.outcomes != nil,
        recorded?.finalResult.isSameGrade(as: decision.finalResult) != true
      else { return nil }
      let written =
        recorded.map { "is recorded as \($0.finalResult)" } ?? "has no recorded final result"
      return Finding(
        .outcomeMismatch, clause: clause, subject: reviewed.id,
        message:
          "Case \(reviewed.id) \(written) but motion \(decision.motion) adopted \(decision.finalResult)."
      )
    }
  }
}
