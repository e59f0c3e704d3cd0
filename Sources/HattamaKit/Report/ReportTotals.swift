/// The counts of one group of cases: a body, a unit, an evaluator, or all of them.
public struct ReportTotals: Sendable, Equatable {
  public var cases = 0
  public var confirmed = 0
  public var correctedUp = 0
  public var correctedDown = 0
  public var undecided = 0
  public var incomparable = 0
  /// The corrections of scores, up and down, in hundredths.
  public var scoreUp = Change()
  public var scoreDown = Change()
  /// The corrections of categories, up and down, in categories.
  public var categoryUp = Change()
  public var categoryDown = Change()

  public init() {}

  /// Counts one more case.
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
  public var count = 0
  /// The sum of the sizes (hundredths of a point, or categories), always positive.
  public var total = 0

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
  public func meanHundredths(unit: Int) -> Int? {
    guard count > 0 else { return nil }
    return (2 * total * unit + count) / (2 * count)
  }

  /// The mean as a decimal with two places, `"0.18"`; `nil` without corrections.
  public func mean(unit: Int, decimalSeparator: String = ".") -> String? {
    meanHundredths(unit: unit).map {
      "\($0 / 100)\(decimalSeparator)\($0 % 100 < 10 ? "0" : "")\($0 % 100)"
    }
  }
}
