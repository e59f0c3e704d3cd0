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
          message: Self.brokenChain(firstBreak)))
    } else if let expected, let anchorMismatch {
      findings.append(
        Finding(
          .journalTampered, clause: Self.clause, subject: subject,
          message: Self.mismatch(anchorMismatch, expected: expected)))
    }
    if let tornTail {
      findings.append(
        Finding(
          .journalTorn, clause: Self.clause, subject: subject,
          message: Self.torn(tornTail)))
    }
    return findings
  }

  private static func brokenChain(_ firstBreak: ChainBreak) -> Phrase {
    Phrase(
      kk: "Журналдың хэш тізбегі үзілген: ", ru: "Цепочка хэшей журнала разорвана: ",
      en: "The journal's hash chain is broken: ") + firstBreak.message.map { $0 + "." }
  }

  private static func mismatch(_ mismatch: AnchorMismatch, expected: JournalAnchor) -> Phrase {
    Phrase(
      kk: "Журнал \(expected) бақылау белгісіне сәйкес келмейді: ",
      ru: "Журнал не совпадает с контрольной отметкой \(expected): ",
      en: "The journal does not match the anchor \(expected): ")
      + mismatch.message(expected: expected).map { $0 + "." }
  }

  private static func torn(_ tornTail: TornTail) -> Phrase {
    Phrase(kk: "Журналдың соңында ", ru: "В конце журнала ", en: "The journal ends in ")
      + tornTail.message
      + Phrase(
        kk: "; оның алдындағы оқиғалар бүтін.", ru: "; события до неё целы.",
        en: "; the events before it are intact.")
  }

  /// SPEC's section that makes a journal evidence; the seeds say nothing of journals.
  static let clause = Citation(
    Phrase(
      kk: "SPEC, журналдың бақылау белгісі", ru: "SPEC, контрольная отметка журнала",
      en: "SPEC, Journal anchor"))
}
