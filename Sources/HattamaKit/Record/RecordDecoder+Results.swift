// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// The results a record gives: a case's evaluation, a correction's proposal, an outcome's final
/// result, and a case's parameters and competencies (SPEC, "Two kinds of result").
extension RecordDecoder {
  static let categoryExpected = "a category, a whole number from 1 to 4"
  static let kpiMetExpected = "a number of targets met, a whole number from 0 to 5"
  static let competencyKeys = ["name", "indicators", "observed", "result"]

  /// A case's `score`, or its `kpiMet` and `category`.
  func evaluation(of object: JSONObject) throws(JSONDecodingError) -> EvaluationResult {
    let category = object.optional("category")
    let kpiMet = object.optional("kpiMet")
    if let score = object.optional("score") {
      if let category { throw category.error(.conflictingFields("score", "category")) }
      if let kpiMet { throw kpiMet.error(.conflictingFields("score", "kpiMet")) }
      return .score(try score.score())
    }
    guard category != nil || kpiMet != nil else {
      throw object.field.error(
        .missingResult(
          expected: "'score' (a quarterly evaluation) or 'kpiMet' and 'category' (an annual "
            + "evaluation by targets)"))
    }
    return .category(
      try Self.category(try object.required("category")),
      kpiMet: try Self.kpiMet(try object.required("kpiMet")))
  }

  /// A correction's `score`, or its `category` (and optionally `kpiMet`), of the case's kind.
  func proposal(
    of object: JSONObject, for caseID: CaseID
  ) throws(JSONDecodingError) -> EvaluationResult {
    try result(
      of: object, scoreKey: "score", categoryKey: "category", kpiMetKey: "kpiMet", for: caseID)
  }

  /// An outcome's `finalScore` or `finalCategory`, of the case's kind.
  func finalResult(
    of object: JSONObject, for caseID: CaseID
  ) throws(JSONDecodingError) -> EvaluationResult {
    try result(
      of: object, scoreKey: "finalScore", categoryKey: "finalCategory", kpiMetKey: nil, for: caseID)
  }

  private func result(
    of object: JSONObject, scoreKey: String, categoryKey: String, kpiMetKey: String?,
    for caseID: CaseID
  ) throws(JSONDecodingError) -> EvaluationResult {
    let score = object.optional(scoreKey)
    let category = object.optional(categoryKey)
    let kpiMet = kpiMetKey.flatMap { object.optional($0) }
    let result: EvaluationResult
    let field: JSONField
    let key: String
    if let score {
      if let category { throw category.error(.conflictingFields(scoreKey, categoryKey)) }
      if let kpiMet, let kpiMetKey { throw kpiMet.error(.conflictingFields(scoreKey, kpiMetKey)) }
      result = .score(try score.score())
      (field, key) = (score, scoreKey)
    } else if let category {
      var met: Int?
      if let kpiMet { met = try Self.kpiMet(kpiMet) }
      result = .category(try Self.category(category), kpiMet: met)
      (field, key) = (category, categoryKey)
    } else if let kpiMet {
      throw kpiMet.error(.missingField(categoryKey))
    } else {
      throw object.field.error(.missingResult(expected: "'\(scoreKey)' or '\(categoryKey)'"))
    }
    if let scale = scales[caseID], scale != result.scale {
      throw field.error(
        .wrongScale(caseID: caseID, caseScale: scale.rawValue, field: key))
    }
    return result
  }

  /// A case's optional `parameters`: five scores, only beside a `score`.
  func parameters(
    of object: JSONObject, evaluation: EvaluationResult
  ) throws(JSONDecodingError) -> ScoreParameters? {
    guard let field = object.optional("parameters") else { return nil }
    if evaluation.scale == .category {
      throw field.error(.conflictingFields("category", "parameters"))
    }
    let elements = try field.array()
    guard elements.count == ScoreParameters.count else {
      throw field.error(
        .invalid(
          "a list of \(elements.count)",
          expected: "the five parameter scores of the evaluation sheet (002 Appendices 1–2)"))
    }
    var values: [ScoreInput] = []
    for element in elements { values.append(try element.score()) }
    return ScoreParameters(values)
  }

  /// A case's optional `competencies` (004 ¶25–¶27).
  func competencies(of object: JSONObject) throws(JSONDecodingError) -> [Competency] {
    guard let field = object.optional("competencies") else { return [] }
    var competencies: [Competency] = []
    for element in try field.array() {
      let competency = try element.object(allowing: Self.competencyKeys)
      let indicators = try competency.required("indicators").int(
        in: 1...1000, expected: "a number of behaviour indicators, a whole number from 1 to 1000")
      let observedField = try competency.required("observed")
      let observed = try observedField.int(
        in: 0...indicators,
        expected:
          "a number of indicators observed, a whole number from 0 to its \(indicators) indicators")
      competencies.append(
        Competency(
          name: try competency.required("name").string(), indicators: indicators,
          observed: observed, result: try competency.required("result").word(CompetencyResult.self))
      )
    }
    return competencies
  }

  static func category(_ field: JSONField) throws(JSONDecodingError) -> TargetCategory {
    let number = try field.int(in: 1...4, expected: categoryExpected)
    guard let category = TargetCategory(rawValue: number) else {
      throw field.error(.invalid(String(number), expected: categoryExpected))
    }
    return category
  }

  static func kpiMet(_ field: JSONField) throws(JSONDecodingError) -> Int {
    try field.int(in: 0...TargetCategory.targets, expected: kpiMetExpected)
  }
}
