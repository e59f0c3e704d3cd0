/// Reads the parts of a methodology file.
enum MethodologyDecoder {
  static let methodologyKeys = [
    "id", "title", "seed", "validFrom", "validThrough", "bodies", "caps",
  ]
  static let bodyKeys = [
    "kind", "minimumSize", "oddSize", "excludesDisputant", "excludesEvaluators",
    "requiresHRMember", "requiresHRSecretary", "requiresChair", "quorum",
    "recusedCountTowardQuorum", "majorityBase", "tieBreak", "periods", "appealBody", "form",
    "composedBy",
  ]
  static let citedKeys = ["value", "clause", "source", "readings", "note"]
  static let windowKeys = ["earliest", "latest"]
  static let formKeys = ["signatureOrder", "approval"]
  static let periodKeys = ["workingDays", "from"]
  static let noticeKeys = ["workingDays", "reading"]
  static let capsKeys = ["reprimand", "other"]
  static let workingDays = "a number of working days, a whole number from 1 to 366"

  static func methodology(from field: JSONField) throws(JSONDecodingError) -> Methodology {
    let object = try field.object(allowing: methodologyKeys)
    let validFrom = try cited(try object.required("validFrom"), validityDay)
    var validThrough: Cited<ValidityDay>?
    if let through = object.optional("validThrough") {
      let cite = try cited(through, validityDay)
      guard cite.value.earliest >= validFrom.value.latest else {
        throw through.error(
          .invalid(
            cite.value.description, expected: "a day on or after validFrom (\(validFrom.value))"))
      }
      validThrough = cite
    }
    var bodies: [BodyRules] = []
    var firstPaths: [BodyKind: JSONPath] = [:]
    for element in try object.required("bodies").array() {
      let rules = try body(from: element)
      if let first = firstPaths[rules.kind] {
        throw element.error(.duplicateBody(rules.kind.rawValue, firstAt: first))
      }
      firstPaths[rules.kind] = element.path
      bodies.append(rules)
    }
    var caps: DisciplinaryCaps?
    if let capsField = object.optional("caps") {
      let capsObject = try capsField.object(allowing: capsKeys)
      caps = DisciplinaryCaps(
        reprimand: try cited(try capsObject.required("reprimand"), score),
        other: try cited(try capsObject.required("other"), score))
    }
    return Methodology(
      id: try object.required("id").string(), title: try object.required("title").string(),
      seed: try object.required("seed").string(), validFrom: validFrom,
      validThrough: validThrough, bodies: bodies, caps: caps)
  }

  static func body(from field: JSONField) throws(JSONDecodingError) -> BodyRules {
    let object = try field.object(allowing: bodyKeys)
    func flag(_ key: String) throws(JSONDecodingError) -> Cited<Bool> {
      try cited(try object.required(key)) { f throws(JSONDecodingError) in try f.bool() }
    }
    var appealBody: Cited<String>?
    if let appeal = object.optional("appealBody") {
      appealBody = try cited(appeal) { f throws(JSONDecodingError) in try f.string() }
    }
    let kind = try object.required("kind").word(BodyKind.self)
    // Files written before `form` and `composedBy` existed take the form of their kind of body.
    let byDefault = kind == .commission ? Methodology.justice2023 : Methodology.trade2025
    let defaults = byDefault.rules(for: kind)
    var form = defaults?.form ?? Cited(.calibration, "000 Appendix 11")
    if let formField = object.optional("form") { form = try cited(formField, protocolForm) }
    var composedBy = defaults?.composedBy ?? Cited("the authorized official", "002 ¶20")
    if let field = object.optional("composedBy") {
      composedBy = try cited(field) { f throws(JSONDecodingError) in try f.string() }
    }
    return BodyRules(
      kind: kind,
      minimumSize: try cited(try object.required("minimumSize")) { f throws(JSONDecodingError) in
        try f.int(in: 1...1000, expected: "a number of members, a whole number from 1 to 1000")
      },
      oddSize: try flag("oddSize"),
      excludesDisputant: try flag("excludesDisputant"),
      excludesEvaluators: try flag("excludesEvaluators"),
      requiresHRMember: try flag("requiresHRMember"),
      requiresHRSecretary: try flag("requiresHRSecretary"),
      requiresChair: try flag("requiresChair"),
      quorum: try cited(try object.required("quorum"), fraction),
      recusedCountTowardQuorum: try flag("recusedCountTowardQuorum"),
      majorityBase: try cited(try object.required("majorityBase")) {
        f throws(JSONDecodingError) in try f.word(MajorityBase.self)
      },
      tieBreak: try cited(try object.required("tieBreak")) { f throws(JSONDecodingError) in
        try f.word(TieBreak.self)
      },
      periods: try periods(from: try object.required("periods")),
      appealBody: appealBody, form: form, composedBy: composedBy)
  }

