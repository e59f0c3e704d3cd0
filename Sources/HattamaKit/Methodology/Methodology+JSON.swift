/// A methodology file: the JSON that `hattama methodology show --json` prints and
/// `--methodology-file` reads (SPEC.md, "Methodologies").
///
/// Every rule value has the same shape, `{"value": …, "clause": "002 ¶20", "source": "text",
/// "note": "…"}`: `source` is `"text"`, `"analogy"` or `"reading"`, and a reading lists the
/// other readings the text allows, `"readings": ["votes-cast", "composition"]`; `note` only
/// where there is one. A value without `source` takes the built-in's when the file's `id` is a
/// built-in one and the value keeps the built-in's clause, else `"text"`: a body's own file
/// that cites its own clause makes its rule binding. Days are `YYYY-MM-DD`; a validity day that
/// depends on a publication the seed lacks is a window, `{"earliest": D, "latest": D}`. Scores
/// are `"2.99"`, a quorum `"2/3"`, a period `{"workingDays": 5, "from": "familiarization"}`,
/// a form `{"signatureOrder": "secretary-chair-members", "approval": true}`. Unknown keys are
/// refused, as in a record.
extension Methodology {
  /// Reads a methodology file strictly.
  ///
  /// - Throws: ``JSONDecodingError`` at the first problem, with its line, column and path.
  public static func decodeJSON(_ bytes: [UInt8]) throws(JSONDecodingError) -> Methodology {
    let root: JSONValue
    do {
      root = try JSONParser().parse(bytes)
    } catch {
      throw JSONDecodingError(error)
    }
    return try MethodologyDecoder.methodology(
      from: JSONField(MethodologyDecoder.withBuiltInSources(root)))
  }

  /// The methodology as a methodology file, in the order of its properties.
  public func encodedJSON() -> String { JSONWriter().string(for: jsonValue) }

  /// The methodology as a JSON value.
  public var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = [
      ("id", .string(id)), ("title", .string(title)), ("seed", .string(seed)),
      ("validFrom", validFrom.json(\.jsonValue)),
    ]
    members.append(optional: "validThrough", validThrough?.json(\.jsonValue))
    members.append(("bodies", .array(bodies.map(\.jsonValue))))
    if let caps {
      let capsValue = JSONValue.object([
        ("reprimand", caps.reprimand.json { .string($0.description) }),
        ("other", caps.other.json { .string($0.description) }),
      ])
      members.append(("caps", capsValue))
    }
    return .object(members)
  }
}

extension BodyRules {
  var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = [
      ("kind", .string(kind.rawValue)),
      ("minimumSize", minimumSize.json(JSONValue.number)),
      ("oddSize", oddSize.json(JSONValue.bool)),
      ("excludesDisputant", excludesDisputant.json(JSONValue.bool)),
      ("excludesEvaluators", excludesEvaluators.json(JSONValue.bool)),
      ("requiresHRMember", requiresHRMember.json(JSONValue.bool)),
      ("requiresHRSecretary", requiresHRSecretary.json(JSONValue.bool)),
      ("requiresChair", requiresChair.json(JSONValue.bool)),
      ("quorum", quorum.json { .string($0.description) }),
      ("recusedCountTowardQuorum", recusedCountTowardQuorum.json(JSONValue.bool)),
      ("majorityBase", majorityBase.json { .string($0.rawValue) }),
      ("tieBreak", tieBreak.json { .string($0.rawValue) }),
    ]
    var periodMembers: [(String, JSONValue)] = []
    for key in Periods.keys {
      if key == "notice" {
        periodMembers.append(optional: key, periods.notice?.json(\.jsonValue))
      } else {
        periodMembers.append(optional: key, periods.period(named: key)?.json(\.jsonValue))
      }
    }
    members.append(("periods", .object(periodMembers)))
    members.append(optional: "appealBody", appealBody?.json(JSONValue.string))
    members.append(("form", form.json(\.jsonValue)))
    members.append(("composedBy", composedBy.json(JSONValue.string)))
    return .object(members)
  }
}

extension Periods {
  /// The keys of `periods`, in the order of the properties.
  static let keys = [
    "application", "decision", "session", "posting", "notice", "familiarization", "appeal",
  ]

  /// The period that runs from an event under its key; `nil` for `notice` and unknown keys.
  func period(named key: String) -> Cited<Period>? {
    switch key {
    case "application": application
    case "decision": decision
    case "session": session
    case "posting": posting
    case "familiarization": familiarization
    case "appeal": appeal
    default: nil
    }
  }

  /// Sets the period that runs from an event under its key.
  mutating func setPeriod(_ period: Cited<Period>, named key: String) {
    switch key {
    case "application": application = period
    case "decision": decision = period
    case "session": session = period
    case "posting": posting = period
    case "familiarization": familiarization = period
    case "appeal": appeal = period
    default: break
    }
  }
}

extension Period {
  var jsonValue: JSONValue {
    .object([("workingDays", .number(workingDays)), ("from", .string(from.rawValue))])
  }
}

extension NoticePeriod {
  var jsonValue: JSONValue {
    .object([("workingDays", .number(workingDays)), ("reading", .string(reading.rawValue))])
  }
}

extension ValidityDay {
  /// `"2025-10-09"`, or `{"earliest": "2023-07-10", "latest": "2023-07-30"}` for a window.
  public var jsonValue: JSONValue {
    guard !isCertain else { return .day(earliest) }
    return .object([("earliest", .day(earliest)), ("latest", .day(latest))])
  }
}

extension ProtocolForm {
  var jsonValue: JSONValue {
    .object([("signatureOrder", .string(signatureOrder.rawValue)), ("approval", .bool(approval))])
  }
}

extension RuleSource {
  /// `"text"`, `"analogy"`, `"reading"`.
  public var name: String {
    switch self {
    case .text: "text"
    case .analogy: "analogy"
    case .reading: "reading"
    }
  }
}

extension Cited {
  /// `{"value": …, "clause": "…", "source": "…", "readings": […], "note": "…"}`.
  func json(_ encode: (Value) -> JSONValue) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("value", encode(value)), ("clause", .string(clause)), ("source", .string(source.name)),
    ]
    if case .reading(let others) = source {
      members.append(("readings", .array(others.map(JSONValue.string))))
    }
    members.append(optional: "note", note.map(JSONValue.string))
    return .object(members)
  }
}
