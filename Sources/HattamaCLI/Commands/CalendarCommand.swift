import Foundation
import HattamaKit

/// `hattama calendar add` and `hattama calendar list`: Kazakhstan's working days.
enum CalendarCommand {
  static let calendarOption = OptionSpec.value(
    "--calendar", "file",
    help: Phrase(
      kk: "Осы шығарылымнан кейін жарияланған қаулының қосымша күнтізбе жолдары "
        + "(scripts/CALENDAR.md қараңыз).",
      ru: "Дополнительные строки календаря для постановления, опубликованного после этого "
        + "выпуска (см. scripts/CALENDAR.md).",
      en: "Extra calendar lines for a decree published after this release (see "
        + "scripts/CALENDAR.md)."))

  /// `--json` of the commands whose JSON has no shape worth a sentence.
  static let jsonOption = OptionSpec.flag(
    "--json", help: Phrase(kk: "JSON шығарады.", ru: "Выводит JSON.", en: "Print JSON."))

  static let add = CommandSpec(
    path: ["calendar", "add"],
    abstract: Phrase(
      kk: "Күннен кейінгі N-ші жұмыс күнін шығарады.", ru: "Выводит N-й рабочий день после даты.",
      en: "Print the N-th working day after a date."),
    discussion: Phrase(
      kk: """
        Күннің өзі ешқашан есептелмейді: "2025-10-14 күнінен бастап 5 жұмыс күні ішінде" мерзімі
        `hattama calendar add 2025-10-14 5` көрсеткен күні аяқталады. Теріс N күнге дейін кері
        санайды. Шығыстың бірінші жолы — тек нәтиже күні; одан кейін өткізілген жұмыс емес
        күндер беріледі.
        """,
      ru: """
        Сама дата никогда не считается: "в течение 5 рабочих дней с 2025-10-14" заканчивается в
        день, который выводит `hattama calendar add 2025-10-14 5`. Отрицательное N считает назад
        от даты. Первая строка вывода — только итоговая дата; за ней следуют пропущенные
        нерабочие дни.
        """,
      en: """
        The date itself never counts: "within 5 working days of 2025-10-14" ends on
        `hattama calendar add 2025-10-14 5`. A negative N counts back before the date. The first
        line of output is the resulting date alone; the non-working days skipped follow.
        """),
    arguments: [
      ArgumentSpec(
        name: "date",
        help: Phrase(
          kk: "Санау басталатын күн, YYYY-MM-DD.", ru: "День, от которого считать, YYYY-MM-DD.",
          en: "The day to count from, YYYY-MM-DD.")),
      ArgumentSpec(
        name: "n",
        help: Phrase(
          kk: "Қанша жұмыс күнін санау керек (теріс болса: күнге дейін).",
          ru: "Сколько рабочих дней считать (отрицательное: до даты).",
          en: "How many working days to count (negative: before the date).")),
    ],
    options: [calendarOption, jsonOption],
    run: { invocation throws(CLIError) in try runAdd(invocation) })

  static let list = CommandSpec(
    path: ["calendar", "list"],
    abstract: Phrase(
      kk: "Қазақстанның бір жылдағы жұмыс емес күндерін ауыстыруларымен қоса тізеді.",
      ru: "Перечисляет нерабочие дни Казахстана за год, включая переносы.",
      en: "List Kazakhstan's non-working days of a year, transfers included."),
    discussion: Phrase(
      kk: """
        Мереке күндерін (демалыс күнге түскендерін де, олардың демалысы қай күнге ауысқанын да),
        ауыстырулар жасаған демалыс күндері мен жұмыс істейтін сенбі немесе жексенбілерді
        жылдың ауыстыруларының дереккөзімен бірге тізеді. Дереккөзі тек болжап берген күндер
        (болжамды) деп белгіленеді.
        """,
      ru: """
        Перечисляет праздники (и выпавшие на выходные, и куда перенесён их выходной), выходные
        дни и рабочие субботы или воскресенья, возникшие из-за переносов, с источником переносов
        года. Даты, которые источник лишь предполагает, помечены (предположительно).
        """,
      en: """
        Lists the public holidays (those on a weekend too, and where their day off moved), the
        days off and the working Saturdays or Sundays that transfers made, with the source of the
        year's transfers. Dates that their source only estimates are marked (estimated).
        """),
    arguments: [
      ArgumentSpec(
        name: "year",
        help: Phrase(
          kk: "Жыл, мысалы 2026.", ru: "Год, например 2026.", en: "The year, such as 2026."))
    ],
    options: [calendarOption, jsonOption],
    run: { invocation throws(CLIError) in try runList(invocation) })

