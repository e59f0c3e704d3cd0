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
  ///
  /// - Parameter bytes: the file's bytes, UTF-8 JSON.
  /// - Returns: the methodology; a value without `source` keeps the built-in's force (SPEC).
  public static func decodeJSON(_ bytes: [UInt8]) throws(JSONDecodingError) -> Methodology {
    let root: JSONValue
    do {
      root = try JSONParser().parse(bytes)
    } catch {
      throw JSONDecodingError(error)
    }
    return try MethodologyDecoder.methodology(
      from: JSONField(withBuiltInSources(root)))
  }

  /// The methodology as a methodology file, in the order of its properties.
  ///
  /// - Returns: pretty-printed JSON that `decodeJSON(_:)` reads back as the same methodology.
  public func encodedJSON() -> String { JSONWriter().string(for: jsonValue) }

  /// The methodology as a JSON value.
  package var jsonValue: JSONValue {
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
        ("boundsFinalScore", caps.boundsFinalScore.json(JSONValue.bool)),
      ])
      members.append(("caps", capsValue))
    }
    members.append(
      optional: "targetCategories",
      targetCategories?.json { .array($0.names.map(\.threeLanguagesJSON)) })
    members.append(
      optional: "competencyThreshold", competencyThreshold?.json { .string($0.description) })
    return .object(members)
  }
}

extension Phrase {
  /// A text the same in every language as a string, else ``threeLanguagesJSON``: a
  /// methodology file may give its notes in one language or in three.
  var jsonValue: JSONValue {
    kk == en && ru == en ? .string(en) : threeLanguagesJSON
  }

  /// `{"kk": …, "ru": …, "en": …}`, always: a category's name is given in all three.
  var threeLanguagesJSON: JSONValue {
    .object([("kk", .string(kk)), ("ru", .string(ru)), ("en", .string(en))])
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
    members.append(optional: "appealBody", appealBody?.json(\.jsonValue))
    members.append(("form", form.json(\.jsonValue)))
    members.append(("composedBy", composedBy.json(\.jsonValue)))
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
  package var jsonValue: JSONValue {
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
      ("value", encode(value)), ("clause", .string(clause.canonical)),
      ("source", .string(source.name)),
    ]
    if case .reading(let others) = source {
      members.append(("readings", .array(others.map { .string($0.name) })))
    }
    members.append(optional: "note", note?.jsonValue)
    return .object(members)
  }
}

