import Foundation
import HattamaJournal
import HattamaKit

/// `hattama session run J`: the live sitting, guided from the keyboard.
///
/// Asks who is present, then takes each undecided case in turn, asks each eligible member's
/// vote by name and announces the result; at the end asks for the conclusion and closes. Every
/// answer is appended and synced at once through the same path as `session attend`,
/// `propose`, `vote` and `close`, so an interruption (Ctrl-C, end of input) loses nothing
/// recorded, and running it again resumes where it stopped.
enum SessionRunCommand {
  static let spec = CommandSpec(
    path: ["session", "run"],
    abstract: Phrase(
      kk: "Отырысты интерактивті түрде жазу: қатысу, әр іс, әр мүшенің дауысы.",
      ru: "Вести запись заседания в диалоге: явка, каждое дело, голос каждого члена.",
      en: "Record a live sitting interactively: attendance, each case, each member's vote."),
    discussion: Phrase(
      kk: """
        Жауаптар: іс бойынша 'confirm' (қолдау), 'correct БАҒА' (түзету, мысалы 'correct
        3.80'), 'skip' (қалдыру), кешігіп келгендер мен кеткендер үшін 'arrive ID ...' (келді)
        немесе 'leave ID ...' (кетті), не бүкіл тізімді қайта беру үшін 'attend'; содан кейін
        ұсынысты кім енгізетіні. Дауыс беруде 'f' (жақтап), 'a' (қарсы), 'b' (қалыс) немесе
        дауыс беруді қазір жабу үшін 't' (ешкім дауыс бермесе, қайта сұралады). Қазақша және
        орысша сөздер де қабылданады: қолдау, түзету, қалдыру, келді, кетті, қатысу; жақтап,
        қарсы, қалыс, жабу. Шешілмеген істері бар отырысты жаппас бұрын сұрайды. Әр жауап
        енгізілген сәтте жазылып, дискіге жазылады; Ctrl-C немесе енгізудің соңы жазылғанды
        жоғалтпай тоқтатады, бұл туралы айтады, ал команданы қайта іске қосу тоқтаған жерден
        жалғастырады.
        """,
      ru: """
        Ответы: по делу 'confirm' (поддержать), 'correct ОЦЕНКА' (скорректировать, например
        'correct 3.80'), 'skip' (отложить), 'arrive ID ...' (пришёл) или 'leave ID ...' (ушёл)
        для опоздавших и ушедших, или 'attend', чтобы дать весь список заново; затем кто
        вносит предложение. При голосовании 'f' (за), 'a' (против), 'b' (воздержался) или 't',
        чтобы закрыть голосование сейчас (если никто не голосовал, переспрашивает).
        Принимаются и русские и казахские слова: поддержать, скорректировать, отложить,
        пришёл, ушёл, явка; за, против, воздержался, закрыть. Перед закрытием заседания с
        нерешёнными делами спрашивает. Каждый ответ записывается и сбрасывается на диск сразу;
        Ctrl-C или конец ввода останавливают работу без потери записанного и сообщают об этом,
        а повторный запуск команды продолжает с того же места.
        """,
      en: """
        Answers: at a case, 'confirm', 'correct SCORE' (e.g. 'correct 3.80'), 'skip',
        'arrive ID ...' or 'leave ID ...' for late arrivals and departures, or 'attend' to give
        the whole list again; then who proposes it. At a vote, 'f' (for), 'a' (against), 'b'
        (abstain), or 't' to close the vote now (asked again when nobody has voted). The Kazakh
        and Russian words work too (қолдау, түзету, …; за, против, …). Before the sitting is
        closed with cases undecided, it asks. Each answer is recorded and synced when entered;
        Ctrl-C or the end of input stops without losing anything recorded, says so, and running
        the command again resumes where it stopped.
        """),
    arguments: [SessionCommands.journalArgument],
    options: [Inputs.methodologyOption],
    run: { invocation throws(CLIError) in
      try SessionRun(journal: SessionJournal(invocation)).run()
    })
}

