import Foundation
import HattamaKit

/// `hattama deadlines`: every period of a methodology for given dates, and whether they met it.
enum DeadlinesCommand {
  static let spec = CommandSpec(
    path: ["deadlines"],
    abstract: Phrase(
      kk: "Әр мерзімнің соңғы күнін, берілген күннің оған сай келгенін және өткізілген күндерді "
        + "шығарады.",
      ru: "Выводит крайний день каждого срока, уложилась ли в него указанная дата, и пропущенные "
        + "дни.",
      en: "Print each period's due date, whether the given date met it, and the days skipped."),
    discussion: Phrase(
      kk: """
        Мерзімдер жұмыс күндерімен есептеледі; оқиғаның өз күні есептелмейді. Басталатын күні
        берілмеген мерзімнің соңғы күні көрсетілмейді; аяқталатын күні берілмеген мерзімнің тек
        соңғы күні көрсетіледі. Шығу коды: берілген әр күн мерзіміне сай болса 0, біреуі сай
        болмаса 1, кіріс қате болса 2.
        """,
      ru: """
        Сроки считаются в рабочих днях; день самого события не считается. Для срока без даты
        начала крайний день не выводится; для срока без даты окончания выводится только
        крайний день. Код возврата: 0, если каждая указанная дата уложилась в свой срок, 1,
        если какая-то не уложилась, 2 при неверных входных данных.
        """,
      en: """
        Periods count working days; the day of the event itself does not count. A period whose
        starting date is not given shows no due date; one whose closing date is not given shows
        its due date only. Exit status: 0 when every given date met its period, 1 when one missed
        it, 2 on bad input.
        """),
    options: [
      .value(
        "--methodology", "id",
        help: Phrase(
          kk: "Кіріктірілген әдістеме: \(builtInIDs).", ru: "Встроенная методика: \(builtInIDs).",
          en: "A built-in methodology: \(builtInIDs).")),
      Inputs.methodologyOption,
      .value(
        "--familiarized", "date",
        help: Phrase(
          kk: "Қызметші нәтижемен таныстырылды (комиссияда — қорытынды нәтижемен).",
          ru: "Служащий ознакомлен с результатом (у комиссии — с итоговым результатом).",
          en: "The employee was familiarised with the result (a commission's: its final result)."),
        required: true),
      .value(
        "--applied", "date",
        help: Phrase(
          kk: "Калибрлеу сессиясын өткізу туралы өтініш қабылданды.",
          ru: "Получено заявление о проведении калибровочной сессии.",
          en: "The application for a calibration session was received.")),
      .value(
        "--decided", "date",
        help: Phrase(
          kk: "Уәкілетті лауазымды тұлға сессияны өткізу туралы шешім қабылдап, құрамын бекітті.",
          ru: "Уполномоченное должностное лицо решило провести сессию и утвердило её состав.",
          en: "The official decided to hold the session and approved its composition.")),
      .value(
        "--notice", "date",
        help: Phrase(
          kk: "Бағалаушы адамдарға отырыс туралы хабарланды.",
          ru: "Оценивающие лица уведомлены о заседании.",
          en: "The evaluators were notified of the sitting.")),
      .value(
        "--sitting", "date",
        help: Phrase(
          kk: "Отырыс (комиссияның шешімі).", ru: "Заседание (решение комиссии).",
          en: "The sitting (a commission's decision).")),
      .value(
        "--signed", "date",
        help: Phrase(
          kk: "Хаттамаға қол қойылды.", ru: "Протокол подписан.", en: "The protocol was signed.")),
      .value(
        "--approved", "date",
        help: Phrase(
          kk: "Уәкілетті тұлға комиссияның нәтижелерін бекітті (болмаса отырыс күні есептеледі).",
          ru: "Уполномоченное лицо утвердило результаты комиссии (иначе считается заседание).",
          en: "The authorized person approved a commission's results (else the sitting counts).")),
      .value(
        "--posted", "date",
        help: Phrase(
          kk: "Хаттама ақпараттық жүйеге орналастырылды.",
          ru: "Протокол размещён в информационной системе.",
          en: "The protocol was posted to the information system.")),
      .value(
        "--appealed", "date",
        help: Phrase(kk: "Шағым берілді.", ru: "Подана жалоба.", en: "The appeal was filed.")),
      CalendarCommand.calendarOption,
      CalendarCommand.jsonOption,
    ],
    run: { invocation throws(CLIError) in try run(invocation) })

