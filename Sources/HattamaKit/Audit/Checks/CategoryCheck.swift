/// A category follows from the number of targets met: all five → 1, four → 2, three → 3,
/// fewer → 4 (000 ¶55, 001 ¶49, 004 ¶18), wherever the record gives both: a case, a correction.
///
/// And only a methodology that grades by targets gives categories at all: under one that grades
/// only by score (002), a category is no result its text knows.
struct CategoryCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    // `what` says where the result stands: "c1 ісінде" / "В деле c1" / "Case c1".
    var results: [(subject: String, what: Phrase, result: EvaluationResult)] =
      context.record.cases.map {
        (
          $0.id, Phrase(kk: "\($0.id) ісінде", ru: "В деле \($0.id)", en: "Case \($0.id)"),
          $0.evaluation
        )
      }
    for motion in context.record.motions ?? [] {
      if case .correct(let result) = motion.kind {
        let id = motion.id
        results.append(
          (
            id, Phrase(kk: "\(id) ұсынысында", ru: "В предложении \(id)", en: "Motion \(id)"),
            result
          ))
      }
    }
    let id = context.methodology.id
    guard let rule = context.methodology.targetCategories else {
      return results.filter { $0.result.scale == .category }.map { subject, what, _ in
        Finding(
          .resultCategoryMismatch, clause: ScoreBand.clause, subject: subject,
          message: Phrase(
            kk: "\(what.kk) санат көрсетілген, бірақ \(id) әдістемесі балмен (0.00–5.00) "
              + "бағалайды және санаттарды белгілемейді.",
            ru: "\(what.ru) указана категория, но методика \(id) оценивает в баллах (0.00–5.00) "
              + "и категорий не определяет.",
            en: "\(what.en) gives a category, but \(id) grades by score (0.00–5.00) and defines no "
              + "categories."))
      }
    }
    return results.compactMap { subject, what, result in
      guard case .category(let category, let met?) = result else { return nil }
      let expected = TargetCategory(kpiMet: met)
      guard category != expected else { return nil }
      let name = rule.value[expected]
      return Finding(
        .resultCategoryMismatch, severity: rule.severity(), clause: rule.clause, subject: subject,
        message: Phrase(
          kk: "\(what.kk) санат \(category) көрсетілген, бірақ \(TargetCategory.targets) НМИ-нің "
            + "\(met) орындалғанда санат \(expected) болады («\(name.kk)»).",
          ru: "\(what.ru) указана категория \(category), но при \(met) из "
            + "\(TargetCategory.targets) достигнутых ЦИ категория \(expected) («\(name.ru)»).",
          en: "\(what.en) gives category \(category), but \(met) of \(TargetCategory.targets) "
            + "targets met give category \(expected) («\(name.kk)»)."))
    }
  }
}
