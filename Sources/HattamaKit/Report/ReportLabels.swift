/// Every word `hattama report` prints in text and HTML, in Kazakh, Russian or English. JSON and
/// CSV keep their keys in every language.
public struct ReportLabels: Sendable {
  public var language: Language
  public var title: String
  public var confidential: String
  public var sittings: String
  public var unreadable: String
  public var drafts: String
  public var cases: String
  public var confirmed: String
  public var correctedUp: String
  public var correctedDown: String
  public var undecided: String
  public var incomparable: String
  public var meanUp: String
  public var meanDown: String
  public var body: String
  public var unit: String
  public var evaluator: String
  public var noUnit: String
  public var findings: String
  public var code: String
  public var violations: String
  public var warnings: String
  public var deadlines: String
  public var period: String
  public var missed: String
  public var noneFound: String
  public var correctionsByEvaluator: String
  public var correctionsByUnit: String
  public var bandMatrix: String
  public var before: String
  public var after: String
  public var categoryWord: String
  /// The short name of each deadline, by the `deadline.*` code.
  public var deadlineNames: [FindingCode: String]

  /// The labels of a language.
  public static func labels(_ language: Language) -> ReportLabels {
    switch language {
    case .kk: kazakh
    case .ru: russian
    case .en: english
    }
  }

  /// A band's row or column heading: `4,00–5,00` with the band's wording, or `category 2`.
  public func heading(_ band: GradeBand) -> String {
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
  public func text(_ hundredths: Int) -> String {
    let fraction = abs(hundredths) % 100
    return "\(hundredths < 0 ? "−" : "")\(abs(hundredths) / 100)\(language.decimalSeparator)"
      + "\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// A mean change with the language's decimal separator and its sign, `+0,35` / `−0,20`.
  public func mean(_ change: Change, unit: Int, sign: String) -> String {
    change.mean(unit: unit, decimalSeparator: language.decimalSeparator).map { sign + $0 } ?? "—"
  }
}