/// One guided run over a journal.
struct SessionRun {
  let journal: SessionJournal
  var console: Console { journal.console }

  /// Thrown when the input ends: the run stops cleanly.
  private struct EndOfInput: Error {}

  func run() throws(CLIError) -> ExitCode {
    let resume = "'hattama session run \(journal.path)'"  // l10n: ignore
    InterruptNotice.arm(
      console.text(
        Phrase(
          kk: "\nТоқтатылды: енгізілген әрбір жауап жазылды; \(resume) арқылы жалғастырыңыз.\n",
          ru: "\nПрервано: все уже введённые ответы записаны; продолжите командой \(resume).\n",
          en: "\nInterrupted: every answer already entered is recorded; resume with \(resume).\n")))
    defer { InterruptNotice.disarm() }
    var skipped: Set<CaseID> = []
    var announced = false
    while true {
      let (state, report) = try journal.load()
      if let tornTail = report.tornTail {
        throw .badInput(message: JournalFileError.torn(path: journal.path, tornTail).advised)
      }
      if !announced {
        let body = SessionText.body(state.draft)
        let period = Phrase.each { VisibleText.inline(state.draft.period.text(in: $0)) }
        console.out(
          Phrase(
            kk: "Отырыс: \(body.kk), \(period.kk).", ru: "Заседание: \(body.ru), \(period.ru).",
            en: "Sitting: \(body.en), \(period.en)."))
        announced = true
      }
      if state.isClosed {
        console.out(
          Phrase(
            kk: "Отырыс жабылған; оның бақылау белгісі:",
            ru: "Заседание закрыто; его контрольная отметка:",
            en: "The sitting is closed; its anchor:"))
        console.out(report.anchor?.description ?? "")
        return .success
      }
      do throws(EndOfInput) {
        if state.date == nil {
          try askAttendance(state)
        } else if let open = state.motions.first(where: \.isOpen) {
          try askVote(open, in: state)
        } else if let next = state.undecidedCases.first(where: { !skipped.contains($0.id) }) {
          if try askCase(next, in: state) == .skip { skipped.insert(next.id) }
        } else if try askConclusion(state) == .reconsider {
          skipped = []
        }
      } catch {
        console.out("")
        console.out(
          Phrase(
            kk: "Тоқтатылды; жазылғанның ештеңесі жоғалған жоқ; \(resume) арқылы жалғастырыңыз.",
            ru: "Остановлено; ничего из записанного не потеряно; продолжите командой \(resume).",
            en: "Stopped; nothing recorded is lost; resume with \(resume)."))
        return .success
      }
    }
  }

  /// A line of input, or ``EndOfInput``.
  private func ask(_ prompt: Phrase) throws(EndOfInput) -> String {
    console.writeOut(console.text(prompt) + " ")
    // A secretary who cannot see the questions must not go on recording answers.
    guard console.health.failure(of: .out) == nil else { throw EndOfInput() }
    guard let line = console.readLine() else { throw EndOfInput() }
    return line.trimmingCharacters(in: .whitespaces)
  }

  /// Appends through the commands' own path; a refusal is printed and `false` returned so that
  /// the question is asked again.
  private func record(_ event: @escaping (SessionState) -> JournalEvent) throws(CLIError)
    -> SessionAppend?
  {
    do {
      return try journal.append { state throws(CLIError) in event(state) }
    } catch {
      guard case .refused = error else { throw error }
      console.err(error.message(commands: Commands.all, in: console.language))
      return nil
    }
  }

