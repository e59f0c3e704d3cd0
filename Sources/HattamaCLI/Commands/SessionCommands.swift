import HattamaJournal
import HattamaKit

/// `hattama session open|attend|propose|vote|tally|close`: the secretary records a live
/// sitting, one synced journal event a command (SPEC, "Recording a sitting").
enum SessionCommands {
  static let journalArgument = ArgumentSpec(
    name: "journal",
    help: Phrase(
      kk: "Отырыстың журналы (J.jsonl).", ru: "Журнал заседания (J.jsonl).",
      en: "The sitting's journal (J.jsonl)."))

  /// `--json` on every command that records an event: {"journal", "event", "anchor", …}.
  static let jsonOption = OptionSpec.flag(
    "--json",
    help: Phrase(
      kk: "Жазылғанды бір JSON объектісі ретінде шығару (journal, event, anchor, …).",
      ru: "Вывести записанное одним объектом JSON (journal, event, anchor, …).",
      en: "Print what was recorded as one JSON object (journal, event, anchor, …)."))

  static let open = CommandSpec(
    path: ["session", "open"],
    abstract: Phrase(
      kk: "record/1 жобасынан отырыстың журналын бастау.",
      ru: "Начать журнал заседания по проекту record/1.",
      en: "Start a sitting's journal from a record/1 draft."),
    discussion: Phrase(
      kk: """
        Жобада құрам болуы керек, ал отырыс пен ұсыныстар болмауы керек. Журнал тек жаңа
        файл ретінде жасалады (бар файл немесе символдық сілтеме қабылданбайды), режимі 0600,
        және 1:HEX бақылау белгісі шығарылмас бұрын каталогымен бірге дискіге жазылады.
        1-жолда жоба, журнал форматы, хэш және кездейсоқ nonce бар, сондықтан басқа журналдың
        бірде-бір жолы оған сыймайды.
        """,
      ru: """
        В проекте должен быть состав и не должно быть заседания и предложений. Журнал
        создаётся только как новый файл (существующий файл или символическая ссылка не
        принимаются), с режимом 0600, и сбрасывается на диск вместе с каталогом до того, как
        выводится контрольная отметка 1:HEX. Строка 1 содержит проект, формат журнала, хэш и
        случайный nonce, поэтому ни одна строка другого журнала в него не подходит.
        """,
      en: """
        The draft needs a composition and no sitting or motions. The journal is created
        exclusively (an existing file or a symbolic link is refused), mode 0600, and synced with
        its directory before the anchor 1:HEX is printed. Line 1 carries the draft, the journal
        format, the hash and a random nonce, so no line of another journal fits in.
        """),
    arguments: [
      ArgumentSpec(
        name: "draft",
        help: Phrase(
          kk: "Құрамы бар hattama.record/1 жобасы.", ru: "Проект hattama.record/1 с составом.",
          en: "A hattama.record/1 draft with a composition."))
    ],
    options: [
      .value(
        "--journal", "file",
        help: Phrase(
          kk: "Жасалатын журнал (J.jsonl).", ru: "Создаваемый журнал (J.jsonl).",
          en: "The journal to create (J.jsonl)."), required: true),
      Inputs.methodologyOption, jsonOption,
    ],
    run: { invocation throws(CLIError) in try runOpen(invocation) })

