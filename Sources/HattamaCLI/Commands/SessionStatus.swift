import HattamaKit

/// `session status`: the sitting as text for the secretary, or as JSON for a script.
enum SessionStatus {
  static func text(_ state: SessionState, report: ChainReport, language: Language) -> String {
    lines(state, report: report).map { $0.text(in: language) }.joined(separator: "\n")
  }

  private static func lines(_ state: SessionState, report: ChainReport) -> [Phrase] {
    let events = Phrase.counted(
      report.lineCount, kk: "оқиға", ru: ("событие", "события", "событий"), en: ("event", "events"))
    let anchor =
      report.anchor.map { Phrase(verbatim: $0.description) }
      ?? Phrase(kk: "жоқ", ru: "нет", en: "none")
    var lines = [
      Phrase(
        kk: "Журнал: \(events.kk), бақылау белгісі \(anchor.kk)",
        ru: "Журнал: \(events.ru), контрольная отметка \(anchor.ru)",
        en: "Journal: \(events.en), anchor \(anchor.en)")
    ]
    let date =
      state.date.map { Phrase(verbatim: $0.description) }
      ?? Phrase(
        kk: "қатысу әлі тіркелмеген", ru: "явка ещё не записана", en: "no attendance recorded yet")
    let closed =
      state.isClosed
      ? Phrase(kk: " (жабылған)", ru: " (закрыто)", en: " (closed)") : Phrase(verbatim: "")
    lines.append(Phrase(kk: "Отырыс: ", ru: "Заседание: ", en: "Sitting: ") + date + closed)
    if state.date != nil {
      lines.append(
        Phrase(kk: "Қатысып отыр: ", ru: "Присутствуют: ", en: "Present: ")
          + SessionText.names(state.present, in: state))
      lines.append(state.quorum().summary)
    }
    for reviewed in state.draft.cases {
      lines.append(Phrase(verbatim: ""))
      lines.append(SessionText.caseLine(reviewed, in: state))
      if let decision = state.decisions[reviewed.id] {
        let (motion, final) = (decision.motion, decision.finalResult.finalLabelled)
        lines.append(
          Phrase(
            kk: "  \(motion) ұсынысымен шешілді: \(final.kk)",
            ru: "  решено предложением \(motion): \(final.ru)",
            en: "  decided by \(motion): \(final.en)"))
      } else {
        lines.append(Phrase(kk: "  шешілмеген", ru: "  не решено", en: "  undecided"))
      }
      for motion in state.motions where motion.caseID == reviewed.id {
        lines.append(
          Phrase(verbatim: "  \(motion.id): ") + SessionText.proposal(motion.motion, in: state)
            + Phrase(verbatim: " — ") + describe(motion, in: state))
      }
    }
    if let conclusion = state.conclusion {
      lines.append(Phrase(verbatim: ""))
      lines.append(
        Phrase(kk: "Қорытынды: ", ru: "Заключение: ", en: "Conclusion: ")
          + Phrase(verbatim: VisibleText.inline(conclusion)))
    }
    if report.tornTail != nil {
      lines.append(Phrase(verbatim: ""))
      lines.append(
        Phrase(
          kk: "Журнал үзілген жолмен аяқталады: ары қарай жазбас бұрын оны жөндеңіз.",
          ru: "Журнал заканчивается оборванной строкой: исправьте его, прежде чем записывать "
            + "дальше.",
          en: "The journal ends in a torn line: repair it before recording more."))
    }
    return lines
  }

  private static func describe(_ motion: SessionMotion, in state: SessionState) -> Phrase {
    guard let count = motion.count else {
      let awaiting = state.awaiting(motion)
      let (voted, waiting) = (motion.voters.count, awaiting.count)
      let ids = awaiting.isEmpty ? "" : ": " + awaiting.joined(separator: ", ")
      return Phrase(
        kk: "ашық, дауыс бергендер: \(voted), күтілуде: \(waiting)\(ids)",
        ru: "открыто, проголосовали: \(voted), ожидаются: \(waiting)\(ids)",
        en: "open, \(voted) voted, waiting for \(waiting)\(ids)")
    }
    let tally = count.tally
    var notes = [tally.summary]
    if tally.decidedByChair {
      notes.append(
        Phrase(
          kk: "теңдікті төраға шешті", ru: "равенство разрешил председатель",
          en: "the chair decided the tie"))
    }
    if motion.closedEarly {
      notes.append(
        Phrase(kk: "мерзімінен бұрын жабылды", ru: "закрыто досрочно", en: "closed early"))
    }
    return tally.result.word + Phrase(verbatim: " (") + notes.joined(separator: "; ")
      + Phrase(verbatim: ")")
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
    let motionsByCase = Dictionary(grouping: state.motions, by: \.caseID)
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
          .array((motionsByCase[reviewed.id] ?? []).map { motion($0, state) })
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
