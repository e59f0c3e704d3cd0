extension Record {
  /// Reads a `hattama.record/1` document strictly (SPEC.md, "The record").
  ///
  /// Refused: bytes that are not JSON; a `format` other than `hattama.record/1`; an unknown
  /// or repeated field (a motion's votes excepted: a member voting twice is kept for the audit
  /// to report as `vote.duplicate`); a value of the wrong type; a date that is not
  /// `YYYY-MM-DD`; a score that is no number at all; a word outside its list; an id given
  /// twice; a case's employee or evaluator, the authorized official, a motion's case or
  /// proposer, or an outcome's case that the record does not define; a case with both a
  /// `score` and a `kpiMet`/`category`, or with neither; a `category` outside 1–4 or a `kpiMet`
  /// outside 0–5; a correction or an outcome whose kind of result is not its case's; other than
  /// five `parameters`, or parameters beside a category; a competency observing more indicators
  /// than it has.
  ///
  /// Read and left to the checks: a score outside 0–5 or with more than two decimals
  /// (``ScoreInput/invalid(text:_:)``), and unknown ids in `composition`, `candidates`,
  /// `sitting.present`, votes and `protocol.signedBy`, which the composition and vote checks
  /// report as findings.
  ///
  /// - Parameter bytes: the document, UTF-8.
  /// - Throws: ``RecordDecodingError`` at the first problem, with its line, column and path.
  ///
  /// - Returns: the record, every id resolved or left for the checks.
  /// - Complexity: O(n) in the document's bytes.
  public static func decode(_ bytes: [UInt8]) throws(RecordDecodingError) -> Record {
    let root: JSONValue
    do {
      root = try JSONParser().parse(bytes)
    } catch {
      throw RecordDecodingError(error)
    }
    var decoder = RecordDecoder()
    return try decoder.record(from: JSONField(root))
  }
}

/// The state of one decoding: the ids defined so far, for uniqueness and references.
struct RecordDecoder {
  var people = IDRegistry()
  var cases = IDRegistry()
  var motions = IDRegistry()
  /// Each case's kind of result, so that its corrections and outcome give the same kind.
  var scales: [CaseID: EvaluationResult.Scale] = [:]

  static let rootKeys = [
    "format", "methodology", "kind", "body", "period", "authorizedOfficial", "people",
    "composition", "candidates", "cases", "sitting", "motions", "outcomes", "conclusion",
    "protocol", "appeal", "journal",
  ]
  static let personKeys = ["id", "name", "position", "hr", "unit"]
  static let compositionKeys = ["chair", "members", "secretary", "approvedOn"]

  mutating func record(from root: JSONField) throws(JSONDecodingError) -> Record {
    // The format comes first: a document of another format would only raise confusing
    // complaints about its fields.
    guard let formatMember = try root.rawMembers().first(where: { $0.key == "format" }) else {
      throw root.error(.missingField("format"))
    }
    let format = JSONField(formatMember.value, path: root.path.appending("format"))
    let formatText = try format.string()
    guard formatText == Record.format else {
      throw format.error(.wrongFormat(found: formatText, expected: Record.format))
    }
    let object = try root.object(allowing: Self.rootKeys)

    var people: [Person] = []
    for element in try object.required("people").array() {
      people.append(try person(from: element))
    }
    var record = Record(
      methodology: try object.required("methodology").string(),
      kind: try object.required("kind").word(BodyKind.self),
      body: try object.required("body").displayText(),
      period: try object.required("period").displayText(),
      authorizedOfficial: try self.people.reference(
        try object.required("authorizedOfficial"), kind: .person),
      people: people,
      cases: [])
    if let field = object.optional("composition") {
      record.composition = try composition(from: field)
    }
    record.candidates = try object.optional("candidates")?.strings()
    for element in try object.required("cases").array() {
      record.cases.append(try decodeCase(from: element))
    }
    if let field = object.optional("sitting") { record.sitting = try sitting(from: field) }
    if let field = object.optional("motions") {
      var motions: [Motion] = []
      for element in try field.array() { motions.append(try motion(from: element)) }
      record.motions = motions
    }
    if let field = object.optional("outcomes") {
      var outcomes: [Outcome] = []
      for element in try field.array() { outcomes.append(try outcome(from: element)) }
      record.outcomes = outcomes
    }
    record.conclusion = try object.optional("conclusion")?.displayText()
    if let field = object.optional("protocol") { record.signing = try signing(from: field) }
    if let field = object.optional("appeal") { record.appeal = try appeal(from: field) }
    if let field = object.optional("journal") { record.journal = try journal(from: field) }
    return record
  }

  mutating func person(from field: JSONField) throws(JSONDecodingError) -> Person {
    let object = try field.object(allowing: Self.personKeys)
    return Person(
      id: try people.register(try object.required("id")),
      name: try object.required("name").displayText(),
      position: try object.optional("position")?.displayText(),
      hr: try object.optional("hr")?.bool() ?? false,
      unit: try object.optional("unit")?.string())
  }

  /// The composition's ids are not checked here: `composition.unknown-person` reports them.
  func composition(from field: JSONField) throws(JSONDecodingError) -> Composition {
    let object = try field.object(allowing: Self.compositionKeys)
    return Composition(
      chair: try object.optional("chair")?.string(),
      members: try object.required("members").strings(),
      secretary: try object.optional("secretary")?.string(),
      approvedOn: try object.optional("approvedOn")?.day())
  }
}

/// The ids of one kind a record defines, with where each was first defined.
struct IDRegistry {
  private var firstPaths: [String: JSONPath] = [:]

  /// Defines the id the field holds.
  ///
  /// - Throws: ``JSONDecodingError/Problem/duplicateID(_:firstAt:)`` at the second definition.
  mutating func register(_ field: JSONField) throws(JSONDecodingError) -> String {
    let id = try field.string()
    if let first = firstPaths[id] { throw field.error(.duplicateID(id, firstAt: first)) }
    firstPaths[id] = field.path
    return id
  }

  /// The id the field holds, which must have been defined.
  func reference(
    _ field: JSONField, kind: JSONDecodingError.ReferenceKind
  ) throws(JSONDecodingError) -> String {
    let id = try field.string()
    guard firstPaths[id] != nil else { throw field.error(.unknownReference(id, kind: kind)) }
    return id
  }
}
