/// Only present, eligible members vote, once each (000 ¶65, ¶67; 002 ¶20); a present,
/// eligible member who did not vote is a warning. Each refusal cites the body's own clause.
struct VoteCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    context.deliberation.counts.flatMap { count in
      let motion = count.motion.id
      let refused = count.refused.map { refusal in
        Finding(
          refusal.problem.code, severity: refusal.problem.severity(under: context.rules),
          clause: refusal.problem.clause(under: context.rules),
          subject: refusal.vote.member,
          message: Self.refused(
            context.name(refusal.vote.member), motion: motion,
            reason: Self.reason(refusal.problem, case: count.motion.caseID)))
      }
      let missing = count.missing.map { member in
        Finding(
          .voteMissing, clause: context.rules.majorityBase.clause, subject: member,
          message: Phrase(
            kk: "\(context.name(member)) қатысты және дауыс беру құқығы бар еді, бірақ \(motion) "
              + "ұсынысы бойынша дауыс бермеді.",
            ru: "\(context.name(member)) присутствует и имеет право голоса, но не проголосовал(а) "
              + "по предложению \(motion).",
            en: "\(context.name(member)) was present and eligible but did not vote on motion "
              + "\(motion)."))
      }
      return refused + missing
    }
  }

  static func reason(_ problem: VoteProblem, case caseID: CaseID) -> Phrase {
    switch problem {
    case .notMember:
      Phrase(
        kk: "ол құрам мүшесі емес", ru: "это лицо не входит в состав",
        en: "they are not a member of the composition")
    case .secretary:
      Phrase(
        kk: "хатшы дауыс бермейді", ru: "секретарь не голосует", en: "the secretary does not vote")
    case .absent:
      Phrase(
        kk: "ол отырысқа қатыспады", ru: "это лицо отсутствовало", en: "they were not present")
    case .recused:
      Phrase(
        kk: "ол \(caseID) ісі бойынша бағаланатын немесе бағалаушы адам",
        ru: "это оцениваемое или оценивающее лицо по делу \(caseID)",
        en: "they are the employee or an evaluator of case \(caseID)")
    case .duplicate:
      Phrase(
        kk: "ол бұл ұсыныс бойынша дауыс беріп қойған", ru: "это лицо уже голосовало по нему",
        en: "they had already voted on it")
    }
  }

  private static func refused(_ name: String, motion: MotionID, reason: Phrase) -> Phrase {
    Phrase(
      kk: "\(name) дауысы \(motion) ұсынысы бойынша есептелмеуі тиіс: \(reason.kk).",
      ru: "Голос \(name) по предложению \(motion) не должен учитываться: \(reason.ru).",
      en: "The vote of \(name) on motion \(motion) must not count: \(reason.en).")
  }
}
