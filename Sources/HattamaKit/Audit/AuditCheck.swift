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

  public init(record: Record, methodology: Methodology, rules: BodyRules) {
    self.record = record
    self.methodology = methodology
    self.rules = rules
    deliberation = Deliberation(record: record, rules: rules)
  }

  /// "Нұрланова Айгүл (h1)" (see ``Record/describe(_:)``).
  public func name(_ id: PersonID) -> String { record.describe(id) }

  /// The day the methodology must govern: the sitting, else the decision approving the
  /// composition.
  public var governingDay: Day? { record.sitting?.date ?? record.composition?.approvedOn }

  /// Whether the sitting took place, so that its cases must have been decided.
  public var sat: Bool { record.sitting != nil }
}
