// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
// Every sentence a refused event shows, in one place (STYLE: errors rendered in one place).
// The Kit gives the reason and the clause; what to type next belongs to the program that
// embeds it (the CLI adds its commands in `SessionRefusal+Advice.swift`).

extension SessionRefusal {
  /// One sentence: why the event is refused and the clause that refuses it.
  ///
  /// - Parameter state: The sitting that refused it, for names and the body's rules.
  /// - Returns: The sentence, ending with a period, such as "Ada Lovelace is not recorded as
  ///   present (000 ¶63)."
  public func message(in state: SessionState) -> String {
    sentence(in: state, then: nil)
  }

  /// The sentence with a program's own advice after the reason and clause, separated by a
  /// semicolon, so that an embedding system can say what its user should do next.
  ///
  /// - Parameters:
  ///   - state: The sitting that refused it, for names and the body's rules.
  ///   - advice: What to do, or `nil` for the bare ``message(in:)``; advice ending with "?"
  ///     ends the sentence without a period.
  package func sentence(in state: SessionState, then advice: String?) -> String {
    let why = reason(in: state)
    let clause = clause(under: state.rules).map { " (\($0))" } ?? ""
    let sentence = why + clause + (advice.map { "; \($0)" } ?? "")
    return sentence.hasSuffix("?") ? sentence : sentence + "."
  }

  private func reason(in state: SessionState) -> String {
    switch self {
    case .unknownCase(let id, _): "There is no case '\(id)' in the draft"
    case .unknownMotion(let id, let known) where known.isEmpty:
      "There is no motion '\(id)': nothing has been proposed yet"
    case .unknownMotion(let id, _): "There is no motion '\(id)'"
    case .unknownPerson(let id, _): "Nobody with the id '\(id)' is in the draft's people"
    case .motionIDTaken(let id): "A motion '\(id)' was already proposed"
    case .misplacedOpen: "The journal is already open"
    case .sittingClosed(let event):
      "The sitting is closed, so '\(event)' cannot be recorded"
    case .notAttended: "No attendance has been recorded, so nothing can be put to the vote"
    case .dateChanged(let recorded, let given):
      "The sitting is recorded as held on \(recorded), not \(given)"
    case .vote(let problem, let member, let motion, let caseID):
      voteReason(problem, state.name(member), motion: motion, caseID: caseID)
    case .noQuorum(let quorum, let caseID):
      "The quorum is not met for case \(caseID) (\(quorum.summary))"
    case .caseDecided(let caseID, let motion):
      "Case \(caseID) is already decided by motion \(motion)"
        + (state.decisions[caseID].map { " (final \($0.finalResult.labelled))" } ?? "")
    case .motionOpen(let caseID, let motion):
      "Motion \(motion) on case \(caseID) is still being voted on"
    case .badScore(.tooManyDecimals(let text)):
      "The score '\(text)' has more than two decimals"
    case .badScore(.outOfRange(let text)), .badScore(.notANumber(let text)):
      "The score '\(text)' is outside 0.00–5.00"
    case .capExceeded(let caseID, let score, let sanction, let breach):
      CapCheck.message(breach, case: caseID, final: score, sanction: sanction.rawValue)
        .dropLast().description
    case .wrongScale(let caseID, .category):
      "Case \(caseID) is graded by category (the targets met), not by a score"
    case .wrongScale(let caseID, .score):
      "Case \(caseID) is graded by a score, not by category"
    case .motionClosed(let motion, let result):
      "The vote on motion \(motion) is closed" + (result.map { " (\($0.rawValue))" } ?? "")
    case .closeWithOpenMotion(let motion):
      "Motion \(motion) is still being voted on, so the sitting cannot be closed"
    case .attendanceWithOpenMotion(let motion):
      "Motion \(motion) is still being voted on, on the attendance it was put to the vote with, "
        + "so the attendance cannot change now"
    case .proposer(let problem, let person, let caseID):
      proposerReason(problem, state.name(person), caseID: caseID)
    }
  }

  private func voteReason(
    _ problem: VoteProblem, _ member: String, motion: MotionID, caseID: CaseID
  ) -> String {
    switch problem {
    case .notMember: "\(member) is not a member of the composition and does not vote"
    case .secretary: "\(member) is the secretary and does not vote"
    case .absent: "\(member) is not recorded as present"
    case .recused:
      "\(member) is the employee or an evaluator of case \(caseID) and does not vote on it"
    case .duplicate: "\(member) has already voted on motion \(motion); a vote is cast once"
    }
  }

  private func proposerReason(
    _ problem: VoteProblem, _ person: String, caseID: CaseID
  ) -> String {
    switch problem {
    case .notMember: "\(person) is not a member of the composition and cannot propose"
    case .secretary: "\(person) is the secretary, who records the sitting and does not propose"
    case .absent: "\(person) is not recorded as present and cannot propose"
    case .recused, .duplicate:
      "\(person) is the employee or an evaluator of case \(caseID) and cannot propose on it"
    }
  }
}
