// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
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
  ///   - record: the sitting as recorded, decoded by ``Record/decode(_:)``.
  ///   - methodology: the methodology the record names, resolved by the caller; `nil` when the
  ///     caller knows none by that id.
  ///   - extra: checks the caller adds, such as deadlines counted on a calendar.
  /// - Returns: every finding, score findings first; `methodology.unknown` or
  ///   `methodology.kind-unsupported` (and the score findings) when no rules govern the record.
  /// - Complexity: O(m·p + c) in the motions, the members and the cases.
  public static func findings(
    for record: Record, methodology: Methodology?, extra: [any AuditCheck] = []
  ) -> [Finding] {
    audit(record, methodology: methodology, extra: extra).findings
  }

  /// Every finding for one record, and the recount of its motions they rest on — `nil` when no
  /// rules govern the record — for a caller that needs the decisions too, so that the motions
  /// are counted once.
  ///
  /// - Parameters:
  ///   - record: the sitting as recorded.
  ///   - methodology: the methodology the record names; `nil` when none is known.
  ///   - extra: checks the caller adds.
  /// - Returns: the findings and the recount.
  /// - Complexity: O(m·p + c) in the motions, the members and the cases.
  public static func audit(
    _ record: Record, methodology: Methodology?, extra: [any AuditCheck] = []
  ) -> (findings: [Finding], deliberation: Deliberation?) {
    let scores = ScoreCheck.findings(in: record)
    guard let methodology else {
      let unknown = [
        Finding(
          .methodologyUnknown, clause: "SPEC methodologies", subject: record.methodology,
          message:
            "The methodology '\(record.methodology)' is not built in."
        )
      ]
      return (unknown + scores, nil)
    }
    guard let rules = methodology.rules(for: record.kind) else {
      let unsupported = [
        Finding(
          .methodologyKindUnsupported, clause: methodology.validFrom.clause,
          subject: methodology.id,
          message:
            "The methodology '\(methodology.id)' provides no \(record.kind.rawValue); it supports \(methodology.bodies.map(\.kind.rawValue).joined(separator: " and "))."
        )
      ]
      return (unsupported + scores, nil)
    }
    let context = AuditContext(record: record, methodology: methodology, rules: rules)
    let findings =
      MethodologyCheck().findings(in: context) + scores
      + (checks + extra).flatMap { $0.findings(in: context) }
    return (findings, context.deliberation)
  }
}
