/// One case of one sitting as the overview counts it: who was evaluated, by whom, and what the
/// sitting decided. `report --format csv` writes one row of these per case.
public struct CaseLine: Sendable, Equatable {
  /// The file the sitting was read from.
  public var file: String
  /// The state body's name, as the record writes it: the overview's first grouping.
  public var body: String
  /// The evaluation period (`"2025, 3-тоқсан"`).
  public var period: String
  /// The id of the methodology the sitting was held under.
  public var methodology: String
  /// A calibration session or a commission.
  public var kind: BodyKind
  /// The day of the sitting; `nil` for a record without one.
  public var sittingDate: Day?
  /// The case's id in its record (unique only within it).
  public var caseID: CaseID
  /// The evaluated civil servant.
  public var employee: Someone
  /// The employee's unit; `nil` when the record gives none.
  public var unit: String?
  /// Who evaluated the employee; a case counts for each of them.
  public var evaluators: [Someone]
  /// The evaluator's grade; `nil` for an invalid score.
  public var before: Grade?
  /// The grade the adopted motion set; `nil` when no motion decided the case.
  public var after: Grade?
  /// The motion that decided the case, if one did.
  public var decidedBy: MotionID?
  /// Confirmed, corrected up or down (by how much), undecided, or incomparable.
  public var outcome: CaseOutcome

  /// One case of a sitting, its display texts (body, period, names) in `language`: their own,
  /// else the Kazakh, else the first one the record gives.
  ///
  /// - Parameters:
  ///   - file: the file the sitting was read from.
  ///   - record: the sitting.
  ///   - reviewed: the case.
  ///   - decision: what the sitting's ``Deliberation`` decided on the case, if anything.
  ///   - language: the language of the display texts.
  public init(
    file: String, record: Record, case reviewed: Case, decision: Deliberation.Decision?,
    language: Language = .kk
  ) {
    self.file = file
    body = record.body.text(in: language)
    period = record.period.text(in: language)
    methodology = record.methodology
    kind = record.kind
    sittingDate = record.sitting?.date
    caseID = reviewed.id
    let employee = record.person(reviewed.employee)
    self.employee = Someone(id: reviewed.employee, name: employee?.name.text(in: language))
    unit = employee?.unit
    evaluators = reviewed.evaluators.map {
      Someone(id: $0, name: record.person($0)?.name.text(in: language))
    }
    before = Grade(evaluationOf: reviewed)
    after = decision.flatMap(Grade.init(decision:))
    decidedBy = decision?.motion
    outcome = CaseOutcome(decided: decision != nil, before: before, after: after)
  }
}

/// A person as a report names them. Ids are unique only within a record, so across sittings a
/// person is told apart by id and name together.
public struct Someone: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The person's id in their record.
  public var id: PersonID
  /// The full name, when the record's `people` gives one.
  public var name: String?

  /// A person by id and, when known, name.
  public init(id: PersonID, name: String?) {
    self.id = id
    self.name = name
  }

  /// "Нұрланова Айгүл (h1)", or the id alone.
  public var description: String { name.map { "\($0) (\(id))" } ?? id }

  /// In Kazakh alphabetical order of the names (`KazakhCollation`), then by id.
  public static func < (lhs: Someone, rhs: Someone) -> Bool {
    let (a, b) = (lhs.name ?? lhs.id, rhs.name ?? rhs.id)
    return a == b ? lhs.id < rhs.id : KazakhCollation.precedes(a, b)
  }
}

/// What a sitting did with a case.
public enum CaseOutcome: Hashable, Sendable {
  /// The adopted motion left the grade as the evaluator gave it (a `confirm`, or a correction
  /// to the same grade).
  case confirmed
  /// Corrected to a better grade, by this much (hundredths, or categories).
  case correctedUp(by: Int)
  /// Corrected to a worse grade, by this much (a positive number).
  case correctedDown(by: Int)
  /// No lawful motion decided it (SPEC: `outcome.undecided`).
  case undecided
  /// Decided, but the grades cannot be compared: one of them is no valid score, or they are on
  /// different scales (the audit reports why).
  case incomparable

  init(decided: Bool, before: Grade?, after: Grade?) {
    guard decided else {
      self = .undecided
      return
    }
    guard let before, let after, let change = Grade.change(from: before, to: after) else {
      self = .incomparable
      return
    }
    self =
      change == 0 ? .confirmed : change > 0 ? .correctedUp(by: change) : .correctedDown(by: -change)
  }

  /// `confirmed`, `corrected-up`, …: the outcome's key in CSV.
  public var key: String {
    switch self {
    case .confirmed: "confirmed"
    case .correctedUp: "corrected-up"
    case .correctedDown: "corrected-down"
    case .undecided: "undecided"
    case .incomparable: "incomparable"
    }
  }
}
