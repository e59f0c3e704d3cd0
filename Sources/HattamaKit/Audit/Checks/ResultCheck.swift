/// Each motion's recorded result is the one its votes give (000 ¶66, 001 ¶60, 004 ¶33), and no
/// tie was left without a casting vote.
struct ResultCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    context.deliberation.counts.flatMap { count -> [Finding] in
      let clause = context.rules.tieBreak.clause
      var findings: [Finding] = []
      if let recorded = count.motion.result, recorded != count.tally.result {
        let severity = context.severity(ofRecorded: recorded, in: count)
        let reading = context.basePhrase(severity)
        findings.append(
          Finding(
            .resultMismatch, severity: severity, clause: clause, subject: count.motion.id,
            message:
              "Motion \(count.motion.id) is recorded as \(recorded.rawValue) but its votes (\(count.tally.summary)) give \(count.tally.result.rawValue)\(count.quorum.isMet ? "" : " without a quorum")\(reading)."
          ))
      }
      if count.tally.result == .unresolved {
        findings.append(
          Finding(
            .resultTieUnresolved, severity: context.rules.tieBreak.severity(), clause: clause,
            subject: count.motion.id,
            message:
              "Motion \(count.motion.id) tied (\(count.tally.summary)) and the chair cast no deciding vote."
          ))
      }
      return findings
    }
  }
}