  static func periods(from field: JSONField) throws(JSONDecodingError) -> Periods {
    let object = try field.object(allowing: Periods.keys)
    var periods = Periods()
    for member in object.members {
      let value = JSONField(member.value, path: field.path.appending(member.key))
      if member.key == "notice" {
        periods.notice = try cited(value) { f throws(JSONDecodingError) in
          let notice = try f.object(allowing: noticeKeys)
          return NoticePeriod(
            workingDays: try notice.required("workingDays").int(in: 1...366, expected: workingDays),
            reading: try notice.required("reading").word(NoticeReading.self))
        }
      } else {
        let period = try cited(value) { f throws(JSONDecodingError) in
          let period = try f.object(allowing: periodKeys)
          return Period(
            workingDays: try period.required("workingDays").int(in: 1...366, expected: workingDays),
            from: try period.required("from").word(PeriodStart.self))
        }
        periods.setPeriod(period, named: member.key)
      }
    }
    return periods
  }

  /// `{"value": …, "clause": "…", "source": "…", "readings": […], "note": "…"}`, the value
  /// read by `value`; `source` is `"text"` when not given (see ``withBuiltInSources(_:)``).
  static func cited<Value>(
    _ field: JSONField, _ value: (JSONField) throws(JSONDecodingError) -> Value
  ) throws(JSONDecodingError) -> Cited<Value> {
    let object = try field.object(allowing: citedKeys)
    return Cited(
      try value(try object.required("value")), try object.required("clause").string(),
      source: try source(of: object), note: try object.optional("note")?.string())
  }

  /// `"text"`, `"analogy"`, or `"reading"` with the other `"readings"` the text allows.
  static func source(of object: JSONObject) throws(JSONDecodingError) -> RuleSource {
    let readings = object.optional("readings")
    guard let field = object.optional("source") else {
      if let readings { throw readings.error(.invalid("readings", expected: readingsOnly)) }
      return .text
    }
    let name = try field.string()
    switch name {
    case "text", "analogy":
      if let readings { throw readings.error(.invalid("readings", expected: readingsOnly)) }
      return name == "text" ? .text : .analogy
    case "reading":
      guard let readings else { throw field.error(.invalid(name, expected: readingsNeeded)) }
      let others = try readings.strings()
      guard !others.isEmpty else { throw readings.error(.invalid("[]", expected: readingsNeeded)) }
      return .reading(others: others)
    default:
      throw field.error(.invalidValue(name, allowed: ["text", "analogy", "reading"]))
    }
  }

  static let readingsOnly =
    "a field of a reading; only \"source\": \"reading\" lists other readings"
  static let readingsNeeded =
    "a reading with its \"readings\": the other readings the text allows, at least one"

  /// `"2025-10-09"`, or a window `{"earliest": D, "latest": D}`.
  static func validityDay(_ field: JSONField) throws(JSONDecodingError) -> ValidityDay {
    if case .string = field.value.content { return ValidityDay(try field.day()) }
    let window = try field.object(allowing: windowKeys)
    let earliest = try window.required("earliest").day()
    let latestField = try window.required("latest")
    let latest = try latestField.day()
    guard latest >= earliest else {
      throw latestField.error(
        .invalid(latest.description, expected: "a day on or after earliest (\(earliest))"))
    }
    return ValidityDay(earliest: earliest, latest: latest)
  }

  /// `{"signatureOrder": "secretary-chair-members", "approval": true}`.
  static func protocolForm(_ field: JSONField) throws(JSONDecodingError) -> ProtocolForm {
    let form = try field.object(allowing: formKeys)
    return ProtocolForm(
      signatureOrder: try form.required("signatureOrder").word(SignatureOrder.self),
      approval: try form.required("approval").bool())
  }

  /// A score that must be valid: a cap of `"5.01"` would be a mistake in the file itself.
  static func score(_ field: JSONField) throws(JSONDecodingError) -> Score {
    guard case .valid(let score) = try field.score() else {
      throw field.error(.invalidScore(try field.string()))
    }
    return score
  }

  /// `"2/3"`: a share from 0 to 1.
  static func fraction(_ field: JSONField) throws(JSONDecodingError) -> Fraction {
    let text = try field.string()
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2,
      parts.allSatisfy({
        (1...4).contains($0.utf8.count) && $0.utf8.allSatisfy { (0x30...0x39).contains($0) }
      }),
      let numerator = Int(parts[0]), let denominator = Int(parts[1]),
      denominator > 0, (0...denominator).contains(numerator)
    else {
      throw field.error(.invalid(text, expected: "a share of the composition written like \"2/3\""))
    }
    return Fraction(numerator, denominator)
  }
}