  static let attend = CommandSpec(
    path: ["session", "attend"],
    abstract: Phrase(
      kk: "Отырыстың күнін және кім қатысып отырғанын тіркеу.",
      ru: "Записать дату заседания и присутствующих.",
      en: "Record the sitting's date and who is present."),
    discussion: Phrase(
      kk: """
        Біреу кешігіп келгенде немесе кеткенде сол күнмен қайталаңыз: --present бүкіл тізімді
        қайта береді, --arrive және --leave соңғы тізімді өзгертеді. Соңғы тізім одан кейін
        дауысқа қойылған ұсыныстарға қолданылады (ұсыныс дауысқа қойылған кездегі тізім
        бойынша есептеледі, сондықтан ашық ұсыныс бар кезде қатысу өзгермейді), ал жазбаның
        'sitting.present' өрісі — кез келген сәтте қатысқандардың бәрі. Кворумды шығарады
        ("қатысады: 5 (құрамы 7); кворум 5: бар").
        """,
      ru: """
        Повторите при опоздании или уходе, с той же датой: --present задаёт весь список
        заново, --arrive и --leave меняют последний. Последний список действует для
        предложений, поставленных на голосование после него (предложение считается по списку,
        с которым оно поставлено на голосование, поэтому пока оно открыто, явку изменить
        нельзя), а 'sitting.present' записи — все, кто присутствовал в любой момент. Выводит
        кворум ("присутствуют: 5 из 7; кворум 5: есть").
        """,
      en: """
        Repeat it when someone arrives late or leaves, with the same date: --present gives the
        whole list anew, --arrive and --leave change the last one. The latest list applies to
        motions put to the vote after it (a motion is counted on the roll it was put to the vote
        with, so attendance cannot change while one is open), and the record's 'sitting.present'
        is everyone who attended at any point. Prints the quorum ("present 5 of 7; quorum 5:
        met").
        """),
    arguments: [journalArgument],
    options: [
      .value(
        "--date", "date",
        help: Phrase(
          kk: "Отырыстың күні, ЖЖЖЖ-АА-КК.", ru: "Дата заседания, ГГГГ-ММ-ДД.",
          en: "The sitting's date, YYYY-MM-DD."), required: true),
      .values(
        "--present", "id",
        help: Phrase(
          kk: "Қазір қатысып отырғандардың бәрі: мүшелер, хатшы, шақырылғандар.",
          ru: "Все присутствующие сейчас: члены, секретарь, приглашённые.",
          en: "Everyone present now: members, secretary, guests.")),
      .values(
        "--arrive", "id",
        help: Phrase(
          kk: "Соңғы тізімнен кейін келгендер.", ru: "Кто пришёл после последнего списка.",
          en: "Who has come since the last attendance.")),
      .values(
        "--leave", "id",
        help: Phrase(
          kk: "Соңғы тізімнен кейін кеткендер.", ru: "Кто ушёл после последнего списка.",
          en: "Who has left since the last attendance.")),
      Inputs.methodologyOption, jsonOption,
    ],
    run: { invocation throws(CLIError) in try runAttend(invocation) })

