import HattamaKit

/// `report` as text: the totals, then a table per body, unit and evaluator, the grades before
/// and after, the findings by code and the deadlines missed by period.
struct ReportText {
  var labels: ReportLabels

  func render(_ overview: Overview) -> String {
    let totals = overview.totals
    var lines = [
      labels.title, "",
      "\(labels.sittings): \(overview.sittings)"
        + (overview.drafts == 0 ? "" : "; \(labels.drafts): \(overview.drafts)")
        + (overview.unreadable.isEmpty
          ? "" : "; \(labels.unreadable): \(overview.unreadable.count)"),
      "\(labels.cases): \(totals.cases); \(labels.confirmed): \(totals.confirmed); "
        + "\(labels.correctedUp): \(totals.correctedUp) (\(mean(totals.scoreUp, "+"))); "
        + "\(labels.correctedDown): \(totals.correctedDown) (\(mean(totals.scoreDown, "−"))); "
        + "\(labels.undecided): \(totals.undecided)"
        + (totals.incomparable > 0 ? "; \(labels.incomparable): \(totals.incomparable)" : ""),
    ]
    lines += section(labels.body, overview.bodies.map { ($0.body, $0.totals) })
    lines += section(labels.unit, overview.units.map { ($0.unit ?? labels.noUnit, $0.totals) })
    lines += section(
      labels.evaluator, overview.evaluators.map { ($0.evaluator.description, $0.totals) })
    lines += bands(overview)
    lines += ["", labels.findings]
    let findings = overview.findingRows
    lines.append(
      findings.isEmpty
        ? labels.noneFound
        : TextTable.render(
          header: [labels.code, labels.violations, labels.warnings],
          rows: findings.map { [$0.code.rawValue, "\($0.violations)", "\($0.warnings)"] }))
    lines += ["", labels.deadlines]
    let periods = overview.deadlinePeriods
    lines.append(
      periods.isEmpty
        ? labels.noneFound
        : TextTable.render(
          header: [labels.period, labels.missed, labels.code],
          rows: periods.map { entry in
            [
              entry.period, "\(entry.missed.reduce(0) { $0 + $1.count })",
              entry.missed.map { "\($0.code.rawValue) \($0.count)" }.joined(separator: ", "),
            ]
          }))
    return lines.joined(separator: "\n") + "\n"
  }

  private func section(_ heading: String, _ groups: [(String, ReportTotals)]) -> [String] {
    let header = [
      heading, labels.cases, labels.confirmed, labels.correctedUp, labels.meanUp,
      labels.correctedDown, labels.meanDown, labels.undecided,
    ]
    let rows = groups.map { name, totals in
      [
        name, "\(totals.cases)", "\(totals.confirmed)", "\(totals.correctedUp)",
        mean(totals.scoreUp, "+"), "\(totals.correctedDown)", mean(totals.scoreDown, "−"),
        "\(totals.undecided)",
      ]
    }
    return ["", TextTable.render(header: header, rows: rows)]
  }

  /// The before/after matrix of each scale the cases use, rows before, columns after.
  private func bands(_ overview: Overview) -> [String] {
    overview.bandScales.flatMap { scale -> [String] in
      let rows = scale.map { before in
        [labels.heading(before)]
          + scale.map { after in
            "\(overview.transitions[Overview.Transition(before: before, after: after)] ?? 0)"
          }
      }
      return [
        "", labels.bandMatrix,
        TextTable.render(
          header: ["\(labels.before) \\ \(labels.after)"] + scale.map(labels.heading), rows: rows),
      ]
    }
  }

  private func mean(_ change: Change, _ sign: String) -> String {
    labels.mean(change, unit: 1, sign: sign)
  }
}
