/// One competency of an employee's evaluation sheet (004 ¶25–¶27, Appendix 3): how many of its
/// behaviour indicators the sheet lists, how many were observed, and the result recorded.
public struct Competency: Sendable, Equatable {
  /// The competency's name as the evaluation sheet gives it.
  public var name: String
  /// The behaviour indicators the competency has for the position's category (004 ¶26).
  public var indicators: Int
  /// How many of them were observed in the employee's work; at most `indicators`.
  public var observed: Int
  /// The result the sheet records; the audit checks it against the indicators
  /// (`competency.mismatch`).
  public var result: CompetencyResult

  /// A competency as the sheet records it.
  public init(name: String, indicators: Int, observed: Int, result: CompetencyResult) {
    self.name = name
    self.indicators = indicators
    self.observed = observed
    self.result = result
  }

  /// The result the indicators give: it meets the expected result when at least `threshold`
  /// of the indicators were observed (004 ¶27: ¾).
  ///
  /// Exact in integers: observed / indicators ≥ n / d exactly when d · observed ≥ n · indicators.
  ///
  /// - Parameter threshold: the methodology's share of indicators, ¾ in 004 ¶27.
  /// - Returns: `meets` when `observed / indicators ≥ threshold`, else `doesNotMeet`.
  public func expectedResult(threshold: Fraction) -> CompetencyResult {
    threshold.denominator * observed >= threshold.numerator * indicators ? .meets : .doesNotMeet
  }
}

/// «күтілген нәтижеге сәйкес» / «…сәйкес емес» (004 ¶27).
public enum CompetencyResult: String, CaseIterable, Sendable, Codable {
  /// «күтілген нәтижеге сәйкес»: at least the threshold of indicators observed.
  case meets
  /// «күтілген нәтижеге сәйкес емес»: fewer observed.
  case doesNotMeet = "does-not-meet"
}
