// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// The parts of a record that describe the cases and what the sitting did with them.
extension RecordDecoder {
  static let caseKeys = [
    "id", "employee", "evaluators", "score", "kpiMet", "category", "parameters", "competencies",
    "sanction", "familiarizedOn", "appliedOn",
  ]
  static let sittingKeys = ["date", "noticeOn", "present"]
  static let motionKeys = [
    "id", "case", "kind", "score", "category", "kpiMet", "proposedBy", "present", "votes",
    "result",
  ]
  static let outcomeKeys = [
    "case", "finalScore", "finalCategory", "recommendation", "familiarizedOn",
  ]
  static let protocolKeys = ["signedOn", "signedBy", "approvedOn", "postedOn"]
  static let appealKeys = ["filedOn"]
  static let journalKeys = ["events", "head"]

  mutating func decodeCase(from field: JSONField) throws(JSONDecodingError) -> Case {
    let object = try field.object(allowing: Self.caseKeys)
    let id = try cases.register(try object.required("id"))
    let employee = try people.reference(try object.required("employee"), kind: .person)
    var evaluators: [PersonID] = []
    for element in try object.required("evaluators").array() {
      evaluators.append(try people.reference(element, kind: .person))
    }
    let evaluation = try evaluation(of: object)
    scales[id] = evaluation.scale
    return Case(
      id: id, employee: employee, evaluators: evaluators, evaluation: evaluation,
      sanction: try object.optional("sanction")?.word(Sanction.self) ?? .none,
      familiarizedOn: try object.optional("familiarizedOn")?.day(),
      appliedOn: try object.optional("appliedOn")?.day(),
      parameters: try parameters(of: object, evaluation: evaluation),
      competencies: try competencies(of: object))
  }

  /// `present` is not checked against `people`: the quorum and vote checks report strangers.
  func sitting(from field: JSONField) throws(JSONDecodingError) -> Sitting {
    let object = try field.object(allowing: Self.sittingKeys)
    return Sitting(
      date: try object.required("date").day(),
      noticeOn: try object.optional("noticeOn")?.day(),
      present: try object.required("present").strings())
  }

  /// A motion; its `votes` object keeps a member written twice, for `vote.duplicate`.
  mutating func motion(from field: JSONField) throws(JSONDecodingError) -> Motion {
    let object = try field.object(allowing: Self.motionKeys)
    let id = try motions.register(try object.required("id"))
    let caseID = try cases.reference(try object.required("case"), kind: .case)
    let kindField = try object.required("kind")
    let kind: MotionKind
    switch try kindField.string() {
    case "confirm":
      for key in ["score", "category", "kpiMet"] {
        if let field = object.optional(key) { throw field.error(.scoreOnConfirm(field: key)) }
      }
      kind = .confirm
    case "correct":
      kind = .correct(try proposal(of: object, for: caseID))
    case let other:
      throw kindField.error(.invalidValue(other, allowed: ["confirm", "correct"]))
    }
    var proposedBy: PersonID?
    if let proposer = object.optional("proposedBy") {
      proposedBy = try people.reference(proposer, kind: .person)
    }
    var votes: [Vote] = []
    if let votesField = object.optional("votes") {
      for member in try votesField.rawMembers() {
        let choice = JSONField(member.value, path: votesField.path.appending(member.key))
        votes.append(Vote(member: member.key, choice: try choice.word(VoteChoice.self)))
      }
    }
    return Motion(
      id: id, caseID: caseID, kind: kind, proposedBy: proposedBy,
      present: try object.optional("present")?.strings(), votes: votes,
      result: try object.optional("result")?.word(MotionResult.self))
  }

  func outcome(from field: JSONField) throws(JSONDecodingError) -> Outcome {
    let object = try field.object(allowing: Self.outcomeKeys)
    let caseID = try cases.reference(try object.required("case"), kind: .case)
    return Outcome(
      caseID: caseID, finalResult: try finalResult(of: object, for: caseID),
      recommendation: try object.optional("recommendation")?.displayText(),
      familiarizedOn: try object.optional("familiarizedOn")?.day())
  }

  /// The record's `protocol`; `signedBy` is left to `protocol.unsigned`.
  func signing(from field: JSONField) throws(JSONDecodingError) -> Signing {
    let object = try field.object(allowing: Self.protocolKeys)
    return Signing(
      signedOn: try object.optional("signedOn")?.day(),
      signedBy: try object.optional("signedBy")?.strings() ?? [],
      approvedOn: try object.optional("approvedOn")?.day(),
      postedOn: try object.optional("postedOn")?.day())
  }

  func appeal(from field: JSONField) throws(JSONDecodingError) -> Appeal {
    let object = try field.object(allowing: Self.appealKeys)
    return Appeal(filedOn: try object.required("filedOn").day())
  }

  /// The journal anchor `{"events": N, "head": HEX}`: at least the `open` event, and the
  /// lowercase SHA-256 of the last line.
  func journal(from field: JSONField) throws(JSONDecodingError) -> JournalAnchor {
    let object = try field.object(allowing: Self.journalKeys)
    let events = try object.required("events").int(
      in: 1...Int.max, expected: "a number of events, a whole number of at least 1")
    let headField = try object.required("head")
    let head = try headField.string()
    guard head.utf8.count == 64,
      head.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
    else {
      throw headField.error(
        .invalid(head, expected: "a journal head, the 64 lowercase hexadecimal digits of a SHA-256")
      )
    }
    return JournalAnchor(events: events, head: head)
  }
}
