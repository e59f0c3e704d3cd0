/// Writes a protocol as plain text, 78 columns wide where the names allow, for a terminal or a
/// fixed-width printout.
struct ProtocolTextWriter {
  let labels: ProtocolLabels
  var decision: DecisionWords { DecisionWords.words(labels.language) }
  private let width = 78
  private let blank = "____________"

  func write(_ document: ProtocolDocument) -> String {
    let words = DraftWords.words(labels.language)
    var lines: [String] = draftMark(document, words) + [rightAligned(labels.confidential), ""]
    if let approval = document.approval { lines += self.approval(approval) + [""] }
    lines +=
      ((document.extractOf == nil ? [] : [words.extractTitle]) + [
        labels.title, text(document.body), labels.bodyCaption, text(document.period),
        labels.periodCaption,
      ])
      .map(centered)
    if let day = document.sittingDate {
      lines += ["", "\(labels.sittingDate): \(labels.date(day))"]
    }
    lines += composition(document)
    lines += results(document.results)
    lines += motions(document.motions)
    lines += ["", "\(labels.conclusion): \(document.conclusion.map(text) ?? ProtocolLabels.none)"]
    lines += signatures(document)
    lines += draftMark(document, words).reversed()
    return lines.map { $0.trailingSpacesRemoved }.joined(separator: "\n") + "\n"
  }

  /// A draft's mark and why it is one, at the head (and, reversed, at the foot) of the text.
  private func draftMark(_ document: ProtocolDocument, _ words: DraftWords) -> [String] {
    guard let draft = document.draft else { return [] }
    let reasons = words.reasons(draft)
    return [centered("*** \(words.mark) ***"), "\(words.notForSignature):"]
      + (reasons.isEmpty ? [] : ["\(words.findingsHeading):"])
      + reasons.map { "  - " + $0 } + [""]
  }

  /// "БЕКІТЕМІН" as a block whose longest line ends at the right margin, as on the form.
  private func approval(_ approval: ProtocolDocument.Approval) -> [String] {
    let block = [
      labels.approve, labels.official, approval.position.map(text),
      text(approval.surnameAndInitials),
      labels.officialCaption,
      "\(labels.approvalDate): \(approval.approvedOn.map(labels.date) ?? blank)",
      "\(labels.approvalSignature): \(blank)",
    ].compactMap { $0 }
    let indent = max(0, width - (block.map(\.count).max() ?? 0))
    return block.map { String(repeating: " ", count: indent) + $0 }
  }

  private func composition(_ document: ProtocolDocument) -> [String] {
    guard !document.composition.isEmpty else { return [] }
    let rows = document.composition.map { person in
      [
        labels.roles[person.role] ?? person.role.rawValue, text(person.name),
        person.present.map { $0 ? labels.presentWord : labels.absentWord } ?? "",
        person.position.map(text) ?? "",
      ]
    }
    var lines = ["", labels.compositionHeading] + columns(rows).map { "  " + $0 }
    if let sentence = labels.attendance(of: document) {
      lines += ["\(labels.attendanceLabel): \(sentence)"]
    }
    return lines
  }

  private func results(_ rows: [ProtocolDocument.ResultRow]) -> [String] {
    var lines = ["", labels.resultsHeading]
    for row in rows {
      let corrected = row.corrected.map(labels.graded) ?? ProtocolLabels.none
      lines += [
        "\(row.number). \(text(row.employee))\(row.position.map { " (\(text($0)))" } ?? "")",
        "   \(labels.resultColumn): \(labels.graded(row.result))",
        "   \(labels.correctedColumn): \(corrected)",
        "   \(labels.recommendationsColumn): \(row.recommendation.map(text) ?? ProtocolLabels.none)",
      ]
    }
    return lines
  }

  private func motions(_ entries: [ProtocolDocument.MotionEntry]) -> [String] {
    guard !entries.isEmpty else { return [] }
    var lines = ["", labels.votingHeading]
    for entry in entries {
      lines += [
        "\(labels.motionHeading(entry.number)): \(text(entry.employee))",
        "   \(labels.proposedBy): \(entry.proposer.map(text) ?? ProtocolLabels.none)",
        "   \(labels.proposalLabel): \(labels.proposal(entry))",
        "   \(labels.votesLabel):",
      ]
      lines += entry.votes.map { "     \(labels.vote($0))" }
      if !entry.present.isEmpty {
        lines += ["   \(decision.presentLabel): \(entry.present.map(text).joined(separator: ", "))"]
      }
      if !entry.recused.isEmpty {
        lines += ["   \(labels.recusedLabel): \(entry.recused.map(text).joined(separator: ", "))"]
      }
      lines += ["   \(labels.tallyLabel): \(labels.tally(entry.tally))"]
      if let casting = entry.castingVote {
        lines += ["   \(labels.castingVote): \(labels.vote(casting))"]
      }
      if let sentence = decision.sentence(for: entry) {
        lines += ["   \(decision.ruleLabel): \(sentence)"]
      }
      lines += ["   \(labels.resultLabel): \(labels.result(entry.result))"]
    }
    return lines
  }

  /// "Тексерілді": role, name, a line to sign on and the date, aligned in columns.
  private func signatures(_ document: ProtocolDocument) -> [String] {
    var lines = ["", "\(labels.checked):"]
    let rows = document.signatures.map { signature in
      [
        "\(labels.signatories[signature.role] ?? signature.role.rawValue):", text(signature.name),
        blank, "\(labels.signatureDate): \(signature.signedOn.map(labels.date) ?? blank)",
      ]
    }
    lines += columns(rows)
    if let anchor = document.journal {
      lines += [
        "", "\(labels.journalAnchor): \(anchor)", "(\(labels.verifyHint(anchor.description)))",
      ]
    }
    return lines
  }

  /// A record's display text in the protocol's language.
  private func text(_ text: DisplayText) -> String { labels.text(text) }

  /// Pads every column but the last to its widest cell.
  private func columns(_ rows: [[String]]) -> [String] {
    let count = rows.map(\.count).max() ?? 0
    let widths = (0..<count).map { column in
      rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    return rows.map { row in
      row.enumerated().map { column, cell in
        column == row.count - 1 ? cell : cell.padding(to: widths[column])
      }.joined(separator: "  ")
    }
  }

  private func centered(_ line: String) -> String {
    String(repeating: " ", count: max(0, (width - line.count) / 2)) + line
  }

  private func rightAligned(_ line: String) -> String {
    String(repeating: " ", count: max(0, width - line.count)) + line
  }
}

extension String {
  /// The string followed by spaces up to `width` characters.
  fileprivate func padding(to width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - count))
  }

  fileprivate var trailingSpacesRemoved: String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
