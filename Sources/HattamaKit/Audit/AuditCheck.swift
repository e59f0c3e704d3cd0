/// One family of rules the audit applies to a recorded sitting.
///
/// Each check is a type of its own in `Audit/Checks/`, cites its clauses, and returns its
/// findings as values; ``Audit`` runs them all.
public protocol AuditCheck: Sendable {
  func findings(in context: AuditContext) -> [Finding]
}

/// What the checks look at, computed once per record.
public struct AuditContext: Sendable {
  public var record: Record
  public var methodology: Methodology
  public var rules: BodyRules
  /// The motions recounted from their votes.
  public var deliberation: Deliberation
  /// The record's cases and recorded outcomes by case id, for lookups in constant time.
  private var cases: [CaseID: Case] = [:]
  private var people: [PersonID: Person] = [:]
  private var outcomes: [CaseID: Outcome] = [:]

  public init(record: Record, methodology: Methodology, rules: BodyRules) {
    self.record = record
    self.methodology = methodology
    self.rules = rules
    deliberation = Deliberation(record: record, rules: rules)
    for reviewed in record.cases where cases[reviewed.id] == nil { cases[reviewed.id] = reviewed }
    for person in record.people where people[person.id] == nil { people[person.id] = person }
    for outcome in record.outcomes ?? [] where outcomes[outcome.caseID] == nil {
      outcomes[outcome.caseID] = outcome
    }
  }

  /// The case with this id.
  public func `case`(_ id: CaseID) -> Case? { cases[id] }

  /// The first recorded outcome of a case.
  public func outcome(of id: CaseID) -> Outcome? { outcomes[id] }

  /// "Нұрланова Айгүл (h1)" (see ``Record/describe(_:)``).
  public func name(_ id: PersonID) -> String { Record.describe(id, as: people[id]) }

  /// The day the methodology must govern: the sitting, else the decision approving the
  /// composition.
  public var governingDay: Day? { record.sitting?.date ?? record.composition?.approvedOn }

  /// Whether the sitting took place, so that its cases must have been decided.
  public var sat: Bool { record.sitting != nil }
}
