import HattamaKit

/// What the session commands print about a sitting, in one place, so that `session vote`
/// and `session run` announce a vote and its result in the same words.
enum SessionText {
  /// "a calibration session of <body>".
  static func body(_ record: Record) -> Phrase {
    let body = Phrase.each { VisibleText.inline(record.body.text(in: $0)) }
    return record.kind == .calibration
      ? Phrase(
        kk: "калибрлеу сессиясы (\(body.kk))", ru: "калибровочная сессия (\(body.ru))",
        en: "a calibration session of \(body.en)")
      : Phrase(
        kk: "бағалау жөніндегі комиссия (\(body.kk))", ru: "комиссия по оценке (\(body.ru))",
        en: "an evaluation commission of \(body.en)")
  }

  /// "Омарова Ләззат (m1)", on one line whatever the draft's text holds (VisibleText): every
  /// person a session command names goes through here.
  static func name(_ id: PersonID, in state: SessionState) -> Phrase {
    Phrase.each { VisibleText.inline(state.name(id, in: $0)) }
  }

  /// Names for a list of ids, separated by commas.
  static func names(_ ids: [PersonID], in state: SessionState) -> Phrase {
    ids.map { name($0, in: state) }.joined(separator: ", ")
  }

  /// "confirm the evaluator's score 3.40" / "correct the score to 3.80".
  static func proposal(_ motion: Motion, in state: SessionState) -> Phrase {
    switch motion.kind {
    case .confirm:
      let result =
        state.draft.case(motion.caseID)?.evaluation.labelled
        ?? Phrase(kk: "нәтиже", ru: "результат", en: "result")
      return Phrase(
        kk: "бағалаушы адамның нәтижесін қолдау: \(result.kk)",
        ru: "поддержать результат оценивающего лица: \(result.ru)",
        en: "confirm the evaluator's \(result.en)")
    case .correct(.score(let score)):
      return Phrase(
        kk: "бағаны \(score) деп түзету", ru: "скорректировать оценку до \(score)",
        en: "correct the score to \(score)")
    case .correct(let result):
      let labelled = result.labelled
      return Phrase(
        kk: "нәтижені түзету: \(labelled.kk)", ru: "скорректировать результат: \(labelled.ru)",
        en: "correct the result to \(labelled.en)")
    }
  }

  /// One line on a case: employee, evaluators, and the score with its band (a calibration
  /// session's, 000 ¶13, 002 ¶8) or the category.
  static func caseLine(_ reviewed: Case, in state: SessionState) -> Phrase {
    let (employee, evaluators) = (
      name(reviewed.employee, in: state), names(reviewed.evaluators, in: state)
    )
    var result = reviewed.evaluation.labelled
    if case .score(let score) = reviewed.evaluation, let valid = score.score,
      state.draft.kind == .calibration
    {
      result = result + Phrase.each { " (\(ScoreBand(valid).name(in: $0)))" }
    }
    let id = reviewed.id
    return Phrase(
      kk: "\(id) ісі: \(employee.kk), бағалаған: \(evaluators.kk); \(result.kk)",
      ru: "Дело \(id): \(employee.ru), оценивающие лица: \(evaluators.ru); \(result.ru)",
      en: "Case \(id): \(employee.en), evaluated by \(evaluators.en); \(result.en)")
  }

  static func proposed(_ motion: SessionMotion, in state: SessionState) -> [Phrase] {
    let proposal = proposal(motion.motion, in: state)
    let (id, caseID) = (motion.id, motion.caseID)
    var first = Phrase(
      kk: "\(caseID) ісі бойынша \(id) ұсынысы: \(proposal.kk)",
      ru: "Предложение \(id) по делу \(caseID): \(proposal.ru)",
      en: "Motion \(id) on case \(caseID): \(proposal.en)")
    if let by = motion.motion.proposedBy.map({ name($0, in: state) }) {
      first =
        first
        + Phrase(kk: "; ұсынған: \(by.kk)", ru: "; автор: \(by.ru)", en: ", proposed by \(by.en)")
    }
    var lines = [first.map { $0 + "." }]
    // A breach of the cap under one reading only is recorded, with a warning (SPEC, "The
    // force of a rule"); a violation was refused before the motion existed.
    if let reviewed = state.draft.case(motion.caseID),
      let breach = state.capBreach(of: motion.motion.kind, on: reviewed),
      breach.severity == .warning, case .correct(.score(.valid(let score))) = motion.motion.kind
    {
      lines.append(
        warning(breach.clause.phrase)
          + breach.message(case: caseID, final: score, sanction: reviewed.sanction))
    }
    // A quorum taken by analogy does not stop the vote; its shortfall is said (SPEC, "The force
    // of a rule": the live recorder refuses only violations).
    let quorum = motion.count?.quorum ?? state.quorum(for: motion.caseID)
    if !quorum.isMet {
      let summary = quorum.summary
      lines.append(
        warning(Phrase(verbatim: "quorum.not-met, ") + state.rules.quorum.clause.phrase)
          + Phrase(
            kk: "\(summary.kk); әдістеменің өз мәтіні бұл жерде кворум белгілемейді, сондықтан "
              + "дауыс беру жалғасады.",
            ru: "\(summary.ru); собственный текст методики здесь кворума не устанавливает, "
              + "поэтому голосование продолжается.",
            en: "\(summary.en); the methodology's own text sets no quorum here, so the vote "
              + "goes on."))
    }
    let awaiting = state.awaiting(motion)
    let eligible = names(awaiting, in: state)
    lines.append(
      Phrase(
        kk: "Дауыс бере алады (\(awaiting.count)): \(eligible.kk).",
        ru: "Вправе голосовать (\(awaiting.count)): \(eligible.ru).",
        en: "Eligible to vote (\(awaiting.count)): \(eligible.en)."))
    return lines
  }