  private func askAttendance(_ state: SessionState) throws(EndOfInput) {
    var date: Day?
    while date == nil {
      let today = SessionRun.today()
      let answer = try ask(
        Phrase(
          kk: "Отырыстың күні (ЖЖЖЖ-АА-КК; Enter = \(today)):",
          ru: "Дата заседания (ГГГГ-ММ-ДД; Enter = \(today)):",
          en: "Date of the sitting (YYYY-MM-DD; Enter = \(today)):"))
      date = answer.isEmpty ? today : Day(iso: answer)
      if date == nil {
        console.err(
          Phrase(
            kk: "'\(answer)' — күн емес; оны 2025-10-24 түрінде жазыңыз.",
            ru: "'\(answer)' — не дата; напишите её в виде 2025-10-24.",
            en: "'\(answer)' is not a date; write it as 2025-10-24."))
      }
    }
    try askPresent(state, date: date ?? SessionRun.today())
  }

  private func askPresent(_ state: SessionState, date: Day) throws(EndOfInput) {
    let members = state.composition.members
    let names = SessionText.names(members, in: state)
    console.out(
      Phrase(kk: "Мүшелер: \(names.kk).", ru: "Члены: \(names.ru).", en: "Members: \(names.en)."))
    while true {
      let answer = try ask(
        Phrase(
          kk: "Кім қатысып отыр? (идентификаторлар бос орын арқылы; Enter = барлық мүше):",
          ru: "Кто присутствует? (идентификаторы через пробел; Enter = все члены):",
          en: "Who is present? (ids separated by spaces; Enter = all members):"))
      let ids = answer.isEmpty ? members : answer.split(separator: " ").map(String.init)
      let known = state.draft.people.map(\.id)
      if let unknown = ids.first(where: { !known.contains($0) }) {
        let refusal = SessionRefusal.unknownPerson(unknown, known: known)
        console.err(refusal.message(in: state, journal: journal.path))
        continue
      }
      do {
        if let appended = try record({ _ in .attend(date: date, present: ids) }) {
          console.out(appended.after.quorum().summary)
          return
        }
      } catch {
        console.err(error.message(commands: Commands.all, in: console.language))
        return
      }
    }
  }

  private enum CaseAnswer { case recorded, skip }

  /// A yes/no question whose default, on Enter, is no.
  private func confirm(_ question: Phrase) throws(EndOfInput) -> Bool {
    let answer = try ask(
      question
        + Phrase(kk: " [иә/жоқ; Enter = жоқ]", ru: " [да/нет; Enter = нет]", en: " [y/N]"))
    return ["y", "yes", "и", "иә", "д", "да"].contains(answer.lowercased())
  }

  /// Records an arrival or a departure typed at a case: `arrive m4`, `leave m2 m3`.
  private func changeAttendance(_ arrive: Bool, _ ids: [PersonID], in state: SessionState)
    throws(EndOfInput)
  {
    let change = arrive ? AttendanceChange(arrive: ids) : AttendanceChange(leave: ids)
    do {
      let date = state.date ?? SessionRun.today()
      // The list follows from the state the question was asked on; a change is refused
      // (printed, and the question asked again) before anything is written.
      let present = try change.present(after: state, journal: journal.path)
      if let appended = try record({ _ in .attend(date: date, present: present) }) {
        let names = SessionText.names(appended.after.present, in: appended.after)
        console.out(
          Phrase(
            kk: "Қатысып отыр: \(names.kk).", ru: "Присутствуют: \(names.ru).",
            en: "Present: \(names.en)."))
        console.out(appended.after.quorum().summary)
      }
    } catch {
      console.err(error.message(commands: Commands.all, in: console.language))
    }
  }

