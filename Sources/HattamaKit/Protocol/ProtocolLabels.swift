/// Every word the protocol prints, for one language and one kind of body.
///
/// The Kazakh labels keep the wording of the form (000 Appendix 11, 001 Appendix 11, 004
/// Appendix 5); the Russian ones follow the official Russian text of the same form ("УТВЕРЖДАЮ",
/// "Протокол заседания Комиссии по оценке"); the English ones translate it faithfully. A
/// calibration session, for which no seed gives a form, gets the same labels with its own name
/// in place of the commission's. The tables are in `ProtocolLabels+Kazakh.swift`,
/// `+Russian.swift` and `+English.swift`; nothing else in the renderers is language-specific.
package struct ProtocolLabels: Sendable {
  package var language: Language
  /// No form has a confidentiality mark; the protocol heads with the methodologies' own sentence
  /// instead: «Бағалау нәтижелері жасырын ақпарат болып табылады» (002 ¶14; 000 ¶21 says «қатаң
  /// жасырын»).
  package var confidential: String

  // The approval block.
  package var approve: String
  package var official: String
  package var officialCaption: String
  package var approvalDate: String
  package var approvalSignature: String

  // The heading.
  package var title: String
  package var bodyCaption: String
  package var periodCaption: String
  package var sittingDate: String

  // The composition and attendance.
  package var compositionHeading: String
  package var roleColumn: String
  package var nameColumn: String
  package var positionColumn: String
  package var presenceColumn: String
  package var roles: [ProtocolDocument.Role: String]
  package var presentWord: String
  package var absentWord: String
  package var attendanceLabel: String
  /// "present 5 of 7; quorum 5: met", from the members present, the composition's size, the
  /// quorum and whether it was met.
  package var attendanceSentence: @Sendable (Int, Int, Int, Bool) -> String

  // The results table.
  package var resultsHeading: String
  package var numberColumn: String
  package var employeeColumn: String
  package var resultColumn: String
  package var correctedColumn: String
  package var recommendationsColumn: String

  // The motions.
  package var votingHeading: String
  package var motionHeading: @Sendable (_ number: Int) -> String
  package var proposedBy: String
  package var proposalLabel: String
  /// The proposal to correct, given the new score and the evaluator's, both already written.
  package var correctProposal: @Sendable (_ score: String, _ evaluatorScore: String) -> String
  /// The proposal to confirm, given the evaluator's score already written.
  package var confirmProposal: @Sendable (_ evaluatorScore: String) -> String
  /// A category of an annual evaluation by targets and, where given, the targets met:
  /// "2-санат (НМИ санының 5-нен 4 орындалды)".
  package var categoryValue: @Sendable (_ category: Int, _ kpiMet: Int?) -> String
  package var votesLabel: String
  package var memberColumn: String
  package var voteColumn: String
  /// One member's vote: "жақтап", "за", "for".
  package var choices: [VoteChoice: String]
  /// Beside a vote that must not count (``VoteProblem``).
  package var notCounted: String
  package var tallyLabel: String
  /// The words of the tally, which Russian puts in the plural ("воздержались").
  package var tallyWords: [VoteChoice: String]
  package var resultLabel: String
  package var results: [MotionResult: String]
  package var resultNotRecorded: String
  /// The sentence that introduces the chair's casting vote (000 ¶66).
  package var castingVote: String
  /// Introduces the members present who did not vote on the case as its evaluator or employee.
  package var recusedLabel: String

  // The close.
  package var conclusion: String
  package var checked: String
  package var signatories: [ProtocolDocument.Role: String]
  package var signatureDate: String
  package var signatureCaption: String
  package var journalAnchor: String
  /// How a reviewer checks the journal against the anchor on paper.
  package var verifyHint: @Sendable (_ anchor: String) -> String

  /// The labels for a language and a kind of body.
  package static func labels(_ language: Language, kind: BodyKind) -> ProtocolLabels {
    switch language {
    case .kk: kazakh(kind)
    case .ru: russian(kind)
    case .en: english(kind)
    }
  }
}

extension ProtocolLabels {
  /// What stands in an empty cell or field.
  package static let none = "—"

  /// A day as the language writes it: "24.10.2025" in Kazakh and Russian, "2025-10-24" in English.
  package func date(_ day: Day) -> String {
    guard language != .en else { return day.description }
    let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
    return "\(pad(day.day)).\(pad(day.month)).\(day.year)"
  }

  /// A score as the language writes it, "3,80" or "3.80"; an invalid score as recorded.
  package func score(_ input: ScoreInput) -> String {
    input.score?.formatted(decimalSeparator: language.decimalSeparator) ?? input.description
  }

  /// A result as the language writes it: "3,80", or "2-санат (НМИ санының 5-нен 4 орындалды)".
  package func value(_ result: EvaluationResult) -> String {
    switch result {
    case .score(let input): score(input)
    case .category(let category, let kpiMet): categoryValue(category.rawValue, kpiMet)
    }
  }

  /// "3,80 — Функционалдық міндеттерін тиісті түрде атқарады", "2-санат (…) — тиімді": the
  /// result with the methodology's words for it, where it has any.
  package func graded(_ grade: ProtocolDocument.Grade) -> String {
    let value = value(grade.result)
    return grade.name.map { "\(value) — \($0.text(in: language))" } ?? value
  }

  /// "Серікбаев Нұрлан — жақтап", and "(есепке алынбады)" after a vote that does not count.
  package func vote(_ vote: ProtocolDocument.NamedVote) -> String {
    "\(text(vote.name)) — \(choice(vote))"
  }

  /// "жақтап", and "(есепке алынбады)" after a vote that does not count.
  package func choice(_ vote: ProtocolDocument.NamedVote) -> String {
    let word = choices[vote.choice] ?? vote.choice.rawValue
    return vote.counted ? word : "\(word) (\(notCounted))"
  }

  /// "жақтап — 2, қарсы — 2, қалыс қалды — 0", or a dash for a motion that was not recounted.
  package func tally(_ tally: Tally?) -> String {
    guard let tally else { return Self.none }
    return [
      (VoteChoice.for, tally.inFavour), (.against, tally.against), (.abstain, tally.abstaining),
    ]
    .map { "\(tallyWords[$0.0] ?? $0.0.rawValue) — \($0.1)" }
    .joined(separator: ", ")
  }

  /// The result of a motion, or that none is recorded.
  package func result(_ result: MotionResult?) -> String {
    result.flatMap { results[$0] } ?? resultNotRecorded
  }

  /// What a motion proposes, with the scores written in this language.
  package func proposal(_ entry: ProtocolDocument.MotionEntry) -> String {
    let evaluator = entry.evaluatorResult.map(value) ?? Self.none
    switch entry.kind {
    case .confirm: return confirmProposal(evaluator)
    case .correct(let new): return correctProposal(value(new), evaluator)
    }
  }

  /// The attendance sentence of a document, or `nil` without a sitting.
  package func attendance(of document: ProtocolDocument) -> String? {
    document.attendance.map(attendance)
  }

  /// "present 5 of 7; quorum 5: met" in this language.
  package func attendance(_ quorum: Quorum) -> String {
    attendanceSentence(quorum.present, quorum.size, quorum.required, quorum.isMet)
  }
}

extension ProtocolLabels {
  /// A record's display text in this language: its own, else the Kazakh, else the first given.
  public func text(_ text: DisplayText) -> String { text.text(in: language) }
}