  static let propose = CommandSpec(
    path: ["session", "propose"],
    abstract: Phrase(
      kk: "Іс бойынша ұсынысты дауысқа қою; алдымен оның идентификаторын шығарады.",
      ru: "Поставить предложение по делу на голосование; сначала выводит его идентификатор.",
      en: "Put a motion on a case to the vote; prints its id first."),
    discussion: Phrase(
      kk: """
        --confirm бағалаушы адамның нәтижесін қолдайды; --correct басқа бағаны қояды, жоғары
        не төмен (002 ¶23). Санат бойынша бағаланатын іс (НМИ бойынша жылдық бағалау, 000 ¶55,
        004 ¶18) оның орнына --category N (1–4) арқылы түзетіледі, ал орындалған НМИ саны да
        өзгерсе, --kpi-met K (0–5) қосылады. Кворум жоқ кезде, шешілген іс бойынша немесе сол
        іс бойынша басқа ұсыныс ашық кезде қабылданбайды. Шығыстың бірінші жолы — жаңа
        ұсыныстың идентификаторы ғана. Шығу коды: 0 жазылды; 1 қабылданбады, ештеңе
        жазылмады; 2 қате енгізу немесе жазу сәтсіз, ештеңе жазылмады — не ұсыныс жазылды,
        бірақ шығыс жазылмады, бұл туралы stderr айтады ("recorded as event N"); сонда
        'session status' оны көрсетеді.
        """,
      ru: """
        --confirm поддерживает результат оценивающего лица; --correct ставит другую оценку,
        выше или ниже (002 ¶23). Дело, оцениваемое по категории (годовая оценка по ЦИ, 000 ¶55,
        004 ¶18), корректируется вместо этого через --category N (1–4) и --kpi-met K (0–5),
        если меняется и число достигнутых ЦИ. Не принимается без кворума, по решённому делу или
        пока открыто другое предложение по делу. Первая строка вывода — только идентификатор
        нового предложения. Код выхода: 0 записано; 1 отказано, ничего не записано; 2 неверный
        ввод или сбой записи, ничего не записано — или предложение записано, но вывод не удалось
        записать, о чём сообщает stderr ("recorded as event N"); тогда его показывает
        'session status'.
        """,
      en: """
        --confirm keeps the evaluator's result; --correct sets another score, up or down
        (002 ¶23). A case graded by category (an annual evaluation by targets, 000 ¶55, 004 ¶18)
        is corrected with --category N (1–4) instead, and --kpi-met K (0–5) where the number of
        targets met changes too. Refused without quorum, on a decided case, or while another
        motion on the case is open. The first line of output is the new motion's id alone. Exit
        status: 0 recorded; 1 refused, nothing recorded; 2 bad input or a failed write, nothing
        recorded — or the motion was recorded but the output could not be written, which stderr
        says ("recorded as event N"); 'session status' then shows it.
        """),
    arguments: [journalArgument],
    options: [
      .value(
        "--case", "id", help: Phrase(kk: "Іс.", ru: "Дело.", en: "The case."), required: true),
      .flag(
        "--confirm",
        help: Phrase(
          kk: "Бағалаушы адамның бағасын қолдау.", ru: "Поддержать оценку оценивающего лица.",
          en: "Keep the evaluator's score.")),
      .value(
        "--correct", "score",
        help: Phrase(
          kk: "Осы бағаны қою (0.00–5.00, ең көбі екі ондық таңба).",
          ru: "Поставить эту оценку (0.00–5.00, не более двух знаков после точки).",
          en: "Set this score (0.00–5.00, two decimals at most).")),
      .value(
        "--category", "n",
        help: Phrase(
          kk: "Санат бойынша бағаланатын іске осы санатты (1–4) қою.",
          ru: "Присвоить эту категорию (1–4) делу, оцениваемому по категории.",
          en: "Set this category (1–4) on a case graded by category.")),
      .value(
        "--kpi-met", "k",
        help: Phrase(
          kk: "--category-мен бірге: орындалған НМИ (0–5).",
          ru: "Вместе с --category: достигнутые ЦИ (0–5).",
          en: "With --category: the targets met (0–5).")),
      .value(
        "--by", "id",
        help: Phrase(
          kk: "Ұсынысты кім енгізеді.", ru: "Кто вносит предложение.", en: "Who proposes it.")),
      Inputs.methodologyOption, jsonOption,
    ],
    run: { invocation throws(CLIError) in try runPropose(invocation) })

