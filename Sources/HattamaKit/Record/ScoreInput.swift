/// A score as a record wrote it: valid, or kept with its problem so that an audit can report
/// it (`score.out-of-range`, `score.precision`) instead of refusing the whole file.
public enum ScoreInput: Sendable, Equatable, CustomStringConvertible {
  /// A score within 0.00–5.00 with at most two decimals.
  case valid(Score)
  /// A number that is no valid score: more than two decimals or outside 0–5.
  case invalid(text: String, ScoreError)

  /// Parses a record's score text; only text that is no number at all throws.
  ///
  /// - Parameter text: the score as the record writes it, `"3.80"` or `"3,80"`.
  /// - Throws: ``ScoreError/notANumber(_:)`` for text that is no number.
  public init(text: String) throws(ScoreError) {
    do {
      self = .valid(try Score(parsing: text))
    } catch {
      if case .notANumber = error { throw error }
      self = .invalid(text: text, error)
    }
  }

  /// The score, when it is valid.
  public var score: Score? {
    if case .valid(let score) = self { return score }
    return nil
  }

  /// The score with two decimals, or the invalid text as written.
  public var description: String {
    switch self {
    case .valid(let score): score.description
    case .invalid(let text, _): text
    }
  }
}
