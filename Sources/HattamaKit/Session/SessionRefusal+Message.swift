// Every sentence a refused event shows, in one place (STYLE: errors rendered in one place).
// The Kit gives the reason and the clause; what to type next belongs to the program that
// embeds it (the CLI adds its commands in `SessionRefusal+Advice.swift`).

extension SessionRefusal {
  /// One sentence: why the event is refused and the clause that refuses it.
  ///
  /// - Parameter state: The sitting that refused it, for names and the body's rules.
  /// - Returns: The sentence in each language, ending with a period, such as "Ada Lovelace
  ///   (m1) is not in the list of those present (000 ¶63)."
  public func message(in state: SessionState) -> Phrase {
    sentence(in: state, then: nil)
  }

  /// The sentence with a program's own advice after the reason and clause, separated by a
  /// semicolon, so that an embedding system can say what its user should do next.
  ///
  /// - Parameters:
  ///   - state: The sitting that refused it, for names and the body's rules.
  ///   - advice: What to do, or `nil` for the bare ``message(in:)``; a language's advice
  ///     ending with "?" ends its sentence without a period.
  /// - Returns: The reason, the clause and the advice, in each language.
  public func sentence(in state: SessionState, then advice: Phrase?) -> Phrase {
    let clause = clause(under: state.rules)?.phrase.map { " (\($0))" } ?? Phrase(verbatim: "")
    let sentence =
      reason(in: state) + clause
      + (advice.map { Phrase(verbatim: "; ") + $0 } ?? Phrase(verbatim: ""))
    return sentence.map { $0.hasSuffix("?") ? $0 : $0 + "." }
  }

