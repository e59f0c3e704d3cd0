import HattamaKit

/// `hattama roster plan WAVE.json`: sittings and rosters for a whole wave of applications.
enum RosterPlanCommand {
  static let spec = CommandSpec(
    path: ["roster", "plan"],
    abstract: Phrase(
      kk: "Өтініштердің тұтас толқыны үшін отырыстар мен құрамдарды жоспарлайды.",
      ru: "Планирует заседания и составы для целой волны заявлений.",
      en: "Plan the sittings and rosters for a whole wave of applications."),
    discussion: Phrase(
      kk: """
        WAVE.json — 'candidates' (кандидаттар) және көп 'cases' бар record/1 жобасы, әр істе
        'appliedOn' бар. Әр іс әдістеме қолданыста болған кезде өтініштен бастап өз мерзімі
        ішіндегі (002 ¶21, 000 ¶45: 10 жұмыс күні ішінде) жұмыс күнінде өтетін отырысқа
        орналастырылады; отырыстың құрамы ол қарайтын әр өтініштен бастап 3 жұмыс күні ішінде
        жұмыс күнінде бекітіледі (002 ¶20, 000 ¶44; жобадағы 'approvedOn'); 'roster check'
        құрамнан ештеңе таппайды (ұқсастық бойынша алынған ережелер де сақталады, сондықтан
        ескерту де болмайды), және ешкім өзі қызметшісі немесе бағалаушысы болған істі
        қарамайды. Жоспарда отырыстар барынша аз, ал солардың ішінде мүшелердің жүктемесі
        (мүше немесе хатшы ретінде қатысқан отырыстар) кандидаттар мүмкіндік бергенше тең
        болады. 8 іске дейін барлық топтастыру тексеріледі; үлкенірек толқын әр мерзімнің
        соңғы күні бойынша топталады. Әр отырыс — құрамы, 'sitting.date' және істері бар жоба;
        оны 'session open' сол күйінде қабылдайды (жоспарланған отырыс: әзірге ешкім жоқ).

        Шығу коды: әр іс орналастырылса 0; кейбірі орналастырылмаса 1 (әрқайсысы себебімен
        көрсетіледі, қалғандары жоспарланады); файл оқылмаса 2.
        """,
      ru: """
        WAVE.json — проект record/1 с 'candidates' (кандидаты) и множеством 'cases', у каждого
        из которых есть 'appliedOn'. Каждое дело назначается на заседание в рабочий день в
        пределах его срока от заявления (002 ¶21, 000 ¶45: в течение 10 рабочих дней), пока
        методика действует, после утверждения состава в рабочий день в течение 3 рабочих дней
        от каждого заявления, которое оно рассматривает (002 ¶20, 000 ¶44; 'approvedOn'
        проекта); 'roster check' не находит в составе ничего (правила, взятые по аналогии, тоже
        соблюдаются, поэтому нет даже предупреждения), и никто не рассматривает дело, в
        котором он служащий или оценивающее лицо. В плане как можно меньше заседаний, а среди
        таких планов нагрузка членов (заседания в качестве члена или секретаря) настолько
        ровная, насколько позволяют кандидаты. До 8 дел перебираются все группировки; более
        крупная волна группируется по последнему дню каждого срока. Каждое заседание — проект с
        составом, 'sitting.date' и делами, который 'session open' принимает как есть
        (запланированное заседание: пока никто не присутствует).

        Код возврата: 0, если назначены все дела; 1, если некоторые назначить нельзя (каждое
        приводится с причиной, остальные планируются); 2, если файл не удалось прочитать.
        """,
      en: """
        WAVE.json is a record/1 draft with 'candidates' (the pool) and many 'cases', each with its
        'appliedOn'. Each case is placed in a sitting held on a working day within its period from
        the application (002 ¶21, 000 ¶45: within 10 working days) while the methodology is in
        force, after its composition is approved on a working day within 3 working days of every
        application it hears (002 ¶20, 000 ¶44; the draft's 'approvedOn'); 'roster check'
        finds nothing in the composition (rules taken by analogy are kept too, so not even a
        warning), and nobody sits on a case whose employee or evaluator they are. The plan has
        as few sittings as possible and, among those, the members' load (sittings sat, as a
        member or the secretary) as even as the pool allows. Up to 8 cases every grouping is
        tried; a larger wave is grouped by the last day of each period. Each sitting is a draft
        with a composition, 'sitting.date' and its cases, which 'session open' takes as it is (a
        planned sitting: nobody present yet).

        Exit status: 0 when every case is placed; 1 when some cannot be (each is listed with the
        reason, and the others are planned); 2 when the file cannot be read.
        """),
    arguments: [ArgumentSpec(name: "wave", help: RosterWords.draftWithCandidates)],
    options: [
      .flag(
        "--json",
        help: Phrase(
          kk: "{\"sittings\": [record/1 жобалары]} шығарады (орналастырылмағандар болса, "
            + "\"unplaced\" те).",
          ru: "Выводит {\"sittings\": [проекты record/1]} (и \"unplaced\", если они есть).",
          en: "Print {\"sittings\": [record/1 drafts]} (and \"unplaced\" when any).")),
      Inputs.methodologyOption, CalendarCommand.calendarOption,
    ],
    run: { invocation throws(CLIError) in try run(invocation) })