  /// "Warning (000 ¶63): ".
  static func warning(_ context: Phrase) -> Phrase {
    Phrase(
      kk: "Ескерту (\(context.kk)): ", ru: "Предупреждение (\(context.ru)): ",
      en: "Warning (\(context.en)): ")
  }

  /// The vote just recorded and, when it closed the motion, the result.
  static func voted(
    _ member: PersonID, _ choice: VoteChoice, on motionID: MotionID, in state: SessionState
  ) -> [Phrase] {
    guard let motion = state.motion(motionID) else { return [] }
    let (voter, word) = (name(member, in: state), choice.word)
    var lines = [
      Phrase(
        kk: "\(motionID): \(voter.kk) — \(word.kk).", ru: "\(motionID): \(voter.ru) — \(word.ru).",
        en: "\(motionID): \(voter.en) votes \(choice.rawValue).")
    ]
    if motion.isOpen {
      let awaiting = state.awaiting(motion)
      let waiting = names(awaiting, in: state)
      lines.append(
        Phrase(
          kk: "Күтілуде (\(awaiting.count)): \(waiting.kk).",
          ru: "Ожидаются голоса (\(awaiting.count)): \(waiting.ru).",
          en: "Waiting for \(awaiting.count): \(waiting.en)."))
    } else {
      lines += closed(motion, in: state)
    }
    return lines
  }

  /// The tally and result of a closed motion, the chair's casting vote, the case's decision.
  static func closed(_ motion: SessionMotion, in state: SessionState) -> [Phrase] {
    guard let count = motion.count else { return [] }
    let (tally, id, caseID) = (count.tally, motion.id, motion.caseID)
    let (summary, result, tie) = (
      tally.summary, tally.result.word, state.rules.tieBreak.clause.phrase
    )
    var lines = [
      motion.closedEarly
        ? Phrase(
          kk: "\(id) ұсынысы бойынша дауыс беру мерзімінен бұрын аяқталды: \(summary.kk) "
            + "(көпшілік негізі \(tally.base)): \(result.kk).",
          ru: "Голосование по предложению \(id) закрыто досрочно: \(summary.ru) (база "
            + "большинства \(tally.base)): \(result.ru).",
          en: "Motion \(id) closed early: \(summary.en) (majority base \(tally.base)): "
            + "\(result.en).")
        : Phrase(
          kk: "\(id) ұсынысы бойынша дауыс беру аяқталды: \(summary.kk) (көпшілік негізі "
            + "\(tally.base)): \(result.kk).",
          ru: "Голосование по предложению \(id) закрыто: \(summary.ru) (база большинства "
            + "\(tally.base)): \(result.ru).",
          en: "Motion \(id) closed: \(summary.en) (majority base \(tally.base)): \(result.en).")
    ]
    if tally.decidedByChair, let chair = state.composition.chair.map({ name($0, in: state) }) {
      lines.append(
        Phrase(
          kk: "Дауыстар тең бөлінді; шешуші дауысты төраға \(chair.kk) берді (\(tie.kk)).",
          ru: "Голоса разделились поровну; решил голос председателя \(chair.ru) (\(tie.ru)).",
          en: "The votes were tied; the chair, \(chair.en), decided it (\(tie.en))."))
    }
    if tally.result == .unresolved {
      lines.append(
        Phrase(
          kk: "Дауыстар тең бөлінді, төрағаның шешуші дауысы оны шешпеді (\(tie.kk)); ештеңе "
            + "қабылданбады.",
          ru: "Голоса разделились поровну, и решающий голос председателя этого не разрешил "
            + "(\(tie.ru)); ничего не принято.",
          en: "The votes were tied and no casting vote of the chair resolved it (\(tie.en)); "
            + "nothing is adopted."))
    }
    if !count.quorum.isMet {
      let quorum = count.quorum.summary
      lines.append(
        Phrase(
          kk: "Кворум жоқ (\(quorum.kk)): ештеңе қабылданбайды.",
          ru: "Нет кворума (\(quorum.ru)): ничего не может быть принято.",
          en: "No quorum (\(quorum.en)): nothing could be adopted."))
    }
    if !count.missing.isEmpty, motion.closedEarly {
      let missing = names(state.composition.members.filter(count.missing.contains), in: state)
      lines.append(
        Phrase(
          kk: "Дауыс бермегендер: \(missing.kk).", ru: "Не голосовали: \(missing.ru).",
          en: "Did not vote: \(missing.en)."))
    }
    if let decision = state.decisions[caseID], decision.motion == id {
      let final = decision.finalResult.finalLabelled
      lines.append(
        Phrase(
          kk: "\(caseID) ісі шешілді: \(final.kk).", ru: "Дело \(caseID) решено: \(final.ru).",
          en: "Case \(caseID) is decided: \(final.en)."))
    } else {
      lines.append(
        Phrase(
          kk: "\(caseID) ісі әлі шешілген жоқ: басқа ұсыныс енгізіңіз.",
          ru: "Дело \(caseID) ещё не решено: внесите другое предложение.",
          en: "Case \(caseID) is still open: propose another motion."))
    }
    return lines
  }
}