  private func reason(in state: SessionState) -> Phrase {
    switch self {
    case .unknownCase(let id, _):
      Phrase(
        kk: "Жобада '\(id)' ісі жоқ", ru: "В проекте нет дела '\(id)'",
        en: "There is no case '\(id)' in the draft")
    case .unknownMotion(let id, let known) where known.isEmpty:
      Phrase(
        kk: "'\(id)' ұсынысы жоқ: әлі ештеңе ұсынылған жоқ",
        ru: "Предложения '\(id)' нет: ещё ничего не предложено",
        en: "There is no motion '\(id)': nothing has been proposed yet")
    case .unknownMotion(let id, _):
      Phrase(
        kk: "'\(id)' ұсынысы жоқ", ru: "Предложения '\(id)' нет",
        en: "There is no motion '\(id)'")
    case .unknownPerson(let id, _):
      Phrase(
        kk: "Жобаның адамдар тізімінде '\(id)' идентификаторы бар адам жоқ",
        ru: "В списке людей проекта нет никого с идентификатором '\(id)'",
        en: "Nobody with the id '\(id)' is in the draft's people")
    case .motionIDTaken(let id):
      Phrase(
        kk: "'\(id)' ұсынысы бұрын енгізілген", ru: "Предложение '\(id)' уже было внесено",
        en: "A motion '\(id)' was already proposed")
    case .misplacedOpen:
      Phrase(kk: "Журнал бұрыннан ашық", ru: "Журнал уже открыт", en: "The journal is already open")
    case .sittingClosed(let event):
      Phrase(
        kk: "Отырыс жабылған, сондықтан '\(event)' жазылмайды",
        ru: "Заседание закрыто, поэтому '\(event)' записать нельзя",
        en: "The sitting is closed, so '\(event)' cannot be recorded")
    case .notAttended:
      Phrase(
        kk: "Қатысу тіркелмеген, сондықтан ештеңе дауысқа қойылмайды",
        ru: "Явка не записана, поэтому ничего нельзя поставить на голосование",
        en: "No attendance has been recorded, so nothing can be put to the vote")
    case .dateChanged(let recorded, let given):
      Phrase(
        kk: "Отырыс \(given) емес, \(recorded) күні өткізілген деп тіркелген",
        ru: "Заседание записано как проведённое \(recorded), а не \(given)",
        en: "The sitting is recorded as held on \(recorded), not \(given)")
    case .vote(let problem, let member, let motion, let caseID):
      voteReason(problem, Self.name(member, in: state), motion: motion, caseID: caseID)
    case .noQuorum(let quorum, let caseID):
      Phrase(
        kk: "\(caseID) ісі бойынша кворум жоқ (\(quorum.summary.kk))",
        ru: "По делу \(caseID) нет кворума (\(quorum.summary.ru))",
        en: "The quorum is not met for case \(caseID) (\(quorum.summary.en))")
    case .caseDecided(let caseID, let motion):
      Phrase(
        kk: "\(caseID) ісі \(motion) ұсынысымен шешілген",
        ru: "Дело \(caseID) уже решено предложением \(motion)",
        en: "Case \(caseID) is already decided by motion \(motion)")
        + Self.parenthesized(state.decisions[caseID].map { $0.finalResult.finalLabelled })
    case .motionOpen(let caseID, let motion):
      Phrase(
        kk: "\(caseID) ісі бойынша \(motion) ұсынысына дауыс беру әлі жүріп жатыр",
        ru: "Голосование по предложению \(motion) по делу \(caseID) ещё идёт",
        en: "Motion \(motion) on case \(caseID) is still being voted on")
    case .badScore(.tooManyDecimals(let text)):
      Phrase(
        kk: "'\(text)' бағасында екіден көп ондық таңба бар",
        ru: "В оценке '\(text)' больше двух знаков после точки",
        en: "The score '\(text)' has more than two decimals")
    case .badScore(.outOfRange(let text)), .badScore(.notANumber(let text)):
      Phrase(
        kk: "'\(text)' бағасы 0.00–5.00 аралығынан тыс",
        ru: "Оценка '\(text)' вне диапазона 0.00–5.00",
        en: "The score '\(text)' is outside 0.00–5.00")
    case .capExceeded(let caseID, let score, let sanction, let breach):
      breach.message(case: caseID, final: score, sanction: sanction)
        .map { String($0.dropLast()) }
    case .wrongScale(let caseID, .category):
      Phrase(
        kk: "\(caseID) ісіне баға емес, санат (орындалған НМИ бойынша) беріледі",
        ru: "Делу \(caseID) присваивается категория (по достигнутым ЦИ), а не оценка",
        en: "Case \(caseID) is graded by category (the targets met), not by a score")
    case .wrongScale(let caseID, .score):
      Phrase(
        kk: "\(caseID) ісіне санат емес, баға қойылады",
        ru: "Делу \(caseID) ставится оценка, а не категория",
        en: "Case \(caseID) is graded by a score, not by category")
    case .motionClosed(let motion, let result):
      Phrase(
        kk: "\(motion) ұсынысына дауыс беру аяқталған",
        ru: "Голосование по предложению \(motion) закрыто",
        en: "The vote on motion \(motion) is closed")
        + Self.parenthesized(result?.word)
    case .closeWithOpenMotion(let motion):
      Phrase(
        kk: "\(motion) ұсынысына дауыс беру әлі жүріп жатыр, сондықтан отырысты жабуға болмайды",
        ru: "Голосование по предложению \(motion) ещё идёт, поэтому заседание закрыть нельзя",
        en: "Motion \(motion) is still being voted on, so the sitting cannot be closed")
    case .attendanceWithOpenMotion(let motion):
      Phrase(
        kk: "\(motion) ұсынысына дауыс беру ол дауысқа қойылған кездегі қатысу бойынша әлі "
          + "жүріп жатыр, сондықтан қатысуды қазір өзгертуге болмайды",
        ru: "Голосование по предложению \(motion) ещё идёт при той явке, с которой оно "
          + "поставлено на голосование, поэтому явку сейчас изменить нельзя",
        en: "Motion \(motion) is still being voted on, on the attendance it was put to the "
          + "vote with, so the attendance cannot change now")
    case .proposer(let problem, let person, let caseID):
      proposerReason(problem, Self.name(person, in: state), caseID: caseID)
    }
  }

