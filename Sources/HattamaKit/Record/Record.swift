/// One sitting of a calibration session or an evaluation commission: the `hattama.record/1`
/// interchange format.
///
/// A draft has neither `sitting` nor `motions`; a draft for `roster compose` has `candidates`
/// instead of a `composition`. `motions[].result` and `outcomes` are what was *recorded*; the
/// audit recomputes them.
public struct Record: Sendable, Equatable {
  /// The record format's name and version, `"hattama.record/1"`, the value of its `format` key.
  public static let format = "hattama.record/1"

  /// The id of the methodology the body sits under (`kz-trade-2025`), built in or a body's own.
  public var methodology: String
  /// Whether a calibration session or an evaluation commission sat; it selects the body's rules.
  public var kind: BodyKind
  /// The state body's name.
  public var body: DisplayText
  /// The evaluation period, "2025, 3-тоқсан".
  public var period: DisplayText
  /// The person entitled to appoint and dismiss, who approves the composition (002 ¶20, 000 ¶44)
  /// and a commission's results (000 ¶72).
  public var authorizedOfficial: PersonID
  /// Everyone the record names, each once: ids are looked up here.
  public var people: [Person]
  /// Who sits: chair, voting members and the secretary; `nil` in a draft for `roster compose`.
  public var composition: Composition?
  /// The pool a roster is composed from, in a draft that has no composition yet.
  public var candidates: [PersonID]?
  /// The employees' evaluations under review, one case each.
  public var cases: [Case]
  /// The sitting's day and who attended; `nil` in a draft.
  public var sitting: Sitting?
  /// The motions put to the vote, in order, with their recorded votes and results; `nil` in a
  /// draft.
  public var motions: [Motion]?
  /// The final result each case was recorded with; the audit checks it against the adopted motion.
  public var outcomes: [Outcome]?
  /// The body's conclusion, «Комиссия қорытындысы» on the protocol form.
  public var conclusion: DisplayText?
  /// The protocol's signatures, approval and posting (the record's `protocol` key).
  public var signing: Signing?
  /// A commission decision's appeal, when one was filed (000 ¶75, 001 ¶69, 004 ¶43).
  public var appeal: Appeal?
  /// The anchor of the journal the record was exported from, which pins it to the signed paper.
  public var journal: JournalAnchor?

  /// A record from its parts; only the first six and `cases` are needed for a draft.
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
  ///
  /// - Parameter id: a person id.
  /// - Returns: the person, or `nil` when `people` defines no one with that id.
  /// - Complexity: O(n) in the number of people.
  public func person(_ id: PersonID) -> Person? { people.first { $0.id == id } }

  /// "Нұрланова Айгүл (h1)" for messages, or the quoted id of someone `people` does not define;
  /// the name in `language` (its own, else the Kazakh, else the first given).
  ///
  /// - Parameters:
  ///   - id: a person id, defined in `people` or not.
  ///   - language: the language of the name.
  /// - Returns: the name with the id in parentheses, or the id in single quotes.
  public func describe(_ id: PersonID, in language: Language = .kk) -> String {
    Self.describe(id, as: person(id), in: language)
  }

  /// "Нұрланова Айгүл (h1)" for a person already looked up; `'x9'` for nobody.
  ///
  /// - Parameters:
  ///   - id: the person's id.
  ///   - person: the person already looked up, or `nil` for nobody.
  ///   - language: the language of the name.
  /// - Returns: the name with the id in parentheses, or the id in single quotes.
  public static func describe(
    _ id: PersonID, as person: Person?, in language: Language = .kk
  ) -> String {
    person.map { "\($0.name.text(in: language)) (\(id))" } ?? "'\(id)'"
  }

  /// The case with this id, if any.
  ///
  /// - Parameter id: a case id.
  /// - Returns: the case, or `nil` when the record has none with that id.
  /// - Complexity: O(n) in the number of cases.
  public func `case`(_ id: CaseID) -> Case? { cases.first { $0.id == id } }

  /// The first outcome recorded for each case, by case id: what a check reads of a case's
  /// outcome, found in constant time (a search per case made the audit quadratic in cases).
  ///
  /// - Complexity: O(n) in the outcomes.
  package var firstOutcomes: [CaseID: Outcome] {
    var byCase: [CaseID: Outcome] = [:]
    for outcome in outcomes ?? [] where byCase[outcome.caseID] == nil {
      byCase[outcome.caseID] = outcome
    }
    return byCase
  }
}

