/// Writes a protocol as Markdown: headings, the results table and a table of votes per motion.
struct ProtocolMarkdownWriter {
  let labels: ProtocolLabels
  var decision: DecisionWords { DecisionWords.words(labels.language) }

  func write(_ document: ProtocolDocument) -> String {
    let none = ProtocolLabels.none
    let words = DraftWords.words(labels.language)
    var lines: [String] = []
    if let draft = document.draft {
      lines += ["> **\(words.mark) — \(words.notForSignature)**", ">"]
      lines += words.reasons(draft).map { "> - \(escaped($0))" } + [""]
    }
    lines += ["**\(labels.confidential)**", ""]
    if let approval = document.approval {
      lines += [
        labels.approve, labels.official, approval.position.map(escaped),
        "\(escaped(approval.surnameAndInitials)) \(labels.officialCaption)",
        "\(labels.approvalDate): \(approval.approvedOn.map(labels.date) ?? none)",
        "\(labels.approvalSignature): ____________",
      ].compactMap { $0 }.map { "> \($0)  " }
    }
    if document.extractOf != nil { lines += ["", "# \(words.extractTitle)"] }
    lines += ["", "# \(labels.title)", ""]
    lines += [
      "**\(escaped(document.body))** \(labels.bodyCaption)  ",
      "**\(escaped(document.period))** \(labels.periodCaption)",
    ]
    if let day = document.sittingDate {
      lines += ["", "\(labels.sittingDate): \(labels.date(day))"]
    }

    if !document.composition.isEmpty {
      lines += ["", "## \(labels.compositionHeading)", ""]
      lines += table(
        [labels.roleColumn, labels.nameColumn, labels.positionColumn, labels.presenceColumn],
        document.composition.map { person in
          [
            labels.roles[person.role] ?? person.role.rawValue, escaped(person.name),
            person.position.map(escaped) ?? none,
            person.present.map { $0 ? labels.presentWord : labels.absentWord } ?? none,
          ]
        })
      if let sentence = labels.attendance(of: document) {
        lines += ["", "**\(labels.attendanceLabel):** \(sentence)"]
      }
    }

    lines += ["", "## \(labels.resultsHeading)", ""]
    lines += table(
      [
        labels.numberColumn, labels.employeeColumn, labels.resultColumn, labels.correctedColumn,
        labels.recommendationsColumn,
      ],
      document.results.map { row in
        [
          "\(row.number).", escaped(row.employee), escaped(labels.graded(row.result)),
          row.corrected.map { escaped(labels.graded($0)) } ?? none,
          row.recommendation.map(escaped) ?? none,
        ]
      })

    if !document.motions.isEmpty { lines += ["", "## \(labels.votingHeading)"] }
    for entry in document.motions {
      lines += [
        "", "### \(labels.motionHeading(entry.number)): \(escaped(entry.employee))", "",
        "- \(labels.proposedBy): \(entry.proposer.map(escaped) ?? none)",
        "- \(labels.proposalLabel): \(escaped(labels.proposal(entry)))", "",
      ]
      lines += table(
        [labels.memberColumn, labels.voteColumn],
        entry.votes.map { [escaped($0.name), labels.choice($0)] })
      lines += [""]
      if !entry.present.isEmpty {
        lines += [
          "- \(decision.presentLabel): \(entry.present.map(escaped).joined(separator: ", "))"
        ]
      }
      if !entry.recused.isEmpty {
        lines += ["- \(labels.recusedLabel): \(entry.recused.map(escaped).joined(separator: ", "))"]
      }
      lines += ["- \(labels.tallyLabel): \(labels.tally(entry.tally))"]
      if let casting = entry.castingVote {
        lines += ["- \(labels.castingVote): \(escaped(labels.vote(casting)))"]
      }
      if let sentence = decision.sentence(for: entry) {
        lines += ["- \(decision.ruleLabel): \(sentence)"]
      }
      lines += ["- **\(labels.resultLabel): \(labels.result(entry.result))**"]
    }

    lines += ["", "**\(labels.conclusion):** \(document.conclusion.map(escaped) ?? none)"]
    lines += ["", "**\(labels.checked):**", ""]
    lines += table(
      ["", labels.nameColumn, labels.approvalSignature, labels.signatureDate],
      document.signatures.map { signature in
        [
          labels.signatories[signature.role] ?? signature.role.rawValue, escaped(signature.name),
          "", signature.signedOn.map(labels.date) ?? "",
        ]
      })
    if let anchor = document.journal {
      lines += [
        "", "\(labels.journalAnchor): `\(anchor)`  ", "*\(labels.verifyHint(anchor.description))*",
      ]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func table(_ header: [String], _ rows: [[String]]) -> [String] {
    let line = { (cells: [String]) in "| " + cells.joined(separator: " | ") + " |" }
    return [line(header), line(header.map { _ in "---" })] + rows.map(line)
  }

  /// A record's display text in the protocol's language, made inert.
  private func escaped(_ text: DisplayText) -> String { escaped(labels.text(text)) }

  /// Record text made inert in Markdown: its punctuation cannot open emphasis, a link, HTML or
  /// a table cell, and a line break cannot end the row.
  private func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "&":
        result += "\\\(character)"
      case "\n", "\r", "\r\n": result += " "
      default: result.append(character)
      }
    }
    return result
  }
}
