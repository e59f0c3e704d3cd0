/// One family of rules the audit applies to a recorded sitting.
///
/// Each check is a type of its own in `Audit/Checks/`, cites its clauses, and returns its
/// findings as values; ``Audit`` runs them all.
public protocol AuditCheck: Sendable {
  /// The check's findings on one record.
  ///
  /// - Parameter context: the record, its methodology and rules, and the motions recounted.
  /// - Returns: every finding; none when the record keeps the check's rules.
  func findings(in context: AuditContext) -> [Finding]
}

/// What the checks look at, computed once per record.
public struct AuditContext: Sendable {
  /// The record audited.
  public var record: Record
  /// The methodology that governs it.
  public var methodology: Methodology
  /// Its rules for the record's kind of body.
  public var rules: BodyRules
  /// The motions recounted from their votes.
  public var deliberation: Deliberation
  /// The record's cases and recorded outcomes by case id, for lookups in constant time.
  private var cases: [CaseID: Case] = [:]
  private var people: [PersonID: Person] = [:]
  private var outcomes: [CaseID: Outcome] = [:]

  package init(record: Record, methodology: Methodology, rules: BodyRules) {
    self.record = record
    self.methodology = methodology
    self.rules = rules
    deliberation = Deliberation(record: record, rules: rules)
    for reviewed in record.cases where cases[reviewed.id] == nil { cases[reviewed.id] = reviewed }
    for person in record.people where people[person.id] == nil { people[person.id] = person }
    outcomes = record.firstOutcomes
  }

  /// The case with this id.
  ///
  /// - Parameter id: a case id.
  /// - Returns: the record's first case with that id, or `nil`.
  /// - Complexity: O(1).
  public func `case`(_ id: CaseID) -> Case? { cases[id] }

  /// The first recorded outcome of a case.
  ///
  /// - Parameter id: a case id.
  /// - Returns: the outcome, or `nil` when none was recorded.
  /// - Complexity: O(1).
  public func outcome(of id: CaseID) -> Outcome? { outcomes[id] }

  /// "Нұрланова Айгүл (h1)" (see ``Record/describe(_:in:)``).
  ///
  /// - Parameter id: a person id.
  /// - Returns: the name with the id, or the quoted id of someone `people` does not define.
  public func name(_ id: PersonID) -> String { Record.describe(id, as: people[id]) }

  /// The day the methodology must govern: the sitting, else the decision approving the
  /// composition.
  public var governingDay: Day? { record.sitting?.date ?? record.composition?.approvedOn }

  /// Whether the sitting took place, so that its cases must have been decided.
  public var sat: Bool { record.sitting != nil }
}
