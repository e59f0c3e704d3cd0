/// What an evaluation gives one employee: a quarterly score, or the category of an annual
/// evaluation by targets (SPEC, "Two kinds of result").
///
/// A case has one or the other, a `correct` motion proposes one of the same kind, and an outcome
/// records one (``Record/decode(_:)`` refuses a mix).
public enum EvaluationResult: Sendable, Equatable, CustomStringConvertible {
  /// 0.00–5.00 (000 ¶13, 002 ¶8), kept as written so that the audit can report a bad one.
  case score(ScoreInput)
  /// A category 1–4 and, where the record gives it, how many of the 5 targets were met
  /// (000 ¶55, 001 ¶49, 004 ¶18).
  case category(TargetCategory, kpiMet: Int?)

  /// Which of the two kinds a result is.
  public enum Scale: String, Sendable, Equatable {
    /// A quarterly score, 0.00–5.00.
    case score
    /// A target category, 1–4.
    case category
  }

  /// Whether the result is a score or a category.
  public var scale: Scale {
    switch self {
    case .score: .score
    case .category: .category
    }
  }

  /// The score, for a scored result.
  public var score: ScoreInput? {
    if case .score(let score) = self { return score }
    return nil
  }

  /// The category, for a result by targets.
  public var category: TargetCategory? {
    if case .category(let category, _) = self { return category }
    return nil
  }

  /// The targets met, for a result by targets that gives them.
  public var kpiMet: Int? {
    if case .category(_, let met) = self { return met }
    return nil
  }

  /// Whether two results give the employee the same: the same score, or the same category
  /// (the number of targets met is evidence for the category, not part of it, and an outcome
  /// records only `finalCategory`).
  ///
  /// - Parameter other: another result.
  /// - Returns: `true` for equal scores or equal categories; `false` across kinds.
  public func isSameGrade(as other: EvaluationResult) -> Bool {
    switch (self, other) {
    case (.score(let a), .score(let b)): a == b
    case (.category(let a, _), .category(let b, _)): a == b
    default: false
    }
  }

  /// `score 3.40`, or `category 2 (4 of 5 targets met)`: the result with its kind, for
  /// sentences such as "final score 3.80".
  public var labelled: Phrase {
    switch self {
    case .score(let score): Phrase(kk: "баға \(score)", ru: "оценка \(score)", en: "score \(score)")
    case .category(let category, let met?):
      Phrase(
        kk: "санат \(category) (орындалған НМИ: \(met) / \(TargetCategory.targets))",
        ru: "категория \(category) (достигнуто ЦИ: \(met) из \(TargetCategory.targets))",
        en: "category \(category) (\(met) of \(TargetCategory.targets) targets met)")
    case .category(let category, nil):
      Phrase(kk: "санат \(category)", ru: "категория \(category)", en: "category \(category)")
    }
  }

  /// "final score 3.80", "final category 2": a case's decided result.
  public var finalLabelled: Phrase {
    Phrase(kk: "қорытынды ", ru: "итоговая ", en: "final ") + labelled
  }

  /// `3.40`, or `category 2 (4 of 5 targets met)`, for messages.
  public var description: String { phrase.en }

  /// `3.40`, or «санат 2 (орындалған НМИ: 4 / 5)» / «категория 2 (достигнуто ЦИ: 4 из 5)» /
  /// "category 2 (4 of 5 targets met)": the result in a sentence of each language.
  public var phrase: Phrase {
    switch self {
    case .score(let score): Phrase(verbatim: score.description)
    case .category: labelled
    }
  }
}
