/// How a final score stands against a sanction's cap (002 Appendices 1–2, parameter 5): the
/// one place the audit (`CapCheck`) and the live recorder decide it.
public struct CapBreach: Sendable, Equatable {
  /// The cap the sanction sets on parameter 5.
  public var cap: Cited<Score>
  /// The highest average five parameters reach with parameter 5 at the cap.
  public var highest: Score
  /// The final score is above `highest`, so it breaks the cap under every reading.
  public var underEveryReading: Bool
  /// A violation under every reading, or where the methodology adopts the reading that the cap
  /// bounds the final score; otherwise a warning that names that reading.
  public var severity: Severity
  /// The clause of the rule broken: the cap's, or the reading's.
  public var clause: Citation
}

extension DisciplinaryCaps {
  /// The breach of the cap by a final score, or `nil` where the score keeps it under the
  /// methodology's reading.
  ///
  /// - Parameters:
  ///   - finalScore: the score the body adopted or recorded.
  ///   - sanction: the employee's sanction in the quarter.
  /// - Returns: the breach, with its severity and clause; `nil` when the score keeps the cap.
  public func breach(by finalScore: Score, sanction: Sanction) -> CapBreach? {
    guard let cap = cap(for: sanction), finalScore > cap.value else { return nil }
    let highest = ScoreParameters.highestAverage(withSanctionsAtMost: cap.value)
    if finalScore > highest {
      return CapBreach(
        cap: cap, highest: highest, underEveryReading: true, severity: .violation,
        clause: cap.clause)
    }
    guard boundsFinalScore.value else { return nil }
    return CapBreach(
      cap: cap, highest: highest, underEveryReading: false, severity: boundsFinalScore.severity(),
      clause: boundsFinalScore.clause)
  }
}