  static let vote = CommandSpec(
    path: ["session", "vote"],
    abstract: Phrase(
      kk: "Бір мүшенің ұсыныс бойынша ашық дауысын тіркеу.",
      ru: "Записать открытый голос одного члена по предложению.",
      en: "Record one member's open vote on a motion."),
    discussion: Phrase(
      kk: """
        Құрам мүшесі емес адамның, хатшының, қатыспаған немесе дауыс бермейтін мүшенің
        дауысы, қайталанған дауыс немесе кворумсыз дауыс қабылданбайды. Қатысып отырған, дауыс
        бере алатын әр мүше дауыс бергенде ұсыныс жабылады және дауыс беру қорытындысы мен
        шешімі шығарылады, дауыс саны тең болғанда шешуші болған төрағаның дауысымен бірге.
        """,
      ru: """
        Не принимается голос не члена состава, секретаря, отсутствующего или не голосующего по
        делу члена, повторный голос или голос без кворума. Когда проголосуют все
        присутствующие члены, имеющие право голоса, предложение закрывается и выводятся итоги
        голосования и решение, с решающим голосом председателя, если он разрешил равенство.
        """,
      en: """
        Refused for a non-member, the secretary, an absent or recused member, a second vote, or
        without quorum. When every present, eligible member has voted the motion closes and its
        tally and result are printed, with the chair's casting vote where it decided a tie.
        """),
    arguments: [journalArgument],
    options: [
      .value(
        "--motion", "id", help: Phrase(kk: "Ұсыныс.", ru: "Предложение.", en: "The motion."),
        required: true),
      .value(
        "--member", "id",
        help: Phrase(kk: "Дауыс беретін мүше.", ru: "Голосующий член.", en: "The member voting."),
        required: true),
      .flag("--for", help: Phrase(kk: "Жақтап.", ru: "За.", en: "In favour.")),
      .flag("--against", help: Phrase(kk: "Қарсы.", ru: "Против.", en: "Against.")),
      .flag("--abstain", help: Phrase(kk: "Қалыс қалды.", ru: "Воздержался.", en: "Abstaining.")),
      Inputs.methodologyOption, jsonOption,
    ],
    run: { invocation throws(CLIError) in try runVote(invocation) })

  static let tally = CommandSpec(
    path: ["session", "tally"],
    abstract: Phrase(
      kk: "Ұсыныс бойынша дауыс беруді мерзімінен бұрын жауып, шешімін шығару.",
      ru: "Досрочно закрыть голосование по предложению и вывести его результат.",
      en: "Close a motion's vote early and print its result."),
    arguments: [journalArgument],
    options: [
      .value(
        "--motion", "id", help: Phrase(kk: "Ұсыныс.", ru: "Предложение.", en: "The motion."),
        required: true),
      Inputs.methodologyOption, jsonOption,
    ],
    run: { invocation throws(CLIError) in try runTally(invocation) })

  static let close = CommandSpec(
    path: ["session", "close"],
    abstract: Phrase(
      kk: "Отырысты жабу; шығарылған соңғы жол — журналдың N:HEX бақылау белгісі.",
      ru: "Закрыть заседание; последняя выведенная строка — контрольная отметка журнала N:HEX.",
      en: "Close the sitting; the last line printed is the journal's anchor N:HEX."),
    discussion: Phrase(
      kk: """
        Одан кейін ештеңе жазылмайды. Бақылау белгісін қол қойылған хаттамаға жазыңыз: сонда
        'hattama verify J --expect N:HEX' файлдың қол қойылған файл екенін дәлелдейді. Шығыс
        жазылмаса (стандартты шығыс жабық, толы немесе оны ешкім оқымайтын арна), отырыс бәрібір
        жабылады: stderr "recorded as event N (anchor N:HEX)" дейді, шығу коды 2, ал
        'hattama session status J' бақылау белгісін кез келген уақытта шығарады.
        """,
      ru: """
        После него ничего записать нельзя. Запишите контрольную отметку в подписанный
        протокол: тогда 'hattama verify J --expect N:HEX' доказывает, что файл — тот самый,
        что подписан. Если вывод не удалось записать (стандартный вывод закрыт, переполнен или
        это канал, который никто не читает), заседание всё равно закрыто: stderr сообщает
        "recorded as event N (anchor N:HEX)", код выхода 2, а 'hattama session status J'
        выводит отметку в любое время.
        """,
      en: """
        Nothing can be recorded after it. Write the anchor on the signed protocol: 'hattama
        verify J --expect N:HEX' then proves the file is the one signed. If the output cannot be
        written (standard output closed, full or a pipe nobody reads), the sitting is closed all
        the same: stderr says "recorded as event N (anchor N:HEX)", the exit status is 2, and
        'hattama session status J' prints the anchor at any time.
        """),
    arguments: [journalArgument],
    options: [
      .value(
        "--conclusion", "text",
        help: Phrase(
          kk: "Комиссияның қорытындысы.", ru: "Заключение комиссии.",
          en: "The commission's conclusion.")),
      Inputs.methodologyOption, jsonOption,
    ],
    run: { invocation throws(CLIError) in try runClose(invocation) })

