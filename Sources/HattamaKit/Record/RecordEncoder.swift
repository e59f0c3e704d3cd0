extension Record {
  /// The record as canonical `hattama.record/1` JSON: SPEC.md's field order, scores as
  /// strings with two decimals (`"3.40"`), dates as `YYYY-MM-DD`, absent optional fields left
  /// out, `hr` written only when true, two-space indentation, no final newline.
  ///
  /// ``Record/decode(_:)`` reads it back to an equal record. A score the record holds as
  /// ``ScoreInput/invalid(text:_:)`` is written as its original text, so that the audit of the
  /// written record still sees it.
  ///
  /// - Returns: the JSON text.
  public func encodedJSON() -> String { JSONWriter().string(for: jsonValue) }

  /// The record as a JSON value, for a caller that embeds it in a larger document.
  package var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = [
      ("format", .string(Record.format)),
      ("methodology", .string(methodology)),
      ("kind", .string(kind.rawValue)),
      ("body", body.jsonValue),
      ("period", period.jsonValue),
      ("authorizedOfficial", .string(authorizedOfficial)),
      ("people", .array(people.map(\.jsonValue))),
    ]
    members.append(optional: "composition", composition?.jsonValue)
    members.append(optional: "candidates", candidates.map(JSONValue.strings))
    members.append(("cases", .array(cases.map(\.jsonValue))))
    members.append(optional: "sitting", sitting?.jsonValue)
    members.append(optional: "motions", motions.map { .array($0.map(\.jsonValue)) })
    members.append(optional: "outcomes", outcomes.map { .array($0.map(\.jsonValue)) })
    members.append(optional: "conclusion", conclusion?.jsonValue)
    members.append(optional: "protocol", signing?.jsonValue)
    members.append(optional: "appeal", appeal.map { .object([("filedOn", .day($0.filedOn))]) })
    members.append(
      optional: "journal",
      journal.map { .object([("events", .number($0.events)), ("head", .string($0.head))]) })
    return .object(members)
  }
}

extension Person {
  var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = [("id", .string(id)), ("name", name.jsonValue)]
    members.append(optional: "position", position?.jsonValue)
    if hr { members.append(("hr", .bool(true))) }
    members.append(optional: "unit", unit.map(JSONValue.string))
    return .object(members)
  }
}

extension Composition {
  var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = []
    members.append(optional: "chair", chair.map(JSONValue.string))
    members.append(("members", .strings(self.members)))
    members.append(optional: "secretary", secretary.map(JSONValue.string))
    members.append(optional: "approvedOn", approvedOn.map(JSONValue.day))
    return .object(members)
  }
}

extension Case {
  var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = [
      ("id", .string(id)), ("employee", .string(employee)), ("evaluators", .strings(evaluators)),
    ]
    members += evaluation.members(score: "score", category: "category")
    members.append(
      optional: "parameters", parameters.map { .array($0.values.map(JSONValue.score)) })
    if !competencies.isEmpty {
      members.append(("competencies", .array(competencies.map(\.jsonValue))))
    }
    members.append(("sanction", .string(sanction.rawValue)))
    members.append(optional: "familiarizedOn", familiarizedOn.map(JSONValue.day))
    members.append(optional: "appliedOn", appliedOn.map(JSONValue.day))
    return .object(members)
  }
}

extension Sitting {
  var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = [("date", .day(date))]
    members.append(optional: "noticeOn", noticeOn.map(JSONValue.day))
    members.append(("present", .strings(present)))
    return .object(members)
  }
}

extension Motion {
  /// Votes are written as an object, member → choice, in the order cast; a member who voted
  /// twice appears twice, as the record was read.
  var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = [("id", .string(id)), ("case", .string(caseID))]
    switch kind {
    case .confirm:
      members.append(("kind", .string("confirm")))
    case .correct(let result):
      members.append(("kind", .string("correct")))
      members += result.members(score: "score", category: "category")
    }
    members.append(optional: "proposedBy", proposedBy.map(JSONValue.string))
    members.append(optional: "present", present.map { .array($0.map(JSONValue.string)) })
    members.append(("votes", .object(votes.map { ($0.member, .string($0.choice.rawValue)) })))
    members.append(optional: "result", result.map { .string($0.rawValue) })
    return .object(members)
  }
}

extension Outcome {
  var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = [("case", .string(caseID))]
    // An outcome records the category alone: the targets met are the case's.
    switch finalResult {
    case .score(let score): members.append(("finalScore", .score(score)))
    case .category(let category, _): members.append(("finalCategory", .number(category.rawValue)))
    }
    members.append(optional: "recommendation", recommendation?.jsonValue)
    members.append(optional: "familiarizedOn", familiarizedOn.map(JSONValue.day))
    return .object(members)
  }
}

extension EvaluationResult {
  /// `score`, or `kpiMet` (where given) and `category`, under the given keys.
  func members(score scoreKey: String, category categoryKey: String) -> [(String, JSONValue)] {
    switch self {
    case .score(let score):
      return [(scoreKey, .score(score))]
    case .category(let category, let kpiMet):
      var members: [(String, JSONValue)] = []
      members.append(optional: "kpiMet", kpiMet.map(JSONValue.number))
      members.append((categoryKey, .number(category.rawValue)))
      return members
    }
  }
}

extension Competency {
  var jsonValue: JSONValue {
    .object([
      ("name", .string(name)), ("indicators", .number(indicators)),
      ("observed", .number(observed)), ("result", .string(result.rawValue)),
    ])
  }
}

extension Signing {
  var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = []
    members.append(optional: "signedOn", signedOn.map(JSONValue.day))
    members.append(("signedBy", .strings(signedBy)))
    members.append(optional: "approvedOn", approvedOn.map(JSONValue.day))
    members.append(optional: "postedOn", postedOn.map(JSONValue.day))
    return .object(members)
  }
}

extension JSONValue {
  static func day(_ day: Day) -> JSONValue { .string(day.description) }
  static func score(_ score: ScoreInput) -> JSONValue { .string(score.description) }
  static func strings(_ texts: [String]) -> JSONValue { .array(texts.map(JSONValue.string)) }
}

extension Array where Element == (String, JSONValue) {
  /// Appends a member unless its value is absent.
  package mutating func append(optional key: String, _ value: JSONValue?) {
    if let value { append((key, value)) }
  }
}
