// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// A category follows from the number of targets met: all five → 1, four → 2, three → 3,
/// fewer → 4 (000 ¶55, 001 ¶49, 004 ¶18), wherever the record gives both: a case, a correction.
///
/// And only a methodology that grades by targets gives categories at all: under one that grades
/// only by score (002), a category is no result its text knows.
struct CategoryCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    var results: [(subject: String, what: String, result: EvaluationResult)] =
      context.record.cases.map { ($0.id, "Case \($0.id)", $0.evaluation) }
    for motion in context.record.motions ?? [] {
      if case .correct(let result) = motion.kind {
        results.append((motion.id, "Motion \(motion.id)", result))
      }
    }
    guard let rule = context.methodology.targetCategories else {
      return results.filter { $0.result.scale == .category }.map { subject, what, _ in
        Finding(
          .resultCategoryMismatch, clause: ScoreBand.clause, subject: subject,
          message:
            "\(what) gives a category, but \(context.methodology.id) grades by score (0.00–5.00) and defines no categories."
        )
      }
    }
    return results.compactMap { subject, what, result in
      guard case .category(let category, let met?) = result else { return nil }
      let expected = TargetCategory(kpiMet: met)
      guard category != expected else { return nil }
      return Finding(
        .resultCategoryMismatch, severity: rule.severity(), clause: rule.clause, subject: subject,
        message:
          "\(what) gives category \(category), but \(met) of \(TargetCategory.targets) targets met give category \(expected) («\(rule.value[expected].kk)»)."
      )
    }
  }
}
