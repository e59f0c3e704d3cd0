// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// A competency meets the expected result exactly when at least the methodology's share of its
/// behaviour indicators was observed (004 ¶27: ¾ or more → «күтілген нәтижеге сәйкес», else
/// «…сәйкес емес»).
struct CompetencyCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    guard let rule = context.methodology.competencyThreshold else { return [] }
    return context.record.cases.flatMap { reviewed in
      reviewed.competencies.compactMap { competency -> Finding? in
        let expected = competency.expectedResult(threshold: rule.value)
        guard competency.result != expected else { return nil }
        return Finding(
          .competencyMismatch, severity: rule.severity(), clause: rule.clause,
          subject: reviewed.id,
          message:
            "Competency '\(competency.name)' of case \(reviewed.id) is recorded as \(competency.result.rawValue), but \(competency.observed) of \(competency.indicators) indicators observed \(expected == .meets ? "reach" : "fall short of") \(rule.value), which gives \(expected.rawValue)."
        )
      }
    }
  }
}
