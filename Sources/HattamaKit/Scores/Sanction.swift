/// A disciplinary sanction the employee had in the evaluated quarter (002 Appendices 1–2,
/// parameter 5).
public enum Sanction: String, CaseIterable, Sendable, Codable {
  /// No sanction in the quarter: no cap.
  case none
  /// A warning, a reprimand or a severe reprimand.
  case reprimand
  /// Any other sanction, discrediting misconduct included.
  case other
}
