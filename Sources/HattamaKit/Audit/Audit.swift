/// The appeal reviewer's check of a recorded sitting: every rule, each finding with its clause.
public enum Audit {
  /// The checks that need the methodology's rules for the body.
  public static let checks: [any AuditCheck] = [
    CompositionCheck(), QuorumCheck(), VoteCheck(), ProposerCheck(), ResultCheck(),
    OutcomeCheck(), CapCheck(), CategoryCheck(), CompetencyCheck(), ParameterAverageCheck(),
    SignatureCheck(), DatesOrderCheck(),
  ]

  /// SPEC's section on the methodologies, which a record naming an unknown one breaks.
  static let methodologiesClause = Citation(
    Phrase(kk: "SPEC, әдістемелер", ru: "SPEC, методики", en: "SPEC methodologies"))

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
          .methodologyUnknown, clause: Self.methodologiesClause, subject: record.methodology,
          message: Phrase(
            kk: "'\(record.methodology)' әдістемесі кірістірілмеген.",
            ru: "Методика '\(record.methodology)' не встроена.",
            en: "The methodology '\(record.methodology)' is not built in."))
      ]
      return (unknown + scores, nil)
    }
    guard let rules = methodology.rules(for: record.kind) else {
      let (id, kind) = (methodology.id, record.kind.name)
      let supported = methodology.bodies.map(\.kind.name)
      let unsupported = [
        Finding(
          .methodologyKindUnsupported, clause: methodology.validFrom.clause, subject: id,
          message: Phrase(
            kk: "'\(id)' әдістемесінде \(kind.kk) көзделмеген; онда көзделгені: "
              + "\(supported.map(\.kk).joined(separator: " және ")).",
            ru: "В методике '\(id)' не предусмотрена \(kind.ru); в ней предусмотрены: "
              + "\(supported.map(\.ru).joined(separator: " и ")).",
            en: "The methodology '\(id)' provides no \(kind.en); it supports "
              + "\(supported.map(\.en).joined(separator: " and ")).")
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
