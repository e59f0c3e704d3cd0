// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// Each motion's recorded result is the one its votes give (000 ¶66, 001 ¶60, 004 ¶33), and no
/// tie was left without a casting vote.
///
/// One cause, one finding: a motion voted without a binding quorum is the quorum's finding
/// alone; an unresolved tie is `result.tie-unresolved` whatever the record calls it; a result
/// that only votes which must not count could give is those votes' findings alone.
struct ResultCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    context.deliberation.counts.compactMap { count -> Finding? in
      let clause = context.rules.tieBreak.clause
      let motion = count.motion
      switch count.tally.rule {
      case .noQuorum:
        return nil
      case .tieUnresolved:
        let recorded = motion.result.map { " (recorded as \($0.rawValue))" } ?? ""
        return Finding(
          .resultTieUnresolved, severity: context.rules.tieBreak.severity(), clause: clause,
          subject: motion.id,
          message:
            "Motion \(motion.id) tied (\(count.tally.summary)) and the chair cast no deciding vote, so it adopted nothing\(recorded)."
        )
      case .majority, .castingVote, .tieNotAdopted:
        guard let recorded = motion.result, recorded != count.result,
          !Self.isEchoOfVoidVotes(count, recorded: recorded, context: context)
        else { return nil }
        let severity = context.severity(ofRecorded: recorded, in: count)
        return Finding(
          .resultMismatch, severity: severity, clause: clause, subject: motion.id,
          message:
            "Motion \(motion.id) is recorded as \(recorded.rawValue) but its votes (\(count.tally.summary)) give \(count.result.rawValue)\(context.basePhrase(severity))."
        )
      }
    }
  }

  /// Whether the recorded result is what the votes give when the void ones are counted too:
  /// then the void votes, each reported, are the cause, and the result follows from them.
  static func isEchoOfVoidVotes(
    _ count: Deliberation.Count, recorded: MotionResult, context: AuditContext
  ) -> Bool {
    guard !count.refused.isEmpty else { return false }
    let voters = Set(count.motion.votes.map(\.member))
    let naive = Tally(
      count.motion.votes, chair: context.record.composition?.chair,
      eligible: voters.union(count.missing).count,
      compositionSize: count.quorum.size, base: context.rules.majorityBase.value,
      tieBreak: context.rules.tieBreak.value)
    return naive.result == recorded
  }
}
