// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

/// What the session commands print about a sitting, in one place, so that `session vote`
/// and `session run` announce a vote and its result in the same words.
enum SessionText {
  /// "a calibration session of <body>".
  static func body(_ record: Record, language: Language) -> String {
    (record.kind == .calibration ? "a calibration session of " : "an evaluation commission of ")
      + VisibleText.inline(record.body.text(in: language))
  }

  /// "Омарова Ләззат (m1)", on one line whatever the draft's text holds (VisibleText): every
  /// person a session command names goes through here.
  static func name(_ id: PersonID, in state: SessionState, language: Language) -> String {
    VisibleText.inline(state.name(id, in: language))
  }

  /// Names for a list of ids, separated by commas.
  static func names(_ ids: [PersonID], in state: SessionState, language: Language) -> String {
    ids.map { name($0, in: state, language: language) }.joined(separator: ", ")
  }

  /// "keep the evaluator's score 3.40" / "correct the score to 3.80".
  static func proposal(_ motion: Motion, in state: SessionState) -> String {
    switch motion.kind {
    case .confirm:
      "confirm the evaluator's "
        + (state.draft.case(motion.caseID).map(\.evaluation.labelled) ?? "result")
    case .correct(.score(let score)): "correct the score to \(score)"
    case .correct(let result): "correct the result to \(result)"
    }
  }

  /// One line on a case: employee, evaluators, and the score with its band (a calibration
  /// session's, 000 ¶13, 002 ¶8) or the category.
  static func caseLine(_ reviewed: Case, in state: SessionState, language: Language) -> String {
    let evaluators = names(reviewed.evaluators, in: state, language: language)
    let result: String
    switch reviewed.evaluation {
    case .score(let score):
      let band = score.score.map { " (\(ScoreBand($0).name(in: .en)))" } ?? ""
      result = "score \(score)" + (state.draft.kind == .calibration ? band : "")
    case .category:
      result = "\(reviewed.evaluation)"
    }
    return
      "Case \(reviewed.id): \(name(reviewed.employee, in: state, language: language)), "
      + "evaluated by \(evaluators); " + result
  }

  static func proposed(_ motion: SessionMotion, in state: SessionState, language: Language)
    -> [String]
  {
    let by =
      motion.motion.proposedBy.map { ", proposed by \(name($0, in: state, language: language))" }
      ?? ""
    var lines = [
      "Motion \(motion.id) on case \(motion.caseID): \(proposal(motion.motion, in: state))\(by)."
    ]
    // A breach of the cap under one reading only is recorded, with a warning (SPEC, "The
    // force of a rule"); a violation was refused before the motion existed.
    if let reviewed = state.draft.case(motion.caseID),
      let breach = state.capBreach(of: motion.motion.kind, on: reviewed),
      breach.severity == .warning, case .correct(.score(.valid(let score))) = motion.motion.kind
    {
      lines.append(
        "Warning (\(breach.clause)): a \(reviewed.sanction.rawValue) sanction caps the score at "
          + "\(breach.cap.value) if the cap bounds the final score; \(score) keeps it only if the cap "
          + "bounds parameter 5 alone (up to \(breach.highest)).")
    }
    // A quorum taken by analogy does not stop the vote; its shortfall is said (SPEC, "The force
    // of a rule": the live recorder refuses only violations).
    let quorum = motion.count?.quorum ?? state.quorum(for: motion.caseID)
    if !quorum.isMet {
      lines.append(
        "Warning (quorum.not-met, \(state.rules.quorum.clause)): \(quorum.summary); the "
          + "methodology's own text sets no quorum here, so the vote goes on.")
    }
    let awaiting = state.awaiting(motion)
    lines.append(
      "Eligible to vote (\(awaiting.count)): \(names(awaiting, in: state, language: language)).")
    return lines
  }

  /// The vote just recorded and, when it closed the motion, the result.
  static func voted(
    _ member: PersonID, _ choice: VoteChoice, on motionID: MotionID, in state: SessionState,
    language: Language
  ) -> [String] {
    guard let motion = state.motion(motionID) else { return [] }
    var lines = [
      "\(motionID): \(name(member, in: state, language: language)) votes \(choice.rawValue)."
    ]
    if motion.isOpen {
      let awaiting = state.awaiting(motion)
      lines.append(
        "Waiting for \(awaiting.count): \(names(awaiting, in: state, language: language)).")
    } else {
      lines += closed(motion, in: state, language: language)
    }
    return lines
  }

  /// The tally and result of a closed motion, the chair's casting vote, the case's decision.
  static func closed(_ motion: SessionMotion, in state: SessionState, language: Language)
    -> [String]
  {
    guard let count = motion.count else { return [] }
    let tally = count.tally
    var lines = [
      "Motion \(motion.id) closed\(motion.closedEarly ? " early" : ""): \(tally.summary) "
        + "(majority base \(tally.base)): \(tally.result.rawValue)."
    ]
    if tally.decidedByChair, let chair = state.composition.chair {
      lines.append(
        "The votes were tied; the chair, \(name(chair, in: state, language: language)), decided it "
          + "(\(state.rules.tieBreak.clause)).")
    }
    if tally.result == .unresolved {
      lines.append(
        "The votes were tied and no casting vote of the chair resolved it "
          + "(\(state.rules.tieBreak.clause)); nothing is adopted.")
    }
    if !count.quorum.isMet {
      lines.append("No quorum (\(count.quorum.summary)): nothing could be adopted.")
    }
    if !count.missing.isEmpty, motion.closedEarly {
      let missing = state.composition.members.filter(count.missing.contains)
      lines.append("Did not vote: \(names(missing, in: state, language: language)).")
    }
    if let decision = state.decisions[motion.caseID], decision.motion == motion.id {
      lines.append("Case \(motion.caseID) is decided: final \(decision.finalResult.labelled).")
    } else {
      lines.append("Case \(motion.caseID) is still open: propose another motion.")
    }
    return lines
  }

  /// The state of a motion in a word: "open", "adopted", "rejected", "unresolved".
  static func status(_ motion: SessionMotion) -> String {
    motion.count.map { $0.tally.result.rawValue } ?? "open"
  }
}
