/// The five parameter scores of a quarterly evaluation sheet (002 Appendices 1–2); parameter 5
/// is "no disciplinary sanctions", the one the disciplinary caps stand in.
///
/// The sheet's note: «Орташа қорытынды бағаны есептеу үшін қойылған бағалар сомасын
/// бағаланатын параметрлер санына бөлу керек» — the score is the sum divided by the number of
/// parameters. The seed does not say how the quotient is rounded to hundredths, so both the
/// quotient rounded down and rounded up are taken as the score the parameters give.
public struct ScoreParameters: Sendable, Equatable {
  /// The number of parameters on the sheet (002 Appendices 1–2).
  public static let count = 5
  /// The clause the sheet and its caps come from.
  public static let clause = Citation.appendices("1–2", of: "002")

  /// Parameters 1–5 in the sheet's order, kept as written so that the audit can report a bad one.
  public var values: [ScoreInput]

  /// - Precondition: exactly five values; ``Record/decode(_:)`` refuses any other number.
  ///
  /// - Parameter values: parameters 1–5, in the sheet's order.
  public init(_ values: [ScoreInput]) {
    precondition(values.count == Self.count, "an evaluation sheet has five parameters")  // l10n: ignore
    self.values = values
  }

  /// Parameter 5, "no disciplinary sanctions".
  public var sanctions: ScoreInput { values[Self.count - 1] }

  /// The scores the parameters give: their average rounded down or up to hundredths; `nil`
  /// while any parameter is invalid.
  public var averages: ClosedRange<Score>? {
    let hundredths = values.compactMap { $0.score?.hundredths }
    guard hundredths.count == Self.count else { return nil }
    return Self.averages(ofSum: hundredths.reduce(0, +))
  }

  /// The average of five parameters summing to `sum` hundredths, rounded down and up.
  ///
  /// - Parameter sum: the parameters' sum, in hundredths.
  /// - Returns: the quotient by five rounded down through rounded up.
  public static func averages(ofSum sum: Int) -> ClosedRange<Score> {
    let low = sum / count
    let high = (sum + count - 1) / count
    return Score(validHundredths: low)...Score(validHundredths: high)
  }

  /// The highest score five parameters can average when parameter 5 is at most `cap` and the
  /// others at most 5.00: (4 × 5.00 + cap) / 5 rounded up, 4.60 for a cap of 2.99.
  ///
  /// - Parameter cap: the sanction's cap on parameter 5.
  /// - Returns: the highest average; a final score above it breaks the cap under every reading.
  public static func highestAverage(withSanctionsAtMost cap: Score) -> Score {
    averages(ofSum: (count - 1) * Score.maximum.hundredths + cap.hundredths).upperBound
  }
}