  /// The built-in calendar, with the `--calendar` file's lines when one is given.
  static func calendar(_ invocation: Invocation) throws(CLIError) -> WorkingCalendar {
    guard let path = invocation.value("--calendar") else { return .kazakhstan }
    guard let text = String(bytes: try Files.read(path), encoding: .utf8) else {
      throw .input(
        file: path,
        message: Phrase(
          kk: "UTF-8 мәтіні емес; күнтізбе жолдарын UTF-8 түрінде сақтаңыз.",
          ru: "не является текстом UTF-8; сохраните строки календаря в UTF-8.",
          en: "is not UTF-8 text; save the calendar lines as UTF-8."))
    }
    do {
      return try WorkingCalendar(extraLines: text, source: path)
    } catch {
      throw .input(file: path, message: error.message)
    }
  }

  private static func runAdd(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    guard let start = try invocation.day("date") else {
      throw .usage(.missingArgument("date"), command: add.path)
    }
    guard let n = try invocation.integer("n", in: -3650...3650) else {
      throw .usage(.missingArgument("n"), command: add.path)
    }
    let calendar = try calendar(invocation)
    let count =
      n < 0
      ? calendar.count(-n, workingDaysBefore: start) : calendar.count(n, workingDaysAfter: start)
    let console = invocation.console
    if invocation.flag("--json") {
      console.out(
        json(
          .object([
            ("from", .string(start.description)), ("workingDays", .number(n)),
            ("date", .string(count.end.description)),
            ("skipped", .array(count.skipped.map { $0.jsonValue(in: console.language) })),
            ("estimated", .bool(count.isEstimated)),
            ("uncoveredYears", .array(count.uncoveredYears.map(JSONValue.number))),
          ])))
    } else {
      console.out(count.end.description)
      console.out(counted(abs(n), before: n < 0, from: start, to: count.end))
      if !count.skipped.isEmpty {
        console.out(
          Phrase(
            kk: "Өткізілген жұмыс емес күндер:", ru: "Пропущенные нерабочие дни:",
            en: "Non-working days skipped:"))
        for day in count.skipped { console.out(Phrase(verbatim: "  ") + day.summary) }
      }
    }
    warn(estimated: count.isEstimated, uncovered: count.uncoveredYears, console: console)
    return .success
  }

  private static func runList(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    guard let year = try invocation.integer("year", in: 1900...2200) else {
      throw .usage(.missingArgument("year"), command: list.path)
    }
    let calendar = try calendar(invocation)
    let days = calendar.specialDays(in: year)
    let working = workingDayCount(in: year, calendar: calendar)
    let console = invocation.console
    if invocation.flag("--json") {
      var members: [(String, JSONValue)] = [
        ("year", .number(year)), ("covered", .bool(calendar.covers(year: year))),
      ]
      members.append(
        optional: "source",
        calendar.source(ofYear: year).map { JSONValue.string(console.text($0)) })
      members += [
        ("workingDays", .number(working)),
        ("days", .array(days.map { $0.jsonValue(in: console.language) })),
      ]
      console.out(json(.object(members)))
      warn(estimated: false, uncovered: calendar.covers(year: year) ? [] : [year], console: console)
      return .success
    }
    console.out(
      Phrase(
        kk: "Қазақстан, \(year): мереке күндері, ауыстырулар және жұмыс істейтін демалыс күндері",
        ru: "Казахстан, \(year): праздники, переносы и рабочие выходные дни",
        en: "Kazakhstan, \(year): holidays, transfers and working weekend days"))
    let source =
      calendar.source(ofYear: year)
      ?? Phrase(
        kk: "бұл жылға деректер жоқ", ru: "нет данных за этот год", en: "no data for this year")
    console.out(Phrase(kk: "Ауыстырулар: ", ru: "Переносы: ", en: "Transfers: ") + source)
    console.out("")
    let estimated = console.text(
      Phrase(kk: " (болжамды)", ru: " (предположительно)", en: " (estimated)"))
    let rows = days.map { day in
      [
        day.day.description, console.text(day.day.weekdayShort), console.text(status(of: day)),
        (day.explanation.map(console.text) ?? "") + (day.isEstimated ? estimated : ""),
      ]
    }
    let header = [
      Phrase(kk: "күні", ru: "дата", en: "date"), Phrase(kk: "апта күні", ru: "день", en: "day"),
      Phrase(kk: "түрі", ru: "статус", en: "status"),
      Phrase(kk: "себебі", ru: "причина", en: "reason"),
    ]
    console.out(TextTable.render(header: header.map(console.text), rows: rows))
    console.out("")
    let off = days.filter { !$0.isWorking && !$0.day.isWeekend }.count
    let worked = days.filter { $0.isWorking && $0.day.isWeekend }.count
    console.out(
      Phrase(
        kk: "\(year) жылы \(working) жұмыс күні бар: демалыс күндерінен бөлек \(off) жұмыс емес "
          + "күн, жұмыс күні болған \(worked) демалыс күні.",
        ru: "В \(year) году рабочих дней: \(working); нерабочих будних дней помимо выходных: "
          + "\(off); рабочих выходных дней: \(worked).",
        en: "\(year) has \(working) working days: \(off) weekdays off besides weekends, "
          + "\(worked) weekend \(worked == 1 ? "day" : "days") worked."))
    if days.contains(where: \.isEstimated) {
      console.out(
        Phrase(
          kk: "(болжамды) деп белгіленген күндер — дереккөзінің болжамы; олар жарияланғанда "
            + "тексеріңіз.",
          ru: "Даты с пометкой (предположительно) — оценки их источника; проверьте их после "
            + "объявления.",
          en: "Dates marked (estimated) are estimates of their source; check them when announced."))
    }
    warn(estimated: false, uncovered: calendar.covers(year: year) ? [] : [year], console: console)
    return .success
  }

