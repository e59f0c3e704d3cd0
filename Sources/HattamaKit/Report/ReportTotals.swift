/// The counts of one group of cases: a body, a unit, an evaluator, or all of them.
public struct ReportTotals: Sendable, Equatable {
  /// The cases heard.
  public var cases = 0
  /// The cases whose grade the sitting kept.
  public var confirmed = 0
  /// The cases corrected to a better grade.
  public var correctedUp = 0
  /// The cases corrected to a worse grade.
  public var correctedDown = 0
  /// The cases no lawful motion decided.
  public var undecided = 0
  /// The cases decided but whose grades do not compare (an invalid score, two scales).
  public var incomparable = 0
  /// The corrections of scores, up and down, in hundredths.
  public var scoreUp = Change()
  /// The corrections of scores down, in hundredths.
  public var scoreDown = Change()
  /// The corrections of categories, up and down, in categories.
  public var categoryUp = Change()
  /// The corrections of categories down, in categories.
  public var categoryDown = Change()

  /// Totals of no case.
  public init() {}

  /// Counts one more case.
  ///
  /// - Parameter line: a case and what its sitting decided.
  public mutating func add(_ line: CaseLine) {
    cases += 1
    let isScore: Bool
    if case .category? = line.before { isScore = false } else { isScore = true }
    switch line.outcome {
    case .confirmed: confirmed += 1
    case .undecided: undecided += 1
    case .incomparable: incomparable += 1
    case .correctedUp(let by):
      correctedUp += 1
      isScore ? scoreUp.add(by) : categoryUp.add(by)
    case .correctedDown(let by):
      correctedDown += 1
      isScore ? scoreDown.add(by) : categoryDown.add(by)
    }
  }

  /// Adds another group's counts to these.
  ///
  /// - Parameter other: the totals of another group.
  public mutating func add(_ other: ReportTotals) {
    cases += other.cases
    confirmed += other.confirmed
    correctedUp += other.correctedUp
    correctedDown += other.correctedDown
    undecided += other.undecided
    incomparable += other.incomparable
    scoreUp.add(other.scoreUp)
    scoreDown.add(other.scoreDown)
    categoryUp.add(other.categoryUp)
    categoryDown.add(other.categoryDown)
  }

  /// The cases the sitting corrected, either way.
  public var corrected: Int { correctedUp + correctedDown }
}

/// A number of corrections and the sum of their sizes, exact: the mean is worked out in whole
/// hundredths when it is shown, never through a floating-point value.
public struct Change: Sendable, Equatable {
  /// The number of corrections.
  public var count = 0
  /// The sum of the sizes (hundredths of a point, or categories), always positive.
  public var total = 0

  /// A number of corrections and the sum of their sizes; none by default.
  public init(count: Int = 0, total: Int = 0) {
    self.count = count
    self.total = total
  }

  mutating func add(_ size: Int) {
    count += 1
    total += size
  }

  mutating func add(_ other: Change) {
    count += other.count
    total += other.total
  }

  /// The mean size in hundredths of the unit, rounded half up; `nil` without corrections.
  ///
  /// For scores whose sizes are in hundredths, pass `unit: 1` (the mean of 0.10 and 0.25 is
  /// 0.18); for categories, `unit: 100` (the mean of 1 and 2 categories is 1.50).
  ///
  /// - Parameter unit: 1 for scores, 100 for categories.
  /// - Returns: the mean in hundredths, or `nil` without corrections.
  public func meanHundredths(unit: Int) -> Int? {
    guard count > 0 else { return nil }
    return (2 * total * unit + count) / (2 * count)
  }

  /// The mean as a decimal with two places, `"0.18"`; `nil` without corrections.
  ///
  /// - Parameters:
  ///   - unit: 1 for scores, 100 for categories.
  ///   - decimalSeparator: `"."`, or `","` as Kazakh and Russian texts write it.
  /// - Returns: the mean with two decimals, or `nil` without corrections.
  public func mean(unit: Int, decimalSeparator: String = ".") -> String? {
    meanHundredths(unit: unit).map {
      "\($0 / 100)\(decimalSeparator)\($0 % 100 < 10 ? "0" : "")\($0 % 100)"
    }
  }
}
