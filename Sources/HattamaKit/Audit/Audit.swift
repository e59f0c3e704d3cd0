/// The appeal reviewer's check of a recorded sitting: every rule, each finding with its clause.
public enum Audit {
  /// The checks that need the methodology's rules for the body.
  public static let checks: [any AuditCheck] = [
    CompositionCheck(), QuorumCheck(), VoteCheck(), ProposerCheck(), ResultCheck(),
    OutcomeCheck(), CapCheck(), CategoryCheck(), CompetencyCheck(), ParameterAverageCheck(),
    SignatureCheck(), DatesOrderCheck(),
  ]

  /// Every finding for one record.
  ///
  /// - Parameters:
  ///   - methodology: the methodology the record names, resolved by the caller; `nil` when the
  ///     caller knows none by that id.
  ///   - extra: checks the caller adds, such as deadlines counted on a calendar.
  public static func findings(
    for record: Record, methodology: Methodology?, extra: [any AuditCheck] = []
  ) -> [Finding] {
    let scores = ScoreCheck.findings(in: record)
    guard let methodology else {
      return [
        Finding(
          .methodologyUnknown, clause: "SPEC methodologies", subject: record.methodology,
          message:
            "The methodology '\(record.methodology)' is not built in."
        )
      ] + scores
    }
    guard let rules = methodology.rules(for: record.kind) else {
      return [
        Finding(
          .methodologyKindUnsupported, clause: methodology.validFrom.clause,
          subject: methodology.id,
          message:
            "The methodology '\(methodology.id)' provides no \(record.kind.rawValue); it supports \(methodology.bodies.map(\.kind.rawValue).joined(separator: " and "))."
        )
      ] + scores
    }
    let context = AuditContext(record: record, methodology: methodology, rules: rules)
    return MethodologyCheck().findings(in: context) + scores
      + (checks + extra).flatMap { $0.findings(in: context) }
  }
}