  private static func status(of day: CalendarDay) -> Phrase {
    switch day.kind {
    case .holiday: Phrase(kk: "мереке", ru: "праздник", en: "holiday")
    case .movedHoliday, .transferredDayOff:
      Phrase(kk: "демалыс күні", ru: "выходной день", en: "day off")
    case .transferredWorkday, .workday:
      Phrase(kk: "жұмыс күні", ru: "рабочий день", en: "working day")
    case .weekend: Phrase(kk: "демалыс", ru: "выходной", en: "weekend")
    }
  }

  /// "Monday 2025-10-20 is 5 working days after Tuesday 2025-10-14."
  private static func counted(_ days: Int, before: Bool, from start: Day, to end: Day) -> Phrase {
    let (from, to) = (
      start.weekdayTitle.map { "\(start) (\($0))" }, end.weekdayTitle.map { "\(end) (\($0))" }
    )
    let russianDays = RussianPlural.form(
      days, one: "рабочий день", few: "рабочих дня", many: "рабочих дней")
    let englishDays = "\(days) working \(days == 1 ? "day" : "days")"
    return before
      ? Phrase(
        kk: "\(from.kk) күнінен \(days) жұмыс күні бұрын: \(to.kk).",
        ru: "\(to.ru) — за \(days) \(russianDays) до \(from.ru).",
        en:
          "\(end.weekdayTitle.en) \(end) is \(englishDays) before \(start.weekdayTitle.en) \(start)."
      )
      : Phrase(
        kk: "\(from.kk) күнінен кейін \(days) жұмыс күні: \(to.kk).",
        ru: "\(to.ru) — через \(days) \(russianDays) после \(from.ru).",
        en:
          "\(end.weekdayTitle.en) \(end) is \(englishDays) after \(start.weekdayTitle.en) \(start)."
      )
  }

  private static func workingDayCount(in year: Int, calendar: WorkingCalendar) -> Int {
    guard let first = Day(year: year, month: 1, day: 1),
      let last = Day(year: year, month: 12, day: 31)
    else { return 0 }
    return calendar.workingDays(from: first.adding(days: -1), to: last)
  }

  /// Warnings on standard error, so that the first line of output stays the answer alone.
  static func warn(estimated: Bool, uncovered: [Int], console: Console) {
    if estimated {
      console.err(
        CLIError.warning
          + Phrase(
            kk: "есеп дереккөзі тек болжап берген күн (Құрбан айт) арқылы өтеді; ол "
              + "жарияланғанда тексеріңіз.",
            ru: "счёт проходит через дату, которую источник лишь предполагает (Курбан айт); "
              + "проверьте её после объявления.",
            en: "the count goes over a date its source only estimates (Kurban Ait); check it "
              + "when announced."))
    }
    if !uncovered.isEmpty {
      let years = uncovered.map(String.init).joined(separator: ", ")
      console.err(
        CLIError.warning
          + Phrase(
            kk: "күнтізбеде \(years) бойынша деректер жоқ: тек демалыс күндері мен заңмен "
              + "бекітілген мереке күндері есептеледі, ауыстырулар мен Құрбан айт есептелмейді; "
              + "сол жылдың қаулысын --calendar FILE арқылы қосыңыз.",
            ru: "в календаре нет данных за \(years): учитываются только выходные и праздники, "
              + "установленные законом, без переносов и Курбан айта; добавьте постановление "
              + "этого года через --calendar FILE.",
            en: "the calendar has no data for \(years): only weekends and the holidays fixed by "
              + "law are counted, no transfers or Kurban Ait; add the year's decree with "
              + "--calendar FILE."))
    }
  }

  /// Pretty JSON with its keys sorted, as the protocol's JSON is written.
  static func json(_ value: JSONValue) -> String {
    JSONWriter(sortsKeys: true).string(for: value)
  }
}
