/// A score as a record wrote it: valid, or kept with its problem so that an audit can report
/// it (`score.out-of-range`, `score.precision`) instead of refusing the whole file.
public enum ScoreInput: Sendable, Equatable, CustomStringConvertible {
  case valid(Score)
  /// A number that is no valid score: more than two decimals or outside 0–5.
  case invalid(text: String, ScoreError)

  /// Parses a record's score text; only text that is no number at all throws.
  public init(text: String) throws(ScoreError) {
    do {
      self = .valid(try Score(parsing: text))
    } catch {
      if case .notANumber = error { throw error }
      self = .invalid(text: text, error)
    }
  }

  public var score: Score? {
    if case .valid(let score) = self { return score }
    return nil
  }

  public var description: String {
    switch self {
    case .valid(let score): score.description
    case .invalid(let text, _): text
    }
  }
}
