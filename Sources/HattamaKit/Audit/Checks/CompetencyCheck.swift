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
          message: Self.message(
            competency, case: reviewed.id, expected: expected, share: "\(rule.value)"))
      }
    }
  }
}

extension CompetencyCheck {
  fileprivate static func message(
    _ competency: Competency, case id: CaseID, expected: CompetencyResult, share: String
  ) -> Phrase {
    let (name, observed, indicators) = (competency.name, competency.observed, competency.indicators)
    let (recorded, reaches) = (competency.result.phrase, expected == .meets)
    return Phrase(
      kk: "\(id) ісіндегі '\(name)' құзыреті «\(recorded.kk)» деп жазылған, бірақ "
        + "\(indicators) көрсеткіштің \(observed) байқалды, бұл \(share) үлесіне "
        + "\(reaches ? "жетеді" : "жетпейді"), сондықтан нәтиже — «\(expected.phrase.kk)».",
      ru: "Компетенция '\(name)' по делу \(id) записана как «\(recorded.ru)», но наблюдались "
        + "\(observed) из \(indicators) индикаторов, что \(reaches ? "достигает" : "не достигает") "
        + "доли \(share), и это даёт «\(expected.phrase.ru)».",
      en: "Competency '\(name)' of case \(id) is recorded as \(competency.result.rawValue), but "
        + "\(observed) of \(indicators) indicators observed "
        + "\(reaches ? "reach" : "fall short of") \(share), which gives \(expected.rawValue).")
  }
}

extension CompetencyResult {
  /// «күтілген нәтижеге сәйкес» / «соответствует ожидаемому результату» (004 ¶27).
  var phrase: Phrase {
    switch self {
    case .meets:
      Phrase(
        kk: "күтілген нәтижеге сәйкес", ru: "соответствует ожидаемому результату", en: rawValue)
    case .doesNotMeet:
      Phrase(
        kk: "күтілген нәтижеге сәйкес емес", ru: "не соответствует ожидаемому результату",
        en: rawValue)
    }
  }
}