/// A person's id within one record (`"p1"`, `"h1"`), unique in its `people`.
public typealias PersonID = String
/// A case's id within one record, unique in its `cases`.
public typealias CaseID = String
/// A motion's id within one sitting, unique in its `motions` (`"mo1"`).
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
  /// The id the rest of the record uses for this person.
  public var id: PersonID
  /// Surname, name and patronymic (if any), as the protocol prints them.
  public var name: DisplayText
  /// The position held, printed beside the name in the composition and the results table.
  public var position: DisplayText?
  /// Works in the HR service (or has been assigned its duties).
  public var hr: Bool
  /// The structural unit (department, division) the person works in, as HR names it; `report`
  /// groups cases by their employee's unit.
  public var unit: String?

  /// A person named in the record; not in HR and of no unit unless given.
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
  /// Who leads the sitting and signs as chair; a member, and on a commission's tie the casting
  /// vote (000 ¶66).
  public var chair: PersonID?
  /// The voting members, the chair among them.
  public var members: [PersonID]
  /// Records the sitting; never votes (000 ¶67, 001 ¶61, 004 ¶34).
  public var secretary: PersonID?
  /// When the authorized official decided to hold the session and approved this composition.
  public var approvedOn: Day?

  /// A composition; `approvedOn` is needed for the decision's deadline (002 ¶20) only.
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
  /// The id outcomes and motions refer to the case by.
  public var id: CaseID
  /// The evaluated civil servant (the disputant of a calibration session), who may not sit
  /// (002 ¶20).
  public var employee: PersonID
  /// Who evaluated the employee (the direct superior, the unit's head), who may not sit on the case
  /// (002 ¶20).
  public var evaluators: [PersonID]
  /// The evaluator's result: a score (`score`) or a category (`kpiMet` and `category`).
  public var evaluation: EvaluationResult
  /// The disciplinary sanction of the quarter, which caps the score (002 Appendices 1–2).
  public var sanction: Sanction
  /// When the employee was familiarised with the evaluation (000 ¶17); the application period
  /// runs from it (002 ¶11).
  public var familiarizedOn: Day?
  /// When the employee's application reached the authorized official; the decision and session
  /// periods run from it (002 ¶20–¶21).
  public var appliedOn: Day?
  /// The five parameter scores the evaluator's score averages (002 Appendices 1–2); only with
  /// a score.
  public var parameters: ScoreParameters?
  /// The competencies of the evaluation sheet (004 ¶25–¶27).
  public var competencies: [Competency]

  /// A case under review; no sanction, no dates, no parameters and no competencies unless given.
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
  /// The day the body sat; a working day (002 ¶21).
  public var date: Day
  /// When the evaluators were notified of the sitting (000 ¶62, 004 ¶29).
  public var noticeOn: Day?
  /// The composition's members and secretary who attended; the quorum and each motion's default
  /// roll come from it.
  public var present: [PersonID]

  /// A sitting on `date`, attended by `present`.
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
  /// The case decided.
  public var caseID: CaseID
  /// `finalScore`, or `finalCategory` (without the targets met, which the case gives).
  public var finalResult: EvaluationResult
  /// The body's recommendations to the employee, the protocol form's column (000 Appendix 11).
  public var recommendation: DisplayText?
  /// The employee was familiarised with the final result (000 ¶73, 004 ¶40).
  public var familiarizedOn: Day?

  /// A case's recorded decision.
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
  /// The day the protocol was signed; the posting period runs from it (002 ¶23).
  public var signedOn: Day?
  /// Who signed it: the secretary, the chair and the members present (`protocol.unsigned`
  /// otherwise).
  public var signedBy: [PersonID]
  /// "БЕКІТЕМІН": the authorized official's approval (000 ¶72, 004 ¶39).
  public var approvedOn: Day?
  /// Posted to the information system (002 ¶23, 000 ¶47).
  public var postedOn: Day?

  /// The protocol's signatures; nothing signed unless given.
  public init(
    signedOn: Day? = nil, signedBy: [PersonID] = [], approvedOn: Day? = nil, postedOn: Day? = nil
  ) {
    self.signedOn = signedOn
    self.signedBy = signedBy
    self.approvedOn = approvedOn
    self.postedOn = postedOn
  }
}

/// An appeal of a commission's decision (000 ¶75, 001 ¶69, 004 ¶43).
public struct Appeal: Sendable, Equatable {
  /// When the appeal was filed: within 10 working days of the decision (000 ¶75).
  public var filedOn: Day

  /// An appeal filed on `filedOn`.
  public init(filedOn: Day) { self.filedOn = filedOn }
}

/// The anchor `N:HEX` of the journal a record was exported from.
public struct JournalAnchor: Sendable, Equatable, CustomStringConvertible {
  /// N, the number of events (lines) the journal held.
  public var events: Int
  /// Lowercase hex SHA-256 of the N-th line's bytes, without its newline.
  public var head: String

  /// An anchor of `events` lines whose last hashes to `head`.
  public init(events: Int, head: String) {
    self.events = events
    self.head = head
  }

  /// `N:HEX`, the form printed on the protocol and given to `verify --expect`.
  public var description: String { "\(events):\(head)" }
}
