/// What one case was graded before and after its sitting, on the scale its evaluation uses: a
/// quarterly score in hundredths (000 ¶13, 002 ¶8), or a target category (000 ¶55, 004 ¶18).
public enum Grade: Hashable, Sendable {
  /// A quarterly score, 0.00–5.00 (000 ¶13, 002 ¶8).
  case score(Score)
  /// 1 (all five targets met) to 4 (fewer than three); a lower number is the better grade.
  case category(Int)

  /// The evaluator's grade of a case, when it is a valid one.
  ///
  /// - Parameter reviewed: a case.
  public init?(evaluationOf reviewed: Case) { self.init(reviewed.evaluation) }

  /// The grade an adopted motion left the case with, when it is a valid one.
  ///
  /// - Parameter decision: a case's decision.
  public init?(decision: Deliberation.Decision) { self.init(decision.finalResult) }

  /// A valid score or a category; an invalid score is no grade.
  ///
  /// - Parameter result: a score (`nil` when invalid) or a category.
  public init?(_ result: EvaluationResult) {
    switch result {
    case .score(let input):
      guard let score = input.score else { return nil }
      self = .score(score)
    case .category(let category, _):
      self = .category(category.rawValue)
    }
  }

  /// How far `after` moved from `before`, positive for a better grade: hundredths of a point
  /// for scores, whole categories for categories; `nil` across scales.
  ///
  /// - Parameters:
  ///   - before: the evaluator's grade.
  ///   - after: the decided grade.
  /// - Returns: the change, or `nil` when one is a score and the other a category.
  public static func change(from before: Grade, to after: Grade) -> Int? {
    switch (before, after) {
    case (.score(let a), .score(let b)): b.hundredths - a.hundredths
    case (.category(let a), .category(let b)): a - b
    default: nil
    }
  }

  /// The row or column of the before/after matrix the grade falls into: a score's band
  /// (000 ¶13, 002 ¶8), or the category itself.
  public var band: GradeBand {
    switch self {
    case .score(let score): .score(ScoreBand(score))
    case .category(let category): .category(category)
    }
  }
}

/// A band of the before/after matrix.
public enum GradeBand: Hashable, Sendable {
  /// A band of scores: effective, proper, satisfactory, unsatisfactory (000 ¶13, 002 ¶8).
  case score(ScoreBand)
  /// A target category, 1 to 4 (000 ¶55, 004 ¶18).
  case category(Int)

  /// Every band of a scale, best first: the matrix's rows and columns.
  public static let scoreBands = ScoreBand.allCases.map(GradeBand.score)
  /// The four target categories, best first.
  public static let categories = (1...4).map(GradeBand.category)

  /// `effective`, or `category-2`: the band's key in JSON and CSV.
  public var key: String {
    switch self {
    case .score(let band): band.rawValue
    case .category(let category): "category-\(category)"
    }
  }
}
