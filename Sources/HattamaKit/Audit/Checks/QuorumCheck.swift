// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// At least the quorum fraction of the composition was present (000 ¶63, 001 ¶57, 004 ¶30),
/// counted for each motion on its own roll.
///
/// One cause, one finding: motions put to the vote on the same short roll are one breach of the
/// quorum, reported once with every motion it concerns; a sitting with no motions is judged on
/// its attendance. The severity follows the force of the quorum rule: a quorum taken by analogy
/// only warns (SPEC, "The force of a rule").
struct QuorumCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    guard let sitting = context.record.sitting, let composition = context.record.composition
    else { return [] }
    let counts = context.deliberation.counts
    guard !counts.isEmpty else {
      let quorum = Quorum(composition: composition, present: sitting.present, rules: context.rules)
      return quorum.isMet ? [] : [finding(quorum, motions: [], on: sitting.date, context)]
    }
    var groups: [(roll: Set<PersonID>, quorum: Quorum, motions: [MotionID])] = []
    for count in counts where !count.quorum.isMet {
      let roll = Set(count.roll)
      if let index = groups.firstIndex(where: { $0.roll == roll && $0.quorum == count.quorum }) {
        groups[index].motions.append(count.motion.id)
      } else {
        groups.append((roll, count.quorum, [count.motion.id]))
      }
    }
    return groups.map { finding($0.quorum, motions: $0.motions, on: sitting.date, context) }
  }

  private func finding(
    _ quorum: Quorum, motions: [MotionID], on day: Day, _ context: AuditContext
  ) -> Finding {
    let rule = context.rules.quorum
    let consequence =
      rule.binds
      ? "so nothing could be decided"
      : "short of the quorum \(rule.clause) sets, which the methodology's own text does not"
    let which =
      motions.isEmpty
      ? "on \(day)" : "for motion\(motions.count == 1 ? "" : "s") \(motions.joined(separator: ", "))"
    return Finding(
      .quorumNotMet, severity: rule.severity(), clause: rule.clause,
      subject: motions.first ?? "record",
      message:
        "Only \(quorum.present) of \(quorum.size) members were present \(which); the quorum is \(quorum.required), \(consequence)."
    )
  }
}
