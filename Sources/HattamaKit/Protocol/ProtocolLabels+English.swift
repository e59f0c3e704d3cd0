// l10n: exempt — one language's protocol form; the three are kept side by side
extension ProtocolLabels {
  /// English: a faithful translation of the Kazakh form, keeping its order and captions.
  static func english(_ kind: BodyKind) -> ProtocolLabels {
    let commission = kind == .commission
    // "Secretary of the Commission" becomes "Secretary of the Calibration Session".
    let of = commission ? "the Commission" : "the Calibration Session"
    return ProtocolLabels(
      language: .en,
      confidential: "The evaluation results are confidential information",
      approve: "I APPROVE",
      official: "Official",
      officialCaption: "(surname and initials)",
      approvalDate: "date",
      approvalSignature: "signature",
      title: commission
        ? "Protocol of the Sitting of the Evaluation Commission"
        : "Protocol of the Calibration Session",
      bodyCaption: "(name of the state body)",
      periodCaption: "(evaluation period)",
      sittingDate: "Date held",
      compositionHeading: "Composition of \(of)",
      roleColumn: "Role",
      nameColumn: "Surname, name, patronymic",
      positionColumn: "Position",
      presenceColumn: "Attendance",
      roles: [.chair: "chair", .member: "member", .secretary: "secretary"],
      presentWord: "present",
      absentWord: "absent",
      attendanceLabel: "Attendance and quorum",
      attendanceSentence: { present, members, quorum, isMet in
        let met = isMet ? "met" : "not met"
        return "present \(present) of \(members); quorum \(quorum): \(met)"
      },
      resultsHeading: "Evaluation results",
      numberColumn: "No.",
      employeeColumn: "Surname, name, patronymic (if any) of the employee",
      resultColumn: "Information on the evaluation results",
      correctedColumn: commission
        ? "Evaluation results corrected by the Commission (if any)"
        : "Evaluation results corrected by the Calibration Session (if any)",
      recommendationsColumn: "Recommendations of \(of)",
      votingHeading: "Open vote",
      motionHeading: { "Motion \($0)" },
      proposedBy: "Proposed by",
      proposalLabel: "Proposal",
      correctProposal: { "correct the score to \($0) (the evaluator's score: \($1))" },
      confirmProposal: { "support the evaluator's score (\($0))" },
      categoryValue: { category, met in
        "category \(category)" + (met.map { " (targets met: \($0) of 5)" } ?? "")
      },
      votesLabel: "Votes",
      memberColumn: "Member",
      voteColumn: "Vote",
      choices: [.for: "for", .against: "against", .abstain: "abstained"],
      notCounted: "not counted",
      tallyLabel: "Tally",
      tallyWords: [.for: "for", .against: "against", .abstain: "abstained"],
      resultLabel: "Result",
      results: [
        .adopted: "adopted", .rejected: "rejected",
        .unresolved: "not adopted: a tie with no casting vote",
      ],
      resultNotRecorded: "not recorded",
      castingVote: "The votes being equal, the chair's vote decided",
      recusedLabel: "Did not vote on this case (as its evaluator or the evaluated employee)",
      conclusion: "Conclusion of \(of)",
      checked: "Checked",
      signatories: [
        .secretary: "Secretary of \(of)", .chair: "Chair of \(of)", .member: "Member of \(of)",
      ],
      signatureDate: "Date",
      signatureCaption: "(surname, name, signature)",
      journalAnchor: "Journal anchor",
      verifyHint: { "check: hattama verify JOURNAL.jsonl --expect \($0)" })
  }
}