  private static func runOpen(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let draftPath = try invocation.required("draft")
    let journalPath = invocation.value("--journal") ?? ""
    let bytes = try Files.read(draftPath)
    let draft: JournalDraft
    let record: Record
    do {
      draft = try JournalDraft(json: bytes)
    } catch {
      throw .input(file: draftPath, message: error.message)
    }
    do {
      record = try draft.record()
    } catch {
      throw .input(file: draftPath, message: error.phrase)
    }
    let governing = try Inputs.governing(record, file: draftPath, invocation)
    let state: SessionState
    do {
      state = try SessionState(draft: record, rules: governing.rules)
    } catch {
      throw .input(file: draftPath, message: error.advised.map { $0 + "." })
    }
    try refuseUnlawful(record, under: governing.methodology, file: draftPath, invocation.console)
    var generator = SystemRandomNumberGenerator()
    let random = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    // 16 bytes always make a nonce.
    guard let nonce = JournalNonce(bytes: random) else {
      preconditionFailure("nonce of 16 bytes")  // l10n: ignore
    }
    let anchor: JournalAnchor
    do {
      let created = try JournalFile(path: journalPath).create(
        nonce: nonce, draft: draft, methodology: JournalMethodology(governing.methodology))
      anchor = created.anchor
      if let movedAside = created.movedAside {
        invocation.console.err(
          Phrase(
            kk: "Ескертпе: '\(journalPath)' файлында бірде-бір толық жол болмады (бұрынғы "
              + "'session open' аяқталмаған); оның байттары '\(movedAside)' файлына көшірілді.",
            ru: "Примечание: в '\(journalPath)' не было ни одной полной строки (прежний "
              + "'session open' не завершился); его байты перенесены в '\(movedAside)'.",
            en: "Note: '\(journalPath)' held no complete line (an earlier 'session open' that "
              + "never finished); its bytes were moved to '\(movedAside)'."))
      }
    } catch {
      throw .badInput(message: error.advised)
    }
    let console = invocation.console
    console.health.recorded(RecordedEvent(journal: journalPath, anchor: anchor))
    if invocation.flag("--json") {
      console.out(
        SessionEventJSON.event(
          journal: journalPath, anchor: anchor, SessionEventJSON.opened(state)))
      return .success
    }
    let body = SessionText.body(record)
    let cases = Phrase.counted(
      record.cases.count, kk: "іс", ru: ("дело", "дела", "дел"), en: ("case", "cases"))
    let voting = state.composition.members.count
    let members = Phrase.counted(
      voting, kk: "дауыс беретін мүше",
      ru: ("голосующий член", "голосующих члена", "голосующих членов"),
      en: ("member", "members"))
    console.out(
      Phrase(
        kk: "'\(journalPath)' ашылды: \(body.kk), \(cases.kk), \(members.kk).",
        ru: "Открыт '\(journalPath)': \(body.ru), \(cases.ru), \(members.ru).",
        en: "Opened '\(journalPath)': \(body.en), \(cases.en), \(voting) voting "
          + "\(voting == 1 ? "member" : "members")."))
    let next = [
      "hattama", "session", "attend", journalPath, "--date", "YYYY-MM-DD", "--present", "ID", "...",
    ].joined(separator: " ")
    console.out(Phrase(kk: "Келесі қадам: \(next)", ru: "Далее: \(next)", en: "Next: \(next)"))
    console.out(anchor.description)
    return .success
  }

