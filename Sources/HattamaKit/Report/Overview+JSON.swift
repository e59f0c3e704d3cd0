extension Overview {
  /// `report --format json`: SPEC's keys (`sittings`, `cases`, `confirmed`, `correctedUp`,
  /// `correctedDown`, `undecided`, `findings`, `byEvaluator`) and the rest of the picture.
  ///
  /// Mean changes are exact decimals with two places, as strings like scores: `meanChangeUp` in
  /// points for scores, `meanCategoryChangeUp` in categories; `null` without such corrections.
  package var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = [
      ("sittings", .number(sittings)), ("drafts", .number(drafts)),
      ("unreadable", .number(unreadable.count)),
    ]
    members += Self.members(of: totals)
    var codes: [(String, JSONValue)] = []
    for (code, count) in findingsByCode { codes.append((code.rawValue, .number(count))) }
    members += [
      ("findings", .object(codes)),
      ("violations", .number(count(of: .violation))), ("warnings", .number(count(of: .warning))),
      (
        "byBody",
        .array(bodies.map { .object([("body", .string($0.body))] + Self.members(of: $0.totals)) })
      ),
      (
        "byUnit",
        .array(
          units.map {
            .object(
              [("unit", $0.unit.map(JSONValue.string) ?? .null)] + Self.members(of: $0.totals))
          })
      ),
      ("byEvaluator", .array(evaluators.map(Self.evaluatorJSON))),
      ("bands", .array(bandJSON)),
      ("deadlinesMissed", .array(deadlinePeriods.map(Self.deadlineJSON))),
    ]
    return .object(members)
  }

  /// A group's counts under SPEC's key names.
  static func members(of totals: ReportTotals) -> [(String, JSONValue)] {
    func mean(_ change: Change, unit: Int) -> JSONValue {
      change.mean(unit: unit).map(JSONValue.string) ?? .null
    }
    return [
      ("cases", .number(totals.cases)), ("confirmed", .number(totals.confirmed)),
      ("correctedUp", .number(totals.correctedUp)),
      ("correctedDown", .number(totals.correctedDown)),
      ("undecided", .number(totals.undecided)), ("incomparable", .number(totals.incomparable)),
      ("meanChangeUp", mean(totals.scoreUp, unit: 1)),
      ("meanChangeDown", mean(totals.scoreDown, unit: 1)),
      ("meanCategoryChangeUp", mean(totals.categoryUp, unit: 100)),
      ("meanCategoryChangeDown", mean(totals.categoryDown, unit: 100)),
    ]
  }

  private static func evaluatorJSON(_ entry: (evaluator: Someone, totals: ReportTotals))
    -> JSONValue
  {
    .object(
      [
        ("evaluator", .string(entry.evaluator.id)),
        ("name", entry.evaluator.name.map(JSONValue.string) ?? .null),
      ] + members(of: entry.totals))
  }

  private var bandJSON: [JSONValue] {
    bandScales.flatMap { scale in
      scale.flatMap { before in
        scale.compactMap { after -> JSONValue? in
          guard let count = transitions[Transition(before: before, after: after)] else {
            return nil
          }
          return .object([
            ("before", .string(before.key)), ("after", .string(after.key)),
            ("cases", .number(count)),
          ])
        }
      }
    }
  }

  private static func deadlineJSON(
    _ entry: (period: String, missed: [(code: FindingCode, count: Int)])
  ) -> JSONValue {
    .object([
      ("period", .string(entry.period)),
      ("missed", .number(entry.missed.reduce(0) { $0 + $1.count })),
      ("byCode", .object(entry.missed.map { ($0.code.rawValue, .number($0.count)) })),
    ])
  }
}
