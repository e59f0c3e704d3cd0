extension Overview {
  /// The columns of `report --format csv`, one row per case.
  public static let csvHeader = [
    "file", "body", "period", "methodology", "kind", "sittingDate", "case", "employee",
    "employeeName", "unit", "evaluators", "before", "after", "outcome", "change", "motion",
  ]

  /// `report --format csv`: RFC 4180 quoting, comma-delimited, a header row, lines ending in a
  /// line feed (a carriage return would reach the terminal as a control; spreadsheets read
  /// either).
  ///
  /// Scores are written with a point (`3.40`), categories as their number; `change` is signed,
  /// `+0.40` or `-1`, and empty for a case that was not corrected. Evaluators are separated by
  /// `|`, as `draft new` reads them. A record's text that a spreadsheet would take for a formula
  /// (beginning with `=`, `+`, `-`, `@`, a tab or a carriage return) is written after an
  /// apostrophe, so that opening the file runs nothing (CSV injection).
  ///
  /// - Returns: the header line and one line per case, each ending in a newline.
  public func csv() -> String {
    var text = Self.row(Self.csvHeader)
    for line in lines { text += Self.row(Self.cells(line)) }
    return text
  }

  static func cells(_ line: CaseLine) -> [String] {
    let texts = [
      line.file, line.body, line.period, line.methodology, line.kind.rawValue,
      line.sittingDate.map(String.init(describing:)) ?? "", line.caseID, line.employee.id,
      line.employee.name ?? "", line.unit ?? "", line.evaluators.map(\.id).joined(separator: "|"),
    ].map(inert)
    return texts + [
      line.before.map(text) ?? "", line.after.map(text) ?? "", line.outcome.key, change(line),
      inert(line.decidedBy ?? ""),
    ]
  }

  /// A record's text that a spreadsheet will not evaluate as a formula.
  static func inert(_ cell: String) -> String {
    guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
      return cell
    }
    return "'" + cell
  }

  private static func text(_ grade: Grade) -> String {
    switch grade {
    case .score(let score): score.description
    case .category(let category): String(category)
    }
  }

  private static func change(_ line: CaseLine) -> String {
    let isCategory: Bool
    if case .category? = line.before { isCategory = true } else { isCategory = false }
    let (sign, size): (String, Int)
    switch line.outcome {
    case .correctedUp(let by): (sign, size) = ("+", by)
    case .correctedDown(let by): (sign, size) = ("-", by)
    default: return ""
    }
    if isCategory { return sign + String(size) }
    return sign + (Score(hundredths: size)?.description ?? String(size))
  }

  /// One CSV row: a cell with a comma, quote, or line break is quoted, its quotes doubled.
  private static func row(_ cells: [String]) -> String {
    cells.map { cell in
      cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }.joined(separator: ",") + "\n"
  }
}