/// Reads the parts of a methodology file.
private enum MethodologyDecoder {
  static let methodologyKeys = [
    "id", "title", "seed", "validFrom", "validThrough", "bodies", "caps", "targetCategories",
    "competencyThreshold",
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
  static let capsKeys = ["reprimand", "other", "boundsFinalScore"]
  static let languageKeys = ["kk", "ru", "en"]
  static let workingDays = Phrase(
    kk: "жұмыс күндерінің саны, 1-ден 366-ға дейінгі бүтін сан",
    ru: "число рабочих дней, целое число от 1 до 366",
    en: "a number of working days, a whole number from 1 to 366")

  static func methodology(from field: JSONField) throws(JSONDecodingError) -> Methodology {
    let object = try field.object(allowing: methodologyKeys)
    let validFrom = try cited(try object.required("validFrom"), validityDay)
    var validThrough: Cited<ValidityDay>?
    if let through = object.optional("validThrough") {
      let cite = try cited(through, validityDay)
      guard cite.value.earliest >= validFrom.value.latest else {
        throw through.error(
          .invalid(
            cite.value.description, expected: Phrase(
              kk: "validFrom (\(validFrom.value)) күні немесе одан кейінгі күн",
              ru: "день не ранее validFrom (\(validFrom.value))",
              en: "a day on or after validFrom (\(validFrom.value))")))
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
        other: try cited(try capsObject.required("other"), score),
        boundsFinalScore: try cited(try capsObject.required("boundsFinalScore")) {
          f throws(JSONDecodingError) in try f.bool()
        })
    }
    var targetCategories: Cited<TargetCategoryNames>?
    if let field = object.optional("targetCategories") {
      targetCategories = try cited(field, categoryNames)
    }
    var competencyThreshold: Cited<Fraction>?
    if let field = object.optional("competencyThreshold") {
      competencyThreshold = try cited(field, fraction)
    }
    return Methodology(
      id: try object.required("id").string(), title: try object.required("title").string(),
      seed: try object.required("seed").string(), validFrom: validFrom,
      validThrough: validThrough, bodies: bodies, caps: caps, targetCategories: targetCategories,
      competencyThreshold: competencyThreshold)
  }

  /// The four categories' names, each `{"kk": …, "ru": …, "en": …}`.
  static func categoryNames(_ field: JSONField) throws(JSONDecodingError) -> TargetCategoryNames {
    let elements = try field.array()
    guard elements.count == TargetCategory.allCases.count else {
      throw field.error(
        .invalid(
          "\(elements.count)",
          expected: Phrase(
            kk: "1-ден 4-ке дейінгі санаттардың төрт атауы, ретімен",
            ru: "четыре названия категорий с 1 по 4 по порядку",
            en: "four names, of the categories 1 to 4 in order")))
    }
    var names: [Phrase] = []
    for element in elements { names.append(try threeLanguages(element)) }
    return TargetCategoryNames(names)
  }

  static func body(from field: JSONField) throws(JSONDecodingError) -> BodyRules {
    let object = try field.object(allowing: bodyKeys)
    func flag(_ key: String) throws(JSONDecodingError) -> Cited<Bool> {
      try cited(try object.required(key)) { f throws(JSONDecodingError) in try f.bool() }
    }
    var appealBody: Cited<Phrase>?
    if let appeal = object.optional("appealBody") {
      appealBody = try cited(appeal) { f throws(JSONDecodingError) in try phrase(f) }
    }
    let kind = try object.required("kind").word(BodyKind.self)
    // Files written before `form` and `composedBy` existed take the form of their kind of body.
    let byDefault = kind == .commission ? Methodology.justice2023 : Methodology.trade2025
    let defaults = byDefault.rules(for: kind)
    var form = defaults?.form ?? Cited(.calibration, .appendix("11", of: "000"))
    if let formField = object.optional("form") { form = try cited(formField, protocolForm) }
    var composedBy =
      defaults?.composedBy
      ?? Cited(
        Phrase(
          kk: "уәкілетті лауазымды тұлға", ru: "уполномоченное должностное лицо",
          en: "the authorized official"),
        "002 ¶20")
    if let field = object.optional("composedBy") {
      composedBy = try cited(field) { f throws(JSONDecodingError) in try phrase(f) }
    }
    return BodyRules(
      kind: kind,
      minimumSize: try cited(try object.required("minimumSize")) { f throws(JSONDecodingError) in
        try f.int(in: 1...1000, expected: Phrase(
            kk: "мүшелер саны, 1-ден 1000-ға дейінгі бүтін сан",
            ru: "число членов, целое число от 1 до 1000",
            en: "a number of members, a whole number from 1 to 1000"))
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
      try value(try object.required("value")),
      Citation(canonical: try object.required("clause").string()),
      source: try source(of: object), note: try object.optional("note").map(phrase))
  }

  /// A text in every language, `"…"`, or one per language, `{"kk": …, "ru": …, "en": …}`.
  static func phrase(_ field: JSONField) throws(JSONDecodingError) -> Phrase {
    if let text = try? field.string() { return Phrase(verbatim: text) }
    return try threeLanguages(field)
  }

  /// `{"kk": …, "ru": …, "en": …}`, each text required.
  static func threeLanguages(_ field: JSONField) throws(JSONDecodingError) -> Phrase {
    let text = try field.object(allowing: languageKeys)
    return Phrase(
      kk: try text.required("kk").string(), ru: try text.required("ru").string(),
      en: try text.required("en").string())
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
      return .reading(others: others.map(Reading.init(name:)))
    default:
      throw field.error(.invalidValue(name, allowed: ["text", "analogy", "reading"]))
    }
  }

  static let readingsOnly = Phrase(
    kk: "оқылымның өрісі; басқа оқылымдарды тек \"source\": \"reading\" тізеді",
    ru: "поле прочтения; другие прочтения перечисляет только \"source\": \"reading\"",
    en: "a field of a reading; only \"source\": \"reading\" lists other readings")
  static let readingsNeeded = Phrase(
    kk: "\"readings\" өрісі бар оқылым: мәтін жол беретін басқа оқылымдар, кемінде біреуі",
    ru: "прочтение с его \"readings\": другие прочтения, которые допускает текст, хотя бы одно",
    en: "a reading with its \"readings\": the other readings the text allows, at least one")

  /// `"2025-10-09"`, or a window `{"earliest": D, "latest": D}`.
  static func validityDay(_ field: JSONField) throws(JSONDecodingError) -> ValidityDay {
    if case .string = field.value.content { return ValidityDay(try field.day()) }
    let window = try field.object(allowing: windowKeys)
    let earliest = try window.required("earliest").day()
    let latestField = try window.required("latest")
    let latest = try latestField.day()
    guard latest >= earliest else {
      throw latestField.error(
        .invalid(latest.description, expected: Phrase(
              kk: "earliest (\(earliest)) күні немесе одан кейінгі күн",
              ru: "день не ранее earliest (\(earliest))",
              en: "a day on or after earliest (\(earliest))")))
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
      throw field.error(.invalid(text, expected: Phrase(
              kk: "құрамның үлесі, \"2/3\" түрінде жазылған",
              ru: "доля состава, записанная как \"2/3\"",
              en: "a share of the composition written like \"2/3\"")))
    }
    return Fraction(numerator, denominator)
  }
}