  /// Who proposes: a present member eligible on the case (002 ¶23), or nobody recorded.
  private func askProposer(_ reviewed: Case, in state: SessionState) throws(EndOfInput)
    -> PersonID?
  {
    let roll = state.roll(for: reviewed)
    let eligible = state.composition.members.filter { roll.eligible.contains($0) }
    let list = eligible.joined(separator: ", ")
    while true {
      let answer = try ask(
        Phrase(
          kk: "Ұсынысты кім енгізеді? (\(list); Enter = тіркелмейді):",
          ru: "Кто вносит предложение? (\(list); Enter = не записывать):",
          en: "Who proposes it? (\(list); Enter = not recorded):"))
      if answer.isEmpty { return nil }
      if eligible.contains(answer) { return answer }
      let hint = answer.nearest(in: eligible).map { near in
        Phrase(
          kk: " '\(near)' болуы мүмкін бе?", ru: " Может быть, '\(near)'?",
          en: " Did you mean '\(near)'?")
      }
      console.err(
        Phrase(
          kk: "'\(answer)' бұл іс бойынша ұсыныс енгізе алмайды: қатысып отырған, дауыс бере "
            + "алатын мүшені көрсетіңіз.",
          ru: "'\(answer)' не может вносить предложение по этому делу: укажите присутствующего "
            + "члена, который голосует по делу.",
          en: "'\(answer)' may not propose on this case: give a present, eligible member.")
          + (hint ?? Phrase(verbatim: "")))
    }
  }

  private func askCase(_ reviewed: Case, in state: SessionState) throws(EndOfInput) -> CaseAnswer {
    console.out("")
    console.out(SessionText.caseLine(reviewed, in: state))
    console.out(state.quorum(for: reviewed.id).summary)
    let byCategory = reviewed.evaluation.scale == .category
    while true {
      let answer = try ask(SessionAnswers.casePrompt(byCategory: byCategory))
      let words = answer.split(separator: " ").map { $0.lowercased() }
      let kind: MotionKind
      switch words.first.flatMap(SessionAnswers.caseWord) {
      case .confirm: kind = .confirm
      case .skip: return .skip
      case .attend:
        try askPresent(state, date: state.date ?? SessionRun.today())
        return .recorded
      case let change? where (change == .arrive || change == .leave) && words.count > 1:
        let ids = answer.split(separator: " ").dropFirst().map(String.init)
        try changeAttendance(change == .arrive, ids, in: state)
        return .recorded
      case .correct where byCategory && (2...3).contains(words.count):
        // 000 ¶55, 004 ¶18: a category 1–4, and the targets met 0–5 where they change.
        let met = words.count == 3 ? Int(words[2]) : nil
        guard let category = Int(words[1]).flatMap(TargetCategory.init(rawValue:)),
          words.count == 2 || met.map({ (0...TargetCategory.targets).contains($0) }) == true
        else {
          console.err(
            Phrase(
              kk: "Санатты 1–4 және, өзгерсе, орындалған НМИ санын 0–5 жазыңыз: 'correct 1 5'.",
              ru: "Напишите категорию 1–4 и, если оно меняется, число достигнутых ЦИ 0–5: "
                + "'correct 1 5'.",
              en: "Write the category 1–4 and, if they change, the targets met 0–5: "
                + "'correct 1 5'."))
          continue
        }
        kind = .correct(.category(category, kpiMet: met))
      case .correct where !byCategory && words.count == 2:
        guard let score = try? ScoreInput(text: words[1]) else {
          console.err(
            Phrase(
              kk: "'\(words[1])' — баға емес; оны 'correct 3.80' сияқты жазыңыз.",
              ru: "'\(words[1])' — не оценка; напишите так: 'correct 3.80'.",
              en: "'\(words[1])' is not a score; write it like 'correct 3.80'."))
          continue
        }
        kind = .correct(.score(score))
      default:
        console.err(SessionAnswers.caseHelp(byCategory: byCategory))
        continue
      }
      let proposer = try askProposer(reviewed, in: state)
      do {
        if let appended = try record({
          .propose(motion: $0.nextMotionID, caseID: reviewed.id, kind: kind, by: proposer)
        }),
          let motion = appended.after.motions.last
        {
          let lines = SessionText.proposed(
            motion, in: appended.after)
          for line in lines { console.out(line) }
          return .recorded
        }
      } catch {
        console.err(error.message(commands: Commands.all, in: console.language))
        throw EndOfInput()
      }
    }
  }

