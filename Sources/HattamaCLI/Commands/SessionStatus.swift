// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

/// `session status`: the sitting as text for the secretary, or as JSON for a script.
enum SessionStatus {
  static func text(_ state: SessionState, report: ChainReport, language: Language) -> String {
    var lines: [String] = []
    lines.append(
      "Journal: \(report.lineCount) events, anchor \(report.anchor?.description ?? "none")")
    lines.append(
      "Sitting: \(state.date?.description ?? "no attendance recorded yet")"
        + (state.isClosed ? " (closed)" : ""))
    if state.date != nil {
      lines.append("Present: \(SessionText.names(state.present, in: state, language: language))")
      lines.append(state.quorum().summary)
    }
    for reviewed in state.draft.cases {
      lines.append("")
      lines.append(SessionText.caseLine(reviewed, in: state, language: language))
      if let decision = state.decisions[reviewed.id] {
        lines.append("  decided by \(decision.motion): final \(decision.finalResult.labelled)")
      } else {
        lines.append("  undecided")
      }
      for motion in state.motions where motion.caseID == reviewed.id {
        lines.append(
          "  \(motion.id): \(SessionText.proposal(motion.motion, in: state)) — "
            + describe(motion, in: state)
        )
      }
    }
    if let conclusion = state.conclusion {
      lines += ["", "Conclusion: \(VisibleText.inline(conclusion))"]
    }
    if report.tornTail != nil {
      lines += ["", "The journal ends in a torn line: repair it before recording more."]
    }
    return lines.joined(separator: "\n")
  }

  private static func describe(_ motion: SessionMotion, in state: SessionState) -> String {
    guard let count = motion.count else {
      let awaiting = state.awaiting(motion)
      return "open, \(motion.voters.count) voted, waiting for \(awaiting.count)"
        + (awaiting.isEmpty ? "" : ": " + awaiting.joined(separator: ", "))
    }
    return "\(count.tally.result.rawValue) (\(count.tally.summary)"
      + (count.tally.decidedByChair ? "; the chair decided the tie" : "")
      + (motion.closedEarly ? "; closed early" : "") + ")"
  }

  /// A result as the record writes it: a score as a string, or `kpiMet` and `category`.
  private static func result(
    _ result: EvaluationResult, score: String, category: String
  ) -> [(String, JSONValue)] {
    switch result {
    case .score(let value): return [(score, .string(value.description))]
    case .category(let value, let kpiMet):
      return (kpiMet.map { [("kpiMet", .number($0))] } ?? []) + [
        (category, .number(value.rawValue))
      ]
    }
  }

  static func json(_ state: SessionState, report: ChainReport) -> String {
    let quorum = state.quorum()
    let cases: [JSONValue] = state.draft.cases.map { reviewed in
      var members: [(String, JSONValue)] = [
        ("id", .string(reviewed.id)), ("employee", .string(reviewed.employee)),
      ]
      members += Self.result(reviewed.evaluation, score: "score", category: "category")
      let decision = state.decisions[reviewed.id]
      let open = state.openMotion(on: reviewed.id)
      members.append(
        ("state", .string(decision != nil ? "decided" : open != nil ? "voting" : "undecided")))
      if let decision {
        members += Self.result(decision.finalResult, score: "finalScore", category: "finalCategory")
        members.append(("decidedBy", .string(decision.motion)))
      }
      members.append(
        (
          "motions",
          .array(state.motions.filter { $0.caseID == reviewed.id }.map { motion($0, state) })
        ))
      return .object(members)
    }
    var members: [(String, JSONValue)] = [
      ("events", .number(report.lineCount)),
      ("anchor", report.anchor.map { .string($0.description) } ?? .null),
      ("torn", .bool(report.tornTail != nil)),
      ("date", state.date.map { .string($0.description) } ?? .null),
      ("present", .array(state.present.map(JSONValue.string))),
      ("attended", .array(state.attended.map(JSONValue.string))),
      ("quorum", Self.quorum(quorum)),
      ("cases", .array(cases)),
      ("closed", .bool(state.isClosed)),
    ]
    if let conclusion = state.conclusion { members.append(("conclusion", .string(conclusion))) }
    return JSONWriter().string(for: .object(members))
  }

  /// `{"present", "size", "required", "met"}`.
  static func quorum(_ quorum: Quorum) -> JSONValue {
    .object([
      ("present", .number(quorum.present)), ("size", .number(quorum.size)),
      ("required", .number(quorum.required)), ("met", .bool(quorum.isMet)),
    ])
  }

  static func motion(_ motion: SessionMotion, _ state: SessionState) -> JSONValue {
    var members: [(String, JSONValue)] = [("id", .string(motion.id))]
    switch motion.motion.kind {
    case .confirm: members.append(("kind", .string("confirm")))
    case .correct(let result):
      members.append(("kind", .string("correct")))
      members += Self.result(result, score: "score", category: "category")
    }
    if let by = motion.motion.proposedBy { members.append(("proposedBy", .string(by))) }
    members.append(
      ("votes", .object(motion.motion.votes.map { ($0.member, .string($0.choice.rawValue)) })))
    members.append(("state", .string(motion.isOpen ? "open" : "closed")))
    if let count = motion.count {
      members.append(("result", .string(count.tally.result.rawValue)))
      members.append(
        (
          "tally",
          .object([
            ("for", .number(count.tally.inFavour)), ("against", .number(count.tally.against)),
            ("abstaining", .number(count.tally.abstaining)), ("base", .number(count.tally.base)),
          ])
        ))
      members.append(("decidedByChair", .bool(count.tally.decidedByChair)))
      members.append(("closedEarly", .bool(motion.closedEarly)))
    } else {
      members.append(("awaiting", .array(state.awaiting(motion).map(JSONValue.string))))
    }
    return .object(members)
  }
}