  /// Refuses a draft that breaks a rule of its methodology as a violation — its composition,
  /// its scores — listing every finding as `roster check` does; prints the warnings (SPEC,
  /// "Recording a sitting": the live recorder refuses only what would be a violation).
  private static func refuseUnlawful(
    _ record: Record, under methodology: Methodology, file: String, _ console: Console
  ) throws(CLIError) {
    // A planned sitting has not been held: nothing in it is yet to be decided or attended.
    var draft = record
    if draft.sitting?.isPlanned == true { draft.sitting = nil }
    let findings = Audit.findings(for: draft, methodology: methodology)
    let violations = findings.filter { $0.severity == .violation }
    guard violations.isEmpty else {
      console.err(FindingReport(files: [.init(file: file, findings: findings)]).text(in: console.language))
      let (id, check) = (methodology.id, "'hattama roster check \(file)'")  // l10n: ignore
      let rules = violations.count == 1 ? "a rule" : "\(violations.count) rules"
      throw .refused(
        message: Phrase(
          kk: "Жоба '\(id)' әдістемесінің ережелерін бұзады (бұзушылық: \(violations.count)), "
            + "сондықтан журнал жасалмады; жобаны түзетіп (\(check) қараңыз), қайта ашыңыз.",
          ru: "Проект нарушает правила методики '\(id)' (нарушений: \(violations.count)), "
            + "поэтому журнал не создан; исправьте проект (см. \(check)) и откройте его снова.",
          en: "The draft breaks \(rules) of the methodology '\(id)', so no journal was created; "
            + "correct the draft (see \(check)) and open it again."))
    }
    for warning in findings {
      var line = ConsoleText(
        console.text(Phrase(kk: "Ескерту", ru: "Предупреждение", en: "Warning")), .warning)
      line.append(": \(warning.code.rawValue) (\(console.text(warning.clause.phrase))): ")
      line.append(console.text(warning.message))
      console.err(line)
    }
  }

  private static func runAttend(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let journal = try SessionJournal(invocation)
    guard let date = try invocation.day("--date") else {
      throw .usage(.missingOption("--date <date>"), command: invocation.command.path)
    }
    let change = try AttendanceChange(invocation)
    let appended = try journal.append { state throws(CLIError) in
      .attend(date: date, present: try change.present(after: state, journal: journal.path))
    }
    let state = appended.after
    if invocation.flag("--json") {
      journal.console.out(
        SessionEventJSON.event(
          journal: journal.path, anchor: appended.anchor, SessionEventJSON.attended(state)))
      return .success
    }
    let present = SessionText.names(state.present, in: state)
    journal.console.out(
      Phrase(
        kk: "Отырыс, \(date): қатысып отыр: \(present.kk).",
        ru: "Заседание \(date): присутствуют: \(present.ru).",
        en: "Sitting of \(date): present \(present.en)."))
    journal.console.out(state.quorum().summary)
    return .success
  }

  private static func runPropose(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let journal = try SessionJournal(invocation)
    let caseID = invocation.value("--case") ?? ""
    let kind: MotionKind
    switch try invocation.exactlyOne(of: ["--confirm", "--correct", "--category"]) {
    case "--confirm":
      guard invocation.value("--kpi-met") == nil else {
        throw .usage(.needsExactlyOne(["--category"]), command: invocation.command.path)
      }
      kind = .confirm
    case "--category":
      // `exactlyOne` found `--category`, and `integer` checked its range.
      guard let number = try invocation.integer("--category", in: 1...4),
        let category = TargetCategory(rawValue: number)
      else { return .badInput }
      let kpiMet = try invocation.integer("--kpi-met", in: 0...TargetCategory.targets)
      kind = .correct(.category(category, kpiMet: kpiMet))
    default:
      guard invocation.value("--kpi-met") == nil else {
        throw .usage(.needsExactlyOne(["--category"]), command: invocation.command.path)
      }
      let text = invocation.value("--correct") ?? ""
      do {
        kind = .correct(.score(try ScoreInput(text: text)))
      } catch {
        throw .usage(
          .invalidValue(
            option: "--correct", value: text,
            expected: Phrase(
              kk: "'3.80' сияқты баға", ru: "оценка вида '3.80'", en: "a score such as '3.80'")),
          command: invocation.command.path)
      }
    }
    let by = invocation.value("--by")
    let appended = try journal.append { state throws(CLIError) in
      .propose(motion: state.nextMotionID, caseID: caseID, kind: kind, by: by)
    }
    guard let motion = appended.after.motions.last else { return .success }
    if invocation.flag("--json") {
      journal.console.out(
        SessionEventJSON.event(
          journal: journal.path, anchor: appended.anchor,
          SessionEventJSON.motion(motion, in: appended.after)))
      // The lines between the motion and who may vote are its warnings: stderr, as text.
      let lines = SessionText.proposed(motion, in: appended.after)
      for warning in lines.dropFirst().dropLast() { journal.console.err(warning) }
      return .success
    }
    journal.console.out(motion.id)
    for line in SessionText.proposed(motion, in: appended.after) { journal.console.out(line) }
    return .success
  }