  private static var builtInIDs: String { Methodology.builtIn.map(\.id).joined(separator: ", ") }

  private static func run(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let methodology = try Inputs.methodology(invocation)
    let dates = EventDates(
      familiarized: try invocation.day("--familiarized"), applied: try invocation.day("--applied"),
      decided: try invocation.day("--decided"), noticed: try invocation.day("--notice"),
      sitting: try invocation.day("--sitting"), signed: try invocation.day("--signed"),
      // A commission's familiarisation is with its final result (000 ¶73): the same flag.
      approved: try invocation.day("--approved"), informed: try invocation.day("--familiarized"),
      posted: try invocation.day("--posted"), appealed: try invocation.day("--appealed"))
    let calendar = try CalendarCommand.calendar(invocation)
    let reports = methodology.bodies.map {
      (kind: $0.kind, report: DeadlineReport(periods: $0.periods, dates: dates, calendar: calendar))
    }
    let allMet = reports.allSatisfy(\.report.allMet)
    let console = invocation.console
    if invocation.flag("--json") {
      console.out(
        CalendarCommand.json(
          .object([
            ("methodology", .string(methodology.id)), ("met", .bool(allMet)),
            ("bodies", .array(reports.map { body($0.kind, $0.report, in: console.language) })),
          ])))
    } else {
      for (index, body) in reports.enumerated() {
        if index > 0 { console.out("") }
        print(body.report, kind: body.kind, methodology: methodology, console: console)
      }
      console.out("")
      console.out(summary(reports.map(\.report), in: console.language))
    }
    let checks = reports.flatMap(\.report.checks)
    CalendarCommand.warn(
      estimated: checks.contains(where: \.isEstimated),
      uncovered: Array(Set(checks.flatMap(\.uncoveredYears))).sorted(), console: console)
    return allMet ? .success : .failure
  }

  private static func print(
    _ report: DeadlineReport, kind: BodyKind, methodology: Methodology, console: Console
  ) {
    let language = console.language
    let id = methodology.id
    let body = kind.name.text(in: language)
    console.out(
      Phrase(
        kk: "\(id), \(body): мерзімдер жұмыс күндерімен, оқиғаның өз күні есептелмейді",
        ru: "\(id), \(body): сроки в рабочих днях, день самого события не считается",
        en: "\(id), \(body): periods in working days, the event's own day not counted"))
    console.out("")
    let shown = report.checks.filter { $0.from != .evaluationEnd }
    let rows = shown.map { check in
      [
        check.period.title.text(in: language), check.clause.text(in: language),
        rule(check).text(in: language),
        from(check).text(in: language),
        check.due.map { "\($0)" + (check.isEstimated || !check.uncoveredYears.isEmpty ? "*" : "") }
          ?? "—",
        check.given.map(\.description) ?? "—", result(check).text(in: language),
        skipped(check).text(in: language),
      ]
    }
    console.out(TextTable.render(header: header.map { $0.text(in: language) }, rows: rows))
    let holidays = uniqueHolidays(shown)
    if !holidays.isEmpty {
      console.out("")
      console.out(
        Phrase(
          kk: "Өткізілген мереке күндері мен ауыстырулар:",
          ru: "Пропущенные праздники и переносы:", en: "Holidays and transfers skipped:"))
      for day in holidays { console.out(Phrase(verbatim: "  ") + day.summary) }
    }
    if shown.contains(where: { $0.isEstimated || !$0.uncoveredYears.isEmpty }) {
      console.out(
        Phrase(
          kk: "* болжамды күн немесе күнтізбе деректері жоқ жыл арқылы есептелді; ескертуді "
            + "қараңыз.",
          ru: "* посчитано через предполагаемую дату или год без данных календаря; см. "
            + "предупреждение.",
          en: "* counted over an estimated date or a year without calendar data; see the warning."))
    }
    for check in report.checks where check.from == .evaluationEnd {
      let period = titled(check, in: language)
      console.out(
        Phrase(
          kk: "Есептелмеді: \(period) бағалаудың аяқталуынан басталады, ал бұл команда ол күнді "
            + "қабылдамайды.",
          ru: "Не посчитано: \(period) отсчитывается от окончания оценки, которое эта команда "
            + "не принимает.",
          en: "Not counted: \(period) runs from the end of the evaluation, which this command "
            + "does not take."))
    }
  }