  private func askVote(_ motion: SessionMotion, in state: SessionState) throws(EndOfInput) {
    guard let member = state.awaiting(motion).first else {
      // Nobody left to ask (a member left the sitting): close the vote with the votes cast.
      try closeVote(motion)
      return
    }
    while true {
      let answer = try ask(
        SessionAnswers.votePrompt(
          motion.id, SessionText.proposal(motion.motion, in: state),
          SessionText.name(member, in: state)))
      let event: JournalEvent
      switch SessionAnswers.voteWord(answer.lowercased()) {
      case .vote(let choice)?: event = .vote(motion: motion.id, member: member, choice: choice)
      case .tally?:
        if motion.motion.votes.isEmpty,
          try !confirm(
            Phrase(
              kk:
                "\(motion.id) бойынша ешкім дауыс берген жоқ; дауыс беруді дауыссыз жабу керек пе?",
              ru: "По \(motion.id) никто не проголосовал; закрыть голосование без голосов?",
              en: "Nobody has voted on \(motion.id); close the vote with no votes?"))
        {
          continue
        }
        event = .tally(motion: motion.id)
      case nil:
        console.err(SessionAnswers.voteHelp)
        continue
      }
      do {
        guard let appended = try record({ _ in event }) else { continue }
        if case .vote(_, let member, let choice) = event {
          for line in SessionText.voted(
            member, choice, on: motion.id, in: appended.after)
          {
            console.out(line)
          }
        } else if let closed = appended.after.motion(motion.id) {
          let lines = SessionText.closed(
            closed, in: appended.after)
          for line in lines { console.out(line) }
        }
        return
      } catch {
        console.err(error.message(commands: Commands.all, in: console.language))
        throw EndOfInput()
      }
    }
  }

  /// Closes a vote nobody is left to answer; a failure stops the run rather than loop.
  private func closeVote(_ motion: SessionMotion) throws(EndOfInput) {
    do {
      if let appended = try record({ _ in .tally(motion: motion.id) }),
        let closed = appended.after.motion(motion.id)
      {
        let lines = SessionText.closed(
          closed, in: appended.after)
        for line in lines { console.out(line) }
        return
      }
    } catch {
      console.err(error.message(commands: Commands.all, in: console.language))
    }
    throw EndOfInput()
  }

  private enum Closing { case closed, reconsider }

  /// Closes the sitting with its conclusion; with cases undecided it asks first, and going back
  /// takes them up again.
  private func askConclusion(_ state: SessionState) throws(EndOfInput) -> Closing {
    console.out("")
    let undecided = state.undecidedCases.map(\.id).joined(separator: ", ")
    if !undecided.isEmpty {
      let question = Phrase(
        kk: "Шешілмегендер: \(undecided). Отырысты олар шешілмеген күйінде біржола жабу керек "
          + "пе? (Enter = жоқ, оларды қайта қарау)",
        ru: "Не решены: \(undecided). Окончательно закрыть заседание, оставив их нерешёнными? "
          + "(Enter = нет, вернуться к ним)",
        en: "Undecided: \(undecided). Close the sitting for good with them undecided? "
          + "(Enter = no, take them up again)")
      guard try confirm(question) else { return .reconsider }
    }
    let answer = try ask(
      Phrase(
        kk: "Қорытынды (жоқ болса — Enter), содан кейін отырыс жабылады:",
        ru: "Заключение (Enter — без заключения), затем заседание закрывается:",
        en: "Conclusion (Enter for none), then the sitting closes:"))
    do {
      if let appended = try record({ _ in .close(conclusion: answer.isEmpty ? nil : answer) }) {
        console.out(
          Phrase(
            kk: "Жабылды. Бұл бақылау белгісін қол қойылған хаттамаға жазыңыз:",
            ru: "Закрыто. Запишите эту контрольную отметку в подписанный протокол:",
            en: "Closed. Write this anchor on the signed protocol:"))
        console.out(appended.anchor.description)
      }
    } catch {
      console.err(error.message(commands: Commands.all, in: console.language))
      throw EndOfInput()
    }
    return .closed
  }

  /// Today in the local calendar, the default date of the sitting.
  static func today() -> Day {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? Day(ordinal: 0)
  }
}
