// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// The report's charts, drawn as inline SVG: no script, no external file, printable.
///
/// Each chart is sized in CSS pixels from its data, with its numbers written beside the bars
/// so that a black-and-white printout still reads.
enum ReportCharts {
  static let up = "#2e7d32"
  static let down = "#c62828"
  /// One colour per deadline, in `FindingCode` order; grey for any other.
  static let deadlineColours = ["#1565c0", "#6a1b9a", "#ef6c00", "#00838f", "#ad1457", "#558b2f"]

  /// Diverging bars: corrections down to the left of the axis, up to the right, one row a
  /// group, with the counts written at the bars' ends.
  static func corrections(
    _ rows: [(label: String, up: Int, down: Int)], title: String, labels: ReportLabels
  ) -> String {
    let rowHeight = 22
    let labelWidth = 260
    let half = 200
    let width = labelWidth + 2 * half + 60
    let height = rowHeight * rows.count + 34
    let largest = max(rows.map { max($0.up, $0.down) }.max() ?? 1, 1)
    let axis = labelWidth + half + 30
    var svg = open(width: width, height: height, title: title)
    svg += text(axis - 6, 14, labels.correctedDown, anchor: "end", fill: down)
    svg += text(axis + 6, 14, labels.correctedUp, anchor: "start", fill: up)
    for (index, row) in rows.enumerated() {
      let y = 24 + index * rowHeight
      let downWidth = row.down * half / largest
      let upWidth = row.up * half / largest
      svg += text(labelWidth - 4, y + 15, clipped(row.label, 38), anchor: "end", fill: "#000")
      svg += rect(axis - downWidth, y + 3, downWidth, rowHeight - 6, fill: down)
      svg += rect(axis, y + 3, upWidth, rowHeight - 6, fill: up)
      if row.down > 0 {
        svg += text(axis - downWidth - 4, y + 15, "\(row.down)", anchor: "end", fill: "#000")
      }
      if row.up > 0 {
        svg += text(axis + upWidth + 4, y + 15, "\(row.up)", anchor: "start", fill: "#000")
      }
    }
    svg += "<line x1=\"\(axis)\" y1=\"20\" x2=\"\(axis)\" y2=\"\(height - 6)\" stroke=\"#000\"/>\n"
    return svg + "</svg>\n"
  }

  /// The before/after matrix of one scale: a cell a pair of bands, shaded by its count, the
  /// diagonal (grade kept within its band) framed.
  static func matrix(_ scale: [GradeBand], counts: [Overview.Transition: Int], labels: ReportLabels)
    -> String
  {
    let cell = 76
    let left = 110
    let top = 46
    let width = left + cell * scale.count + 10
    let height = top + cell * scale.count + 10
    let largest = max(counts.values.max() ?? 1, 1)
    var svg = open(width: width, height: height, title: labels.bandMatrix)
    svg += text(left + cell * scale.count / 2, 14, labels.after, anchor: "middle", fill: "#000")
    svg += text(
      14, top + cell * scale.count / 2, labels.before, anchor: "middle", fill: "#000", rotate: true)
    for (column, band) in scale.enumerated() {
      svg += text(
        left + column * cell + cell / 2, top - 8, labels.heading(band), anchor: "middle",
        fill: "#000")
    }
    for (row, before) in scale.enumerated() {
      let y = top + row * cell
      svg += text(left - 6, y + cell / 2 + 4, labels.heading(before), anchor: "end", fill: "#000")
      for (column, after) in scale.enumerated() {
        let x = left + column * cell
        let count = counts[Overview.Transition(before: before, after: after)] ?? 0
        // Shade from white to dark blue by the share of the largest cell.
        let shade = 255 - count * 200 / largest
        let fill = count == 0 ? "#ffffff" : "rgb(\(shade),\(shade + (255 - shade) / 3),255)"
        let stroke = row == column ? "#000\" stroke-width=\"2" : "#999"
        svg +=
          "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell)\" height=\"\(cell)\" fill=\"\(fill)\" stroke=\"\(stroke)\"/>\n"
        svg += text(
          x + cell / 2, y + cell / 2 + 5, "\(count)", anchor: "middle",
          fill: shade < 120 ? "#fff" : "#000", bold: true)
      }
    }
    return svg + "</svg>\n"
  }

  /// Stacked columns: one an evaluation period, a segment a kind of deadline, with a legend.
  static func deadlines(
    _ periods: [(period: String, missed: [(code: FindingCode, count: Int)])],
    labels: ReportLabels
  ) -> String {
    let codes = FindingCode.allCases.filter { code in
      periods.contains { $0.missed.contains { $0.code == code } }
    }
    let column = 120
    let chartHeight = 200
    let top = 24 + 18 * ((codes.count + 2) / 3)
    let width = max(60 + column * periods.count, 580)
    let height = top + chartHeight + 50
    let largest = max(periods.map { $0.missed.reduce(0) { $0 + $1.count } }.max() ?? 1, 1)
    var svg = open(width: width, height: height, title: labels.deadlines)
    for (index, code) in codes.enumerated() {
      let x = 10 + (index % 3) * 180
      let y = 8 + (index / 3) * 18
      svg += rect(x, y, 12, 12, fill: colour(code))
      svg += text(
        x + 16, y + 11, labels.deadlineNames[code] ?? code.rawValue, anchor: "start", fill: "#000")
    }
    let base = top + chartHeight
    for (index, entry) in periods.enumerated() {
      let x = 60 + index * column
      var y = base
      for (code, count) in entry.missed {
        let height = count * chartHeight / largest
        y -= height
        svg += rect(x, y, column - 40, height, fill: colour(code))
      }
      let total = entry.missed.reduce(0) { $0 + $1.count }
      svg += text(
        x + (column - 40) / 2, y - 4, "\(total)", anchor: "middle", fill: "#000", bold: true)
      svg += text(
        x + (column - 40) / 2, base + 16, clipped(entry.period, 18), anchor: "middle", fill: "#000")
    }
    svg += "<line x1=\"40\" y1=\"\(base)\" x2=\"\(width - 10)\" y2=\"\(base)\" stroke=\"#000\"/>\n"
    return svg + "</svg>\n"
  }

  static func colour(_ code: FindingCode) -> String {
    let deadlines = FindingCode.allCases.filter { $0.rawValue.hasPrefix("deadline.") }
    guard let index = deadlines.firstIndex(of: code) else { return "#777" }
    return deadlineColours[index % deadlineColours.count]
  }

  private static func open(width: Int, height: Int, title: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
      + "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(title.htmlEscaped)\" "
      + "font-family=\"DejaVu Sans, Noto Sans, Arial, sans-serif\" font-size=\"11\">\n"
  }

  private static func rect(_ x: Int, _ y: Int, _ width: Int, _ height: Int, fill: String)
    -> String
  {
    "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" fill=\"\(fill)\"/>\n"
  }

  private static func text(
    _ x: Int, _ y: Int, _ content: String, anchor: String, fill: String, bold: Bool = false,
    rotate: Bool = false
  ) -> String {
    let weight = bold ? " font-weight=\"bold\"" : ""
    let turn = rotate ? " transform=\"rotate(-90 \(x) \(y))\"" : ""
    return "<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"\(anchor)\" fill=\"\(fill)\"\(weight)\(turn)>"
      + content.htmlEscaped + "</text>\n"
  }

  /// A label cut to `limit` characters with an ellipsis, so that it stays in its margin.
  private static func clipped(_ label: String, _ limit: Int) -> String {
    label.count <= limit ? label : String(label.prefix(limit - 1)) + "…"
  }
}