  private static let header = [
    Phrase(kk: "мерзім", ru: "срок", en: "period"),
    Phrase(kk: "тармақ", ru: "пункт", en: "clause"),
    Phrase(kk: "ереже", ru: "правило", en: "rule"),
    Phrase(kk: "басталуы", ru: "отсчёт от", en: "from"),
    Phrase(kk: "соңғы күн", ru: "крайний день", en: "due"),
    Phrase(kk: "берілген", ru: "указано", en: "given"),
    Phrase(kk: "нәтиже", ru: "итог", en: "result"),
    Phrase(kk: "өткізілгені", ru: "пропущено", en: "skipped"),
  ]

  private static func rule(_ check: PeriodCheck) -> Phrase {
    let days = check.workingDays
    return switch check.reading {
    case .atLeast:
      Phrase(
        kk: "кемінде \(days) күн бұрын", ru: "не менее чем за \(days)",
        en: "at least \(days) before")
    case .within:
      Phrase(
        kk: "\(days) күннен аспай бұрын", ru: "не более чем за \(days)", en: "within \(days) before"
      )
    case nil: Phrase(kk: "\(days) күн ішінде", ru: "в течение \(days)", en: "\(days) after")
    }
  }

  private static func from(_ check: PeriodCheck) -> Phrase {
    let event = check.from.title
    let date =
      check.fromDate.map { Phrase(verbatim: $0.description) }
      ?? Phrase(kk: "(берілмеген)", ru: "(не указано)", en: "(not given)")
    return event + Phrase(verbatim: " ") + date
  }

  private static func result(_ check: PeriodCheck) -> Phrase {
    switch check.status {
    case .met: Phrase(kk: "сақталды", ru: "соблюдён", en: "met")
    case .missed: Phrase(kk: "ӨТКІЗІЛДІ", ru: "ПРОПУЩЕН", en: "MISSED")
    case .early: Phrase(kk: "ТЫМ ЕРТЕ", ru: "СЛИШКОМ РАНО", en: "TOO EARLY")
    case .beforeStart: Phrase(kk: "басталғанға дейін?", ru: "до начала?", en: "before start?")
    case .notGiven, .notComputed: Phrase(verbatim: "—")
    }
  }

  /// "4: weekend, Republic Day": how many days, and what they were.
  private static func skipped(_ check: PeriodCheck) -> Phrase {
    guard !check.skipped.isEmpty else {
      return check.count == nil ? Phrase(verbatim: "—") : Phrase(kk: "жоқ", ru: "нет", en: "none")
    }
    var names: [Phrase] = []
    for name in check.skipped.compactMap(\.label) where !names.contains(name) {
      names.append(name)
    }
    return Phrase(verbatim: "\(check.skipped.count): ") + names.joined(separator: ", ")
  }

  private static func uniqueHolidays(_ checks: [PeriodCheck]) -> [CalendarDay] {
    var seen: Set<Day> = []
    return checks.flatMap(\.skipped).filter { $0.kind != .weekend && seen.insert($0.day).inserted }
      .sorted { $0.day < $1.day }
  }