  private static func runVote(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let journal = try SessionJournal(invocation)
    let motionID = invocation.value("--motion") ?? ""
    let member = invocation.value("--member") ?? ""
    let choice: VoteChoice
    switch try invocation.exactlyOne(of: ["--for", "--against", "--abstain"]) {
    case "--for": choice = .for
    case "--against": choice = .against
    default: choice = .abstain
    }
    let appended = try journal.append { _ throws(CLIError) in
      .vote(motion: motionID, member: member, choice: choice)
    }
    if invocation.flag("--json"), let motion = appended.after.motion(motionID) {
      journal.console.out(
        SessionEventJSON.event(
          journal: journal.path, anchor: appended.anchor,
          SessionEventJSON.motion(
            motion, in: appended.after, vote: Vote(member: member, choice: choice))))
      return .success
    }
    for line in SessionText.voted(member, choice, on: motionID, in: appended.after) {
      journal.console.out(line)
    }
    return .success
  }

  private static func runTally(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let journal = try SessionJournal(invocation)
    let motionID = invocation.value("--motion") ?? ""
    let appended = try journal.append { _ throws(CLIError) in .tally(motion: motionID) }
    guard let motion = appended.after.motion(motionID) else { return .success }
    if invocation.flag("--json") {
      journal.console.out(
        SessionEventJSON.event(
          journal: journal.path, anchor: appended.anchor,
          SessionEventJSON.motion(motion, in: appended.after)))
      return .success
    }
    for line in SessionText.closed(motion, in: appended.after) { journal.console.out(line) }
    return .success
  }

  private static func runClose(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let journal = try SessionJournal(invocation)
    let conclusion = invocation.value("--conclusion")
    let appended = try journal.append { _ throws(CLIError) in .close(conclusion: conclusion) }
    let state = appended.after
    if invocation.flag("--json") {
      journal.console.out(
        SessionEventJSON.event(
          journal: journal.path, anchor: appended.anchor, SessionEventJSON.closed(state)))
      return .success
    }
    let decided = state.draft.cases.count - state.undecidedCases.count
    let total = state.draft.cases.count
    let undecided = state.undecidedCases.map(\.id).joined(separator: ", ")
    journal.console.out(
      Phrase(
        kk: "Отырыс жабылды: шешілген істер: \(decided) / \(total)",
        ru: "Заседание закрыто: решено дел: \(decided) из \(total)",
        en: "Closed the sitting: \(decided) of \(total) cases decided")
        + (undecided.isEmpty
          ? Phrase(verbatim: ".")
          : Phrase(
            kk: "; шешілмегендер: \(undecided).", ru: "; не решены: \(undecided).",
            en: "; undecided: \(undecided).")))
    let verify = "'hattama verify \(journal.path) --expect ANCHOR'"  // l10n: ignore
    journal.console.out(
      Phrase(
        kk: "Бұл бақылау белгісін қол қойылған хаттамаға жазыңыз; \(verify) файлды онымен "
          + "салыстырып тексереді:",
        ru: "Запишите эту контрольную отметку в подписанный протокол; \(verify) сверяет с ней "
          + "файл:",
        en: "Write this anchor on the signed protocol; \(verify) checks the file against it:"))
    journal.console.out(appended.anchor.description)
    return .success
  }
}
