/// One sitting of a calibration session or an evaluation commission: the `hattama.record/1`
/// interchange format.
///
/// A draft has neither `sitting` nor `motions`; a draft for `roster compose` has `candidates`
/// instead of a `composition`. `motions[].result` and `outcomes` are what was *recorded*; the
/// audit recomputes them.
public struct Record: Sendable, Equatable {
  public static let format = "hattama.record/1"

  public var methodology: String
  public var kind: BodyKind
  /// The state body's name.
  public var body: DisplayText
  /// The evaluation period, "2025, 3-тоқсан".
  public var period: DisplayText
  public var authorizedOfficial: PersonID
  public var people: [Person]
  public var composition: Composition?
  public var candidates: [PersonID]?
  public var cases: [Case]
  public var sitting: Sitting?
  public var motions: [Motion]?
  public var outcomes: [Outcome]?
  public var conclusion: DisplayText?
  public var signing: Signing?
  public var appeal: Appeal?
  public var journal: JournalAnchor?

  public init(
    methodology: String, kind: BodyKind, body: DisplayText, period: DisplayText,
    authorizedOfficial: PersonID, people: [Person], composition: Composition? = nil,
    candidates: [PersonID]? = nil, cases: [Case], sitting: Sitting? = nil,
    motions: [Motion]? = nil, outcomes: [Outcome]? = nil, conclusion: DisplayText? = nil,
    signing: Signing? = nil, appeal: Appeal? = nil, journal: JournalAnchor? = nil
  ) {
    self.methodology = methodology
    self.kind = kind
    self.body = body
    self.period = period
    self.authorizedOfficial = authorizedOfficial
    self.people = people
    self.composition = composition
    self.candidates = candidates
    self.cases = cases
    self.sitting = sitting
    self.motions = motions
    self.outcomes = outcomes
    self.conclusion = conclusion
    self.signing = signing
    self.appeal = appeal
    self.journal = journal
  }

  /// The person with this id, if `people` defines one.
  public func person(_ id: PersonID) -> Person? { people.first { $0.id == id } }

  /// "Нұрланова Айгүл (h1)" for messages, or the quoted id of someone `people` does not define;
  /// the name in `language` (its own, else the Kazakh, else the first given).
  public func describe(_ id: PersonID, in language: Language = .kk) -> String {
    Self.describe(id, as: person(id), in: language)
  }

  /// "Нұрланова Айгүл (h1)" for a person already looked up; `'x9'` for nobody.
  public static func describe(
    _ id: PersonID, as person: Person?, in language: Language = .kk
  ) -> String {
    person.map { "\($0.name.text(in: language)) (\(id))" } ?? "'\(id)'"
  }

  /// The case with this id, if any.
  public func `case`(_ id: CaseID) -> Case? { cases.first { $0.id == id } }
}

public typealias PersonID = String
public typealias CaseID = String
public typealias MotionID = String

/// Which collegial body sat.
public enum BodyKind: String, CaseIterable, Sendable, Codable {
  /// A calibration session (002 ¶19–¶24, 000 ¶43–¶48).
  case calibration
  /// An evaluation commission (000 ¶62–¶76, 001 ¶56–¶70, 004 ¶5, ¶29–¶44).
  case commission
}

/// Someone the record names: the official, members, secretary, employees, evaluators.
public struct Person: Sendable, Equatable {
  public var id: PersonID
  public var name: DisplayText
  public var position: DisplayText?
  /// Works in the HR service (or has been assigned its duties).
  public var hr: Bool
  /// The structural unit (department, division) the person works in, as HR names it; `report`
  /// groups cases by their employee's unit.
  public var unit: String?

  public init(
    id: PersonID, name: DisplayText, position: DisplayText? = nil, hr: Bool = false,
    unit: String? = nil
  ) {
    self.id = id
    self.name = name
    self.position = position
    self.hr = hr
    self.unit = unit
  }
}

/// The approved composition of the body.
public struct Composition: Sendable, Equatable {
  public var chair: PersonID?
  /// The voting members, the chair among them.
  public var members: [PersonID]
  /// Records the sitting; never votes (000 ¶67, 001 ¶61, 004 ¶34).
  public var secretary: PersonID?
  /// When the authorized official decided to hold the session and approved this composition.
  public var approvedOn: Day?

