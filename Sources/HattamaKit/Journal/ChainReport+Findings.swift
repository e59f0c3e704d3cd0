// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
extension ChainReport {
  /// The audit's findings about a journal: `journal.tampered` (a violation) when the chain is
  /// broken or the journal does not match its expected anchor, `journal.torn` (a warning) when
  /// it ends in a torn line (SPEC, "Crash safety").
  ///
  /// - Parameter subject: What the findings concern: the journal's file name, or `"record"`.
  ///
  /// - Returns: the findings, none for an intact journal without a torn tail.
  public func findings(subject: String = "record") -> [Finding] {
    var findings: [Finding] = []
    if let firstBreak {
      findings.append(
        Finding(
          .journalTampered, clause: Self.clause, subject: subject,
          message: "The journal's hash chain is broken: \(firstBreak)."))
    } else if let expected, let anchorMismatch {
      findings.append(
        Finding(
          .journalTampered, clause: Self.clause, subject: subject,
          message: "The journal does not match the anchor \(expected): "
            + "\(anchorMismatch.message(expected: expected))."))
    }
    if let tornTail {
      findings.append(
        Finding(
          .journalTorn, clause: Self.clause, subject: subject,
          message: "The journal ends in \(tornTail); the events before it are intact."))
    }
    return findings
  }

  /// SPEC's section that makes a journal evidence; the seeds say nothing of journals.
  static let clause = "SPEC, Journal anchor"
}
