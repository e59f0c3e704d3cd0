/// Every word `hattama report` prints in text and HTML, in Kazakh, Russian or English. JSON and
/// CSV keep their keys in every language.
package struct ReportLabels: Sendable {
  package var language: Language
  package var title: String
  package var confidential: String
  package var sittings: String
  package var unreadable: String
  package var drafts: String
  package var cases: String
  package var confirmed: String
  package var correctedUp: String
  package var correctedDown: String
  package var undecided: String
  package var incomparable: String
  package var meanUp: String
  package var meanDown: String
  package var body: String
  package var unit: String
  package var evaluator: String
  package var noUnit: String
  package var findings: String
  package var code: String
  package var violations: String
  package var warnings: String
  package var deadlines: String
  package var period: String
  package var missed: String
  package var noneFound: String
  package var correctionsByEvaluator: String
  package var correctionsByUnit: String
  package var bandMatrix: String
  package var before: String
  package var after: String
  package var categoryWord: String
  /// The short name of each deadline, by the `deadline.*` code.
  package var deadlineNames: [FindingCode: String]

  /// The labels of a language.
  package static func labels(_ language: Language) -> ReportLabels {
    switch language {
    case .kk: kazakh
    case .ru: russian
    case .en: english
    }
  }

  /// A band's row or column heading: `4,00–5,00` with the band's wording, or `category 2`.
  package func heading(_ band: GradeBand) -> String {
    switch band {
    case .score(let scoreBand):
      let bands = ScoreBand.allCases
      let index = bands.firstIndex(of: scoreBand) ?? 0
      // A band ends one hundredth below the band above it; the top band ends at 5.00.
      let high = index == 0 ? 500 : bands[index - 1].lowerBound.hundredths - 1
      return "\(text(scoreBand.lowerBound.hundredths))–\(text(high))"
    case .category(let category): return "\(categoryWord) \(category)"
    }
  }

  /// Hundredths as a decimal with the language's separator: `3,99`.
  package func text(_ hundredths: Int) -> String {
    let fraction = abs(hundredths) % 100
    return "\(hundredths < 0 ? "−" : "")\(abs(hundredths) / 100)\(language.decimalSeparator)"
      + "\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// A mean change with the language's decimal separator and its sign, `+0,35` / `−0,20`.
  package func mean(_ change: Change, unit: Int, sign: String) -> String {
    change.mean(unit: unit, decimalSeparator: language.decimalSeparator).map { sign + $0 } ?? "—"
  }
}