  /// A period as a sentence names it: `notice (000 ¶62)`.
  private static func titled(_ check: PeriodCheck, in language: Language) -> String {
    "\(check.period.title.text(in: language)) (\(check.clause.text(in: language)))"
  }

  private static func summary(_ reports: [DeadlineReport], in language: Language) -> String {
    let checks = reports.flatMap(\.checks)
    let title = { (check: PeriodCheck) in check.period.title.text(in: language) }
    let violations = checks.filter(\.status.isViolation)
    let early = checks.filter { $0.status == .beforeStart }
    let dates = early.map { "\(title($0)) (\($0.given.map(\.description) ?? ""))" }
      .joined(separator: ", ")
    let odd =
      early.isEmpty
      ? Phrase(verbatim: "")
      : Phrase(
        kk: " Мына күнді тексеріңіз: \(dates): ол мерзім басталатын күннен бұрын.",
        ru: " Проверьте дату: \(dates): она раньше дня, от которого отсчитывается срок.",
        en: " Check the date of \(dates): it comes before the day its period runs from.")
    if !violations.isEmpty {
      let list = violations.map { titled($0, in: language) }.joined(separator: ", ")
      let count = violations.count
      let russian = RussianPlural.form(
        count, one: "срок не соблюдён", few: "срока не соблюдены", many: "сроков не соблюдены")
      let missed = Phrase(
        kk: "\(count) мерзім сақталмады: \(list).", ru: "\(count) \(russian): \(list).",
        en: "\(count) \(count == 1 ? "date missed its period" : "dates missed their periods"): "
          + "\(list).")
      return (missed + odd).text(in: language)
    }
    let met = checks.filter { $0.status == .met }.count
    let head =
      met == 0
      ? Phrase(
        kk: "Аяқтаушы күндер әлі берілмеген: соңғы күндер жоғарыда.",
        ru: "Даты окончания ещё не указаны: крайние дни приведены выше.",
        en: "No closing date given yet: the due dates are above.")
      : met == 1
        ? Phrase(
          kk: "Берілген күн мерзімге сай.", ru: "Указанная дата уложилась в срок.",
          en: "The given date met its period.")
        : Phrase(
          kk: "Берілген барлық \(met) күн мерзімдеріне сай.",
          ru: "Все указанные даты (\(met)) уложились в сроки.",
          en: "All \(met) given dates met their periods.")
    return (head + odd).text(in: language)
  }
}

extension DeadlinesCommand {
  /// `{"kind", "periods": [...]}`: one body's periods; the skipped days' reasons in `language`.
  private static func body(_ kind: BodyKind, _ report: DeadlineReport, in language: Language)
    -> JSONValue
  {
    .object([
      ("kind", .string(kind.rawValue)),
      ("periods", .array(report.checks.map { period($0, in: language) })),
    ])
  }

  /// One period: what it counts, from when, and whether the date given met it; a date or
  /// reading the check does not have is left out.
  private static func period(_ check: PeriodCheck, in language: Language) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("period", .string(check.period.rawValue)), ("clause", .string(check.clause.canonical)),
      ("workingDays", .number(check.workingDays)), ("from", .string(check.from.rawValue)),
    ]
    members.append(optional: "fromDate", check.fromDate.map { .string($0.description) })
    members.append(optional: "reading", check.reading.map { .string($0.rawValue) })
    members.append(optional: "earliest", check.earliest.map { .string($0.description) })
    members.append(optional: "due", check.due.map { .string($0.description) })
    members.append(optional: "given", check.given.map { .string($0.description) })
    members += [
      ("status", .string(check.status.rawValue)),
      ("skipped", .array(check.skipped.map { $0.jsonValue(in: language) })),
      ("estimated", .bool(check.isEstimated)),
      ("uncoveredYears", .array(check.uncoveredYears.map(JSONValue.number))),
    ]
    return .object(members)
  }
}
