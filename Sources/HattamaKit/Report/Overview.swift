/// HR's picture across many sittings (`hattama report`): per body, per unit and per evaluator
/// the cases heard, confirmed, corrected up and down and undecided; the grades before and after;
/// the findings by code; the deadlines missed by evaluation period.
///
/// Built by adding ``SittingSummary`` values in any order; the groups come out sorted, so the
/// report does not depend on the order the files were read in.
public struct Overview: Sendable, Equatable {
  /// The sittings (files with a `sitting`) counted.
  public var sittings = 0
  /// The drafts read, which have no sitting: their cases are not counted as heard.
  public var drafts = 0
  /// The files that could not be read, which the counts leave out; the caller sets them.
  public var unreadable: [String] = []
  /// All the cases heard, whatever their body.
  public var totals = ReportTotals()
  /// By the state body's name.
  public var byBody: [String: ReportTotals] = [:]
  /// By the employee's unit; `nil` gathers the employees without one.
  public var byUnit: [String?: ReportTotals] = [:]
  /// A case with two evaluators counts for each.
  public var byEvaluator: [Someone: ReportTotals] = [:]
  /// Every finding of the sittings, by code and severity.
  public var findings: [FindingKey: Int] = [:]
  /// `deadline.*` findings by the record's evaluation period.
  public var deadlinesMissed: [String: [FindingCode: Int]] = [:]
  /// Decided cases whose grades compare, by their band before and after.
  public var transitions: [Transition: Int] = [:]
  /// Every case, in the order its sitting was added: `report --format csv`.
  public var lines: [CaseLine] = []

  /// An overview of no sitting, to `add(_:)` to.
  public init() {}

  /// The overview of these sittings.
  ///
  /// - Parameter summaries: the sittings, in any order.
  /// - Complexity: O(n) in the cases of all the sittings.
  public init(_ summaries: [SittingSummary]) {
    for summary in summaries { add(summary) }
  }

  /// Counts one more sitting.
  ///
  /// - Parameter summary: a sitting; a draft only counts as one.
  /// - Complexity: O(c) in the sitting's cases.
  public mutating func add(_ summary: SittingSummary) {
    if summary.isDraft {
      drafts += 1
      return
    }
    sittings += 1
    for line in summary.lines {
      totals.add(line)
      byBody[line.body, default: ReportTotals()].add(line)
      byUnit[line.unit, default: ReportTotals()].add(line)
      for evaluator in Set(line.evaluators) {
        byEvaluator[evaluator, default: ReportTotals()].add(line)
      }
      if let before = line.before, let after = line.after, line.outcome != .incomparable,
        line.outcome != .undecided
      {
        transitions[Transition(before: before.band, after: after.band), default: 0] += 1
      }
    }
    lines += summary.lines
    for (key, count) in summary.findings {
      findings[key, default: 0] += count
      if key.isDeadline {
        deadlinesMissed[summary.period, default: [:]][key.code, default: 0] += count
      }
    }
  }

  /// One band before and after.
  public struct Transition: Hashable, Sendable {
    /// The band the evaluator's grade falls in.
    public var before: GradeBand
    /// The band the decided grade falls in.
    public var after: GradeBand

    /// A move from `before` to `after`.
    public init(before: GradeBand, after: GradeBand) {
      self.before = before
      self.after = after
    }
  }

  /// The findings counted by code alone, whatever their severity.
  public var findingsByCode: [(code: FindingCode, count: Int)] {
    var counts: [FindingCode: Int] = [:]
    for (key, count) in findings { counts[key.code, default: 0] += count }
    return counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key, $0.value) }
  }

  /// Each code found, with how many times as a violation and as a warning.
  public var findingRows: [(code: FindingCode, violations: Int, warnings: Int)] {
    findingsByCode.map { entry in
      (
        entry.code, findings[FindingKey(code: entry.code, severity: .violation)] ?? 0,
        findings[FindingKey(code: entry.code, severity: .warning)] ?? 0
      )
    }
  }

  /// The number of findings of one severity.
  ///
  /// - Parameter severity: violations or warnings.
  /// - Returns: how many were found across the sittings.
  public func count(of severity: Severity) -> Int {
    findings.filter { $0.key.severity == severity }.values.reduce(0, +)
  }

  /// The bodies in alphabetical order (`KazakhCollation`).
  public var bodies: [(body: String, totals: ReportTotals)] {
    byBody.sorted { KazakhCollation.precedes($0.key, $1.key) }.map { ($0.key, $0.value) }
  }

  /// The units in alphabetical order (`KazakhCollation`), the employees without a unit last.
  public var units: [(unit: String?, totals: ReportTotals)] {
    let named = byUnit.compactMap { entry in entry.key.map { ($0, entry.value) } }
      .sorted { KazakhCollation.precedes($0.0, $1.0) }.map { (unit: Optional($0.0), totals: $0.1) }
    return named + (byUnit[nil].map { [(unit: nil, totals: $0)] } ?? [])
  }

  /// The evaluators in alphabetical order of their names.
  public var evaluators: [(evaluator: Someone, totals: ReportTotals)] {
    byEvaluator.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  /// The evaluation periods with a missed deadline, in order of their names, each with its
  /// missed periods by code.
  public var deadlinePeriods: [(period: String, missed: [(code: FindingCode, count: Int)])] {
    deadlinesMissed.sorted { $0.key < $1.key }.map { period in
      (
        period.key,
        period.value.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key, $0.value) }
      )
    }
  }

  /// The scales the transitions use: score bands, categories, or both.
  public var bandScales: [[GradeBand]] {
    let used = Set(transitions.keys.map(\.before)).union(transitions.keys.map(\.after))
    return [GradeBand.scoreBands, GradeBand.categories].filter { !used.isDisjoint(with: $0) }
  }
}
