/// At least the quorum fraction of the composition was present (000 ¶63, 001 ¶57, 004 ¶30).
struct QuorumCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    guard let sitting = context.record.sitting, let composition = context.record.composition
    else { return [] }
    let quorum = Quorum(composition: composition, present: sitting.present, rules: context.rules)
    guard !quorum.isMet else { return [] }
    return [
      Finding(
        .quorumNotMet, clause: context.rules.quorum.clause, subject: "record",
        message:
          "Only \(quorum.present) of \(quorum.size) members were present on \(sitting.date); the quorum is \(quorum.required), so nothing could be decided."
      )
    ]
  }
}
