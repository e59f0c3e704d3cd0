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
    let clause = rule.clause.phrase
    let consequence =
      rule.binds
      ? Phrase(
        kk: "сондықтан ештеңе шешілмеді", ru: "поэтому ничего не могло быть решено",
        en: "so nothing could be decided")
      : Phrase(
        kk: "бұл \(clause.kk) белгілеген кворумнан кем, ал әдістеменің өз мәтінінде ол жоқ",
        ru: "это меньше кворума, установленного \(clause.ru), которого нет в тексте самой "
          + "методики",
        en: "short of the quorum \(clause.en) sets, which the methodology's own text does not")
    let list = motions.joined(separator: ", ")
    let which =
      motions.isEmpty
      ? Phrase(kk: "\(day) күні", ru: "На заседании \(day)", en: "on \(day)")
      : motions.count == 1
        ? Phrase(
          kk: "\(list) ұсынысы бойынша", ru: "По предложению \(list)", en: "for motion \(list)")
        : Phrase(
          kk: "\(list) ұсыныстары бойынша", ru: "По предложениям \(list)", en: "for motions \(list)"
        )
    let (present, required) = (quorum.present, quorum.required)
    let members = Phrase.counted(
      quorum.size, kk: "мүшесінің", ru: ("члена", "членов", "членов"), en: ("member", "members"))
    return Finding(
      .quorumNotMet, severity: rule.severity(), clause: rule.clause,
      subject: motions.first ?? "record",
      message: Phrase(
        kk: "\(which.kk) құрамның \(members.kk) тек \(present) қатысты; кворум — \(required), "
          + "\(consequence.kk).",
        ru: "\(which.ru) присутствовали лишь \(present) из \(members.ru); кворум — \(required), "
          + "\(consequence.ru).",
        en: "Only \(present) of \(quorum.size) members were present \(which.en); the quorum is "
          + "\(required), \(consequence.en)."))
  }
}
