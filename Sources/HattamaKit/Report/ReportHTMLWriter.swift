// l10n: exempt — HTML and SVG markup only: every word a person reads comes from ReportLabels
/// `report --format html`: one self-contained printable page — embedded style, charts as inline
/// SVG, no script, no external file — in Kazakh, Russian or English.
public struct ReportHTMLWriter: Sendable {
  package var labels: ReportLabels
  /// The most groups a bar chart shows, those with the most corrections; the tables list all.
  public var chartRows = 25

  /// A writer of the page in one language.
  ///
  /// - Parameter language: Kazakh, Russian or English.
  public init(language: Language) { labels = ReportLabels.labels(language) }

  /// The overview as one HTML page.
  ///
  /// - Parameter overview: the sittings counted.
  /// - Returns: the whole document, from `<!DOCTYPE html>`; its texts escaped for HTML.
  public func write(_ overview: Overview) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="\(labels.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(labels.title.htmlEscaped)</title>
      <style>
      \(Self.style)
      </style>
      </head>
      <body>
      <div class="confidential">\(labels.confidential.htmlEscaped)</div>
      <h1>\(labels.title.htmlEscaped)</h1>

      """
    html += summary(overview)
    html += section(
      labels.correctionsByEvaluator,
      chart: corrections(
        overview.evaluators.map { ($0.evaluator.description, $0.totals) },
        title: labels.correctionsByEvaluator))
    html += section(
      labels.correctionsByUnit,
      chart: corrections(
        overview.units.map { ($0.unit ?? labels.noUnit, $0.totals) },
        title: labels.correctionsByUnit))
    for scale in overview.bandScales {
      html += section(
        labels.bandMatrix,
        chart: ReportCharts.matrix(scale, counts: overview.transitions, labels: labels))
    }
    html += section(
      labels.deadlines,
      chart: overview.deadlinePeriods.isEmpty
        ? "<p>\(labels.noneFound.htmlEscaped)</p>\n"
        : ReportCharts.deadlines(overview.deadlinePeriods, labels: labels))
    html += groupTable(labels.body, overview.bodies.map { ($0.body, $0.totals) })
    html += groupTable(labels.unit, overview.units.map { ($0.unit ?? labels.noUnit, $0.totals) })
    html += groupTable(
      labels.evaluator, overview.evaluators.map { ($0.evaluator.description, $0.totals) })
    html += findings(overview)
    return html + "</body>\n</html>\n"
  }

  private func summary(_ overview: Overview) -> String {
    var rows = [
      [labels.sittings, "\(overview.sittings)"],
      [labels.cases, "\(overview.totals.cases)"],
      [labels.confirmed, "\(overview.totals.confirmed)"],
      [
        labels.correctedUp,
        "\(overview.totals.correctedUp) (\(labels.mean(overview.totals.scoreUp, unit: 1, sign: "+")))",
      ],
      [
        labels.correctedDown,
        "\(overview.totals.correctedDown) (\(labels.mean(overview.totals.scoreDown, unit: 1, sign: "−")))",
      ],
      [labels.undecided, "\(overview.totals.undecided)"],
    ]
    if overview.totals.incomparable > 0 {
      rows.append([labels.incomparable, "\(overview.totals.incomparable)"])
    }
    if overview.drafts > 0 { rows.append([labels.drafts, "\(overview.drafts)"]) }
    if !overview.unreadable.isEmpty {
      rows.append([labels.unreadable, "\(overview.unreadable.count)"])
    }
    return "<section class=\"summary\">\n" + table(nil, rows) + "</section>\n"
  }

  private func corrections(_ groups: [(String, ReportTotals)], title: String) -> String {
    let rows = groups.filter { $0.1.corrected > 0 }
      .sorted { ($0.1.corrected, $1.0) > ($1.1.corrected, $0.0) }
      .prefix(chartRows)
      .map { (label: $0.0, up: $0.1.correctedUp, down: $0.1.correctedDown) }
    guard !rows.isEmpty else { return "<p>\(labels.noneFound.htmlEscaped)</p>\n" }
    return ReportCharts.corrections(Array(rows), title: title, labels: labels)
  }

  private func section(_ heading: String, chart: String) -> String {
    "<section class=\"chart\">\n<h2>\(heading.htmlEscaped)</h2>\n\(chart)</section>\n"
  }

  private func groupTable(_ heading: String, _ groups: [(String, ReportTotals)]) -> String {
    let header = [
      heading, labels.cases, labels.confirmed, labels.correctedUp, labels.meanUp,
      labels.correctedDown, labels.meanDown, labels.undecided,
    ]
    let rows = groups.map { name, totals in
      [
        name, "\(totals.cases)", "\(totals.confirmed)", "\(totals.correctedUp)",
        labels.mean(totals.scoreUp, unit: 1, sign: "+"), "\(totals.correctedDown)",
        labels.mean(totals.scoreDown, unit: 1, sign: "−"), "\(totals.undecided)",
      ]
    }
    return "<section>\n<h2>\(heading.htmlEscaped)</h2>\n" + table(header, rows) + "</section>\n"
  }

  private func findings(_ overview: Overview) -> String {
    var html = "<section>\n<h2>\(labels.findings.htmlEscaped)</h2>\n"
    let rows = overview.findingRows.map {
      [$0.code.rawValue, "\($0.violations)", "\($0.warnings)"]
    }
    html +=
      rows.isEmpty
      ? "<p>\(labels.noneFound.htmlEscaped)</p>\n"
      : table([labels.code, labels.violations, labels.warnings], rows)
    return html + "</section>\n"
  }

  private func table(_ header: [String]?, _ rows: [[String]]) -> String {
    var html = "<table>\n"
    if let header {
      html +=
        "<thead><tr>" + header.map { "<th>\($0.htmlEscaped)</th>" }.joined() + "</tr></thead>\n"
    }
    html += "<tbody>\n"
    for row in rows {
      html +=
        "<tr>"
        + row.enumerated().map { index, cell in
          index == 0 ? "<td>\(cell.htmlEscaped)</td>" : "<td class=\"n\">\(cell.htmlEscaped)</td>"
        }.joined() + "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  /// DejaVu Sans and Noto Sans carry every Kazakh letter; charts are kept whole on a page.
  private static let style = """
    @page { size: A4; margin: 15mm; }
    * { box-sizing: border-box; }
    html { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10pt;
      color: #000; background: #fff; }
    body { max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
    h1 { font-size: 16pt; margin: 0 0 4mm; }
    h2 { font-size: 12pt; margin: 6mm 0 2mm; }
    .confidential { text-align: right; color: #a00; font-weight: bold; font-size: 8pt; }
    table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; font-size: 9pt; }
    th, td { border: 1px solid #999; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
    th { background: #eee; }
    td.n { text-align: right; white-space: nowrap; }
    .summary table { width: auto; min-width: 90mm; }
    svg { max-width: 100%; height: auto; }
    .chart { break-inside: avoid; page-break-inside: avoid; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; }
    """
}