  public init(
    chair: PersonID?, members: [PersonID], secretary: PersonID?, approvedOn: Day? = nil
  ) {
    self.chair = chair
    self.members = members
    self.secretary = secretary
    self.approvedOn = approvedOn
  }
}

/// One employee's evaluation under review.
public struct Case: Sendable, Equatable {
  public var id: CaseID
  public var employee: PersonID
  public var evaluators: [PersonID]
  /// The evaluator's result: a score (`score`) or a category (`kpiMet` and `category`).
  public var evaluation: EvaluationResult
  public var sanction: Sanction
  public var familiarizedOn: Day?
  public var appliedOn: Day?
  /// The five parameter scores the evaluator's score averages (002 Appendices 1–2); only with
  /// a score.
  public var parameters: ScoreParameters?
  /// The competencies of the evaluation sheet (004 ¶25–¶27).
  public var competencies: [Competency]

  public init(
    id: CaseID, employee: PersonID, evaluators: [PersonID], evaluation: EvaluationResult,
    sanction: Sanction = .none, familiarizedOn: Day? = nil, appliedOn: Day? = nil,
    parameters: ScoreParameters? = nil, competencies: [Competency] = []
  ) {
    self.id = id
    self.employee = employee
    self.evaluators = evaluators
    self.evaluation = evaluation
    self.sanction = sanction
    self.familiarizedOn = familiarizedOn
    self.appliedOn = appliedOn
    self.parameters = parameters
    self.competencies = competencies
  }

  /// The evaluator's score, for a case graded by score.
  public var score: ScoreInput? { evaluation.score }

  /// The people who may not vote on this case: its employee and its evaluators.
  public var recused: Set<PersonID> { Set(evaluators).union([employee]) }
}

/// The day of the sitting and who attended.
public struct Sitting: Sendable, Equatable {
  public var date: Day
  /// When the evaluators were notified of the sitting (000 ¶62, 004 ¶29).
  public var noticeOn: Day?
  public var present: [PersonID]

  public init(date: Day, noticeOn: Day? = nil, present: [PersonID]) {
    self.date = date
    self.noticeOn = noticeOn
    self.present = present
  }

  /// Only planned (`roster plan`: its date and notice, nobody present yet), not held.
  public var isPlanned: Bool { present.isEmpty }
}

/// The decision one case received, as recorded.
public struct Outcome: Sendable, Equatable {
  public var caseID: CaseID
  /// `finalScore`, or `finalCategory` (without the targets met, which the case gives).
  public var finalResult: EvaluationResult
  public var recommendation: DisplayText?
  /// The employee was familiarised with the final result (000 ¶73, 004 ¶40).
  public var familiarizedOn: Day?

  public init(
    caseID: CaseID, finalResult: EvaluationResult, recommendation: DisplayText? = nil,
    familiarizedOn: Day? = nil
  ) {
    self.caseID = caseID
    self.finalResult = finalResult
    self.recommendation = recommendation
    self.familiarizedOn = familiarizedOn
  }
}

/// Signatures, approval and posting of the protocol (record field `protocol`).
public struct Signing: Sendable, Equatable {
  public var signedOn: Day?
  public var signedBy: [PersonID]
  /// "БЕКІТЕМІН": the authorized official's approval (000 ¶72, 004 ¶39).
  public var approvedOn: Day?
  /// Posted to the information system (002 ¶23, 000 ¶47).
  public var postedOn: Day?

  public init(
    signedOn: Day? = nil, signedBy: [PersonID] = [], approvedOn: Day? = nil, postedOn: Day? = nil
  ) {
    self.signedOn = signedOn
    self.signedBy = signedBy
    self.approvedOn = approvedOn
    self.postedOn = postedOn
  }
}

public struct Appeal: Sendable, Equatable {
  public var filedOn: Day

  public init(filedOn: Day) { self.filedOn = filedOn }
}

/// The anchor `N:HEX` of the journal a record was exported from.
public struct JournalAnchor: Sendable, Equatable, CustomStringConvertible {
  public var events: Int
  /// Lowercase hex SHA-256 of the N-th line's bytes, without its newline.
  public var head: String

  public init(events: Int, head: String) {
    self.events = events
    self.head = head
  }

  /// `N:HEX`, the form printed on the protocol and given to `verify --expect`.
  public var description: String { "\(events):\(head)" }
}