  private static func run(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let path = try invocation.required("wave")
    let wave = try Inputs.record(path)
    guard wave.candidates != nil else {
      throw .input(
        file: path, message: RosterWords.noCandidates)
    }
    if let missing = wave.cases.firstIndex(where: { $0.appliedOn == nil }) {
      let item = "cases[\(missing)] ('\(wave.cases[missing].id)')"
      throw .input(
        file: path,
        message: Phrase(
          kk: "\(item) ісінде 'appliedOn' жоқ; оның отырысының мерзімі өтініштен басталады.",
          ru: "у \(item) нет 'appliedOn'; срок его заседания отсчитывается от заявления.",
          en: "\(item) has no 'appliedOn'; the period of its sitting runs from the application."))
    }
    let governing = try Inputs.governing(wave, file: path, invocation)
    let plan = WavePlanner(
      wave: wave, rules: governing.rules, methodology: governing.methodology,
      calendar: try CalendarCommand.calendar(invocation)
    ).plan()
    if invocation.flag("--json") {
      invocation.console.out(JSONWriter().string(for: plan.jsonValue))
    } else {
      print(plan, invocation.console)
    }
    return plan.unplaced.isEmpty ? .success : .failure
  }

  private static func print(_ plan: WavePlan, _ console: Console) {
    console.out(headline(plan))
    for (number, record) in plan.sittings.enumerated() {
      guard let composition = record.composition, let date = record.sitting?.date else { continue }
      let cases = record.cases.map(\.id).joined(separator: ", ")
      console.out("")
      console.out(
        Phrase(
          kk: "Отырыс № \(number + 1), \(date): істер \(cases)",
          ru: "Заседание № \(number + 1), \(date): дела \(cases)",
          en: "Sitting \(number + 1) on \(date): cases \(cases)"))
      let people = composition.members + [composition.secretary].compactMap { $0 }
      let rows = people.map { id in
        [
          console.text(RosterWords.role(of: id, in: composition)), id,
          VisibleText.inline(record.person(id)?.name.text(in: console.language) ?? id),
        ]
      }
      console.out(TextTable.render(header: RosterWords.header.map(console.text), rows: rows))
    }
    if !plan.loads.isEmpty {
      let (people, most) = (plan.loads.count, plan.loadScore.greatest)
      console.out("")
      console.out(
        Phrase(
          kk: "Жүктеме: \(people) адам қатысады; бір адамның ең көп отырысы — \(most).",
          ru: "Нагрузка: участвуют \(people) чел.; наибольшее число заседаний у одного — \(most).",
          en: "Load: \(people) people sit; the most sittings for one person is \(most)."))
    }
    if !plan.unplaced.isEmpty {
      console.out("")
      console.out(
        Phrase(kk: "Орналастыру мүмкін емес:", ru: "Не удалось назначить:", en: "Cannot be placed:")
      )
      for item in plan.unplaced { console.out("  \(item.caseID): \(item.reason).") }
    }
    console.out("")
    console.out(
      Phrase(
        kk: "Отырыстарды record/1 жобалары ретінде --json шығарады; әрқайсысын "
          + "'hattama roster check' қабылдайды.",
        ru: "Заседания в виде проектов record/1 выводит --json; каждый принимает "
          + "'hattama roster check'.",
        en: "Print the sittings as record/1 drafts with --json; 'hattama roster check' accepts "
          + "each."))
  }

  /// How many cases in how many sittings, and how the grouping was found.
  private static func headline(_ plan: WavePlan) -> Phrase {
    let cases = plan.sittings.reduce(0) { $0 + $1.cases.count }
    let sittings = plan.sittings.count
    let count = Phrase(
      kk: "\(cases) іс \(sittings) отырысқа жоспарланды",
      ru: "Запланировано дел: \(cases), заседаний: \(sittings)",
      en: "Planned \(cases) case\(cases == 1 ? "" : "s") in \(sittings) "
        + "sitting\(sittings == 1 ? "" : "s")")
    let bound = plan.periodBound
    let how =
      plan.isExact
      ? Phrase(
        kk: " (барлық топтастыру тексерілді).", ru: " (перебраны все группировки).",
        en: " (every grouping tried).")
      : sittings == bound
        ? Phrase(
          kk: " (мерзімдер рұқсат ететін ең аз сан).",
          ru: " (наименьшее число, которое допускают сроки).",
          en: " (the fewest the periods allow).")
        : Phrase(
          kk: " (әр мерзімнің соңғы күні бойынша топталды; мерзімдердің өзіне \(bound) отырыс "
            + "керек).",
          ru: " (сгруппировано по последнему дню каждого срока; самим срокам нужно заседаний: "
            + "\(bound)).",
          en: " (grouped by the last day of each period; the periods alone need \(bound)).")
    return count + how
  }
}