  /// "Омарова Ләззат (m1)", in each language the draft names people in.
  private static func name(_ id: PersonID, in state: SessionState) -> Phrase {
    Phrase.each { state.name(id, in: $0) }
  }

  /// " (…)" after a sentence, or nothing.
  private static func parenthesized(_ phrase: Phrase?) -> Phrase {
    phrase.map { Phrase(verbatim: " (") + $0 + Phrase(verbatim: ")") } ?? Phrase(verbatim: "")
  }

  private func voteReason(
    _ problem: VoteProblem, _ member: Phrase, motion: MotionID, caseID: CaseID
  ) -> Phrase {
    switch problem {
    case .notMember:
      Phrase(
        kk: "\(member.kk) құрам мүшесі емес және дауыс бермейді",
        ru: "\(member.ru) не является членом состава и не голосует",
        en: "\(member.en) is not a member of the composition and does not vote")
    case .secretary:
      Phrase(
        kk: "\(member.kk) — хатшы, дауыс бермейді", ru: "\(member.ru) — секретарь и не голосует",
        en: "\(member.en) is the secretary and does not vote")
    case .absent:
      Phrase(
        kk: "\(member.kk) қатысушылар тізімінде жоқ",
        ru: "\(member.ru) нет в списке присутствующих",
        en: "\(member.en) is not recorded as present")
    case .recused:
      Phrase(
        kk: "\(member.kk) — \(caseID) ісі бойынша бағаланатын адам немесе бағалаушы адам, "
          + "сондықтан ол бойынша дауыс бермейді",
        ru: "\(member.ru) — оцениваемое или оценивающее лицо по делу \(caseID) и по нему не "
          + "голосует",
        en: "\(member.en) is the employee or an evaluator of case \(caseID) and does not vote on it"
      )
    case .duplicate:
      Phrase(
        kk: "\(member.kk) \(motion) ұсынысы бойынша дауыс беріп қойған; дауыс бір рет беріледі",
        ru: "Голос \(member.ru) по предложению \(motion) уже записан; голос подаётся один раз",
        en: "\(member.en) has already voted on motion \(motion); a vote is cast once")
    }
  }

  private func proposerReason(
    _ problem: VoteProblem, _ person: Phrase, caseID: CaseID
  ) -> Phrase {
    switch problem {
    case .notMember:
      Phrase(
        kk: "\(person.kk) құрам мүшесі емес және ұсыныс енгізе алмайды",
        ru: "\(person.ru) не является членом состава и не может вносить предложение",
        en: "\(person.en) is not a member of the composition and cannot propose")
    case .secretary:
      Phrase(
        kk: "\(person.kk) — отырысты хаттамалайтын хатшы, ұсыныс енгізбейді",
        ru: "\(person.ru) — секретарь, который ведёт запись заседания и не вносит предложений",
        en: "\(person.en) is the secretary, who records the sitting and does not propose")
    case .absent:
      Phrase(
        kk: "\(person.kk) қатысушылар тізімінде жоқ, сондықтан ұсыныс енгізе алмайды",
        ru: "\(person.ru) нет в списке присутствующих, поэтому предложение от него не принимается",
        en: "\(person.en) is not recorded as present and cannot propose")
    case .recused, .duplicate:
      Phrase(
        kk: "\(person.kk) — \(caseID) ісі бойынша бағаланатын адам немесе бағалаушы адам, "
          + "сондықтан ол бойынша ұсыныс енгізе алмайды",
        ru: "\(person.ru) — оцениваемое или оценивающее лицо по делу \(caseID) и не может вносить "
          + "по нему предложение",
        en: "\(person.en) is the employee or an evaluator of case \(caseID) and cannot propose "
          + "on it")
    }
  }
}
