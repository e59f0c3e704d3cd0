// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
extension ProtocolHTMLWriter {
  /// The votes set compactly: one table, a row per member per motion. Each motion is a `tbody`
  /// the printer keeps on one page: beside its members' rows a cell naming the motion and who
  /// proposed what; under them a row with the tally, the rule that decided and the result.
  func motions(_ entries: [ProtocolDocument.MotionEntry]) -> String {
    guard !entries.isEmpty else { return "" }
    let columns = [paper.motionColumn, labels.memberColumn, labels.voteColumn]
    var html = "<h2>\(escaped(labels.votingHeading))</h2>\n<table class=\"votes\">\n<thead><tr>"
    html += columns.map { "<th>\(escaped($0))</th>" }.joined() + "</tr></thead>\n"
    html += entries.map(motion).joined()
    return html + "</table>\n"
  }

  private func motion(_ entry: ProtocolDocument.MotionEntry) -> String {
    let proposer = entry.proposer.map(escaped) ?? ProtocolLabels.none
    var cell = "<td class=\"motion-cell\" rowspan=\"\(max(entry.votes.count, 1))\">"
    cell += "<b>\(escaped(labels.motionHeading(entry.number))): \(escaped(entry.employee))</b>"
    cell += "<br>\(escaped(labels.proposedBy)): \(proposer)"
    cell += "<br>\(escaped(labels.proposalLabel)): \(escaped(labels.proposal(entry)))</td>"
    var html = "<tbody class=\"motion\">\n"
    if entry.votes.isEmpty {
      html += "<tr class=\"vote\">\(cell)<td>\(ProtocolLabels.none)</td><td></td></tr>\n"
    }
    for (index, vote) in entry.votes.enumerated() {
      html += "<tr class=\"vote\">\(index == 0 ? cell : "")<td>\(escaped(vote.name))</td>"
      html += "<td class=\"choice\">\(escaped(labels.choice(vote)))</td></tr>\n"
    }
    html += "<tr class=\"motion-foot\"><td colspan=\"3\">"
    html += footer(entry).joined(separator: "; ") + "</td></tr>\n"
    return html + "</tbody>\n"
  }

  /// Who was present and recused, the tally, the casting vote, the rule and the result, each
  /// already escaped.
  private func footer(_ entry: ProtocolDocument.MotionEntry) -> [String] {
    var parts: [String] = []
    // SPEC: each motion shows who was present for it, even when every one of them voted.
    if !entry.present.isEmpty {
      parts.append(
        "\(escaped(decision.presentLabel)): \(escaped(entry.present.map(labels.text).joined(separator: ", ")))"
      )
    }
    if !entry.recused.isEmpty {
      parts.append(
        "\(escaped(labels.recusedLabel)): \(escaped(entry.recused.map(labels.text).joined(separator: ", ")))"
      )
    }
    parts.append("\(escaped(labels.tallyLabel)): \(escaped(labels.tally(entry.tally)))")
    if let casting = entry.castingVote {
      parts.append(
        "<span class=\"casting\">\(escaped(labels.castingVote)): "
          + "\(escaped(labels.vote(casting)))</span>")
    }
    if let sentence = decision.sentence(for: entry) {
      parts.append("\(escaped(decision.ruleLabel)): \(escaped(sentence))")
    }
    parts.append("<b>\(escaped(labels.resultLabel)): \(escaped(labels.result(entry.result)))</b>")
    return parts
  }
}
