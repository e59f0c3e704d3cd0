/// At least the quorum fraction of the composition was present (000 ¶63, 001 ¶57, 004 ¶30).
struct QuorumCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    guard let sitting = context.record.sitting, let composition = context.record.composition
    else { return [] }
    let quorum = Quorum(composition: composition, present: sitting.present, rules: context.rules)
    guard
      let severity = context.rules.quorumBreach(composition: composition, present: sitting.present)
    else { return [] }
    let consequence =
      severity == .violation
      ? "so nothing could be decided"
      : "a quorum taken by analogy, so the votes still count"
    return [
      Finding(
        .quorumNotMet, severity: severity, clause: context.rules.quorum.clause, subject: "record",
        message:
          "Only \(quorum.present) of \(quorum.size) members were present on \(sitting.date); the quorum is \(quorum.required), \(consequence)."
      )
    ]
  }
}
