import HattamaKit

/// `hattama draft new`: a record/1 draft from the two spreadsheets HR keeps (SPEC, "HR's inputs
/// and overviews").
enum DraftCommand {
  static let spec = CommandSpec(
    path: ["draft", "new"],
    abstract: Phrase(
      kk: "HR-дың адамдар мен істер кестелерінен (CSV) record/1 жобасын жасайды.",
      ru: "Создаёт проект record/1 из таблиц HR с людьми и делами (CSV).",
      en: "Make a record/1 draft from HR's people and cases spreadsheets (CSV)."),
    discussion: Phrase(
      kk: """
        Екі файл да Excel сақтайтын CSV: байт ретінің белгісі бар немесе жоқ UTF-8, үтірмен
        немесе нүктелі үтірмен бөлінген, тақырып жолы бар. Күндер 2025-10-14 немесе 14.10.2025;
        бағалар 3.40 немесе 3,40. 'candidate' бағанында жоқ делінбесе, тізімдегі әр адам құрамға
        кандидат болады; жоба 'hattama roster compose' командасына беріледі. Қате ұяшық файлы,
        жолы және бағанымен көрсетіледі (шығу коды 2) және ештеңе жазылмайды.

        Адамдар бағандары: \(columns(DraftColumn.people))
        Істер бағандары: \(columns(DraftColumn.cases))
        Иә/жоқ ұяшықтары: yes/no, 1/0, иә/жоқ, да/нет. 'evaluators': бос орынмен немесе '|'
        белгісімен бөлінген идентификаторлар. 'sanction': none, reprimand (ескерту, сөгіс
        немесе қатаң сөгіс) немесе other, не олардың қазақша және орысша сөздері (ескерту,
        сөгіс, қатаң сөгіс; замечание, выговор, строгий выговор; басқа, другое).

        Уәкілетті лауазымды тұлға — --official ID, болмаса 'official' бағаны белгілеген жалғыз
        адам. -o берілгенде жоба тек иесі оқи алатын файлға атомарлы түрде жазылады (0600
        режимі).
        """,
      ru: """
        Оба файла — CSV в том виде, как их сохраняет Excel: UTF-8 с меткой порядка байтов или
        без неё, разделители — запятая или точка с запятой, строка заголовков. Даты 2025-10-14
        или 14.10.2025; оценки 3.40 или 3,40. Каждый человек из списка — кандидат в состав,
        если столбец 'candidate' не говорит «нет»; проект передаётся в 'hattama roster
        compose'. Неверная ячейка называется по файлу, строке и столбцу (код 2), и ничего не
        записывается.

        Столбцы людей: \(columns(DraftColumn.people))
        Столбцы дел: \(columns(DraftColumn.cases))
        Ячейки да/нет: yes/no, 1/0, иә/жоқ, да/нет. 'evaluators': идентификаторы через пробел
        или '|'. 'sanction': none, reprimand (замечание, выговор или строгий выговор) или
        other, либо их казахские и русские слова (ескерту, сөгіс, қатаң сөгіс; замечание,
        выговор, строгий выговор; басқа, другое).

        Уполномоченное должностное лицо — --official ID, иначе единственный человек, отмеченный
        в столбце 'official'. С -o проект атомарно записывается в файл, доступный для чтения
        только владельцу (режим 0600).
        """,
      en: """
        Both files are CSV as Excel saves them: UTF-8 with or without a byte order mark, comma or
        semicolon delimited, a header row. Dates are 2025-10-14 or 14.10.2025; scores 3.40 or
        3,40. Every person listed is a candidate for the composition unless a 'candidate' column
        says no; the draft goes to 'hattama roster compose'. A bad cell is reported by file, row
        and column (exit 2) and nothing is written.

        People columns: \(columns(DraftColumn.people))
        Cases columns: \(columns(DraftColumn.cases))
        Yes/no cells: yes/no, 1/0, иә/жоқ, да/нет. 'evaluators': ids separated by spaces or '|'.
        'sanction': none, reprimand (a warning, reprimand or severe reprimand) or other, or their
        Kazakh and Russian words (ескерту, сөгіс, қатаң сөгіс; замечание, выговор, строгий
        выговор; басқа, другое).

        The authorized official is --official ID, else the one person an 'official' column marks.
        With -o the draft is written atomically to a file readable only by its owner (mode 0600).
        """),
    options: [
      .value(
        "--people", "file",
        help: Phrase(
          kk: "Адамдар: id, name, position, hr (+ unit, candidate, official).",
          ru: "Люди: id, name, position, hr (+ unit, candidate, official).",
          en: "The people: id, name, position, hr (+ unit, candidate, official)."),
        required: true),
      .value(
        "--cases", "file",
        help: Phrase(
          kk: "Істер: id, employee, evaluators, score, sanction, күндер.",
          ru: "Дела: id, employee, evaluators, score, sanction, даты.",
          en: "The cases: id, employee, evaluators, score, sanction, dates."),
        required: true),
      .value(
        "--methodology", "id",
        help: Phrase(
          kk: "Орган ұстанатын әдістеме, мысалы 'kz-trade-2025'.",
          ru: "Методика, которой следует орган, например 'kz-trade-2025'.",
          en: "The methodology the body keeps, such as 'kz-trade-2025'."),
        required: true),
      .value(
        "--kind", "kind",
        help: Phrase(
          kk: "calibration немесе commission.",
          ru: "calibration или commission.",
          en: "calibration or commission."),
        required: true),
      .value(
        "--body", "text",
        help: Phrase(
          kk: "Мемлекеттік органның атауы.",
          ru: "Название государственного органа.",
          en: "The state body's name.")),
      .value(
        "--period", "text",
        help: Phrase(
          kk: "Бағалау кезеңі, мысалы '2025, 3-тоқсан'.",
          ru: "Период оценки, например '2025, 3-тоқсан'.",
          en: "The evaluation period, such as '2025, 3-тоқсан'.")),
      .value(
        "--official", "id",
        help: Phrase(
          kk: "Адамдар кестесіндегі уәкілетті лауазымды тұлға.",
          ru: "Уполномоченное должностное лицо из таблицы людей.",
          en: "The authorized official, from the people sheet.")),
      .value(
        "--output", short: "-o", "file",
        help: Phrase(
          kk: "Жобаны осы файлға жазады (0600 режимі).",
          ru: "Записать проект в этот файл (режим 0600).",
          en: "Write the draft to this file (mode 0600).")),
    ],
    run: { invocation throws(CLIError) in try run(invocation) })

  private static func columns(_ columns: [DraftColumn]) -> String {
    columns.map { column in
      column.rawValue + " (" + column.names.dropFirst().joined(separator: ", ") + ")"
    }.joined(separator: "; ")
  }

  private static func run(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let methodology = try Inputs.builtIn(
      invocation.value("--methodology") ?? "", option: "--methodology", command: invocation.command)
    let kindText = invocation.value("--kind") ?? ""
    guard let kind = BodyKind(rawValue: kindText) else {
      throw .usage(
        .invalidValue(
          option: "--kind", value: kindText,
          expected: Phrase(
            kk: "'calibration' немесе 'commission'", ru: "'calibration' или 'commission'",
            en: "'calibration' or 'commission'")),
        command: invocation.command.path)
    }
    let peoplePath = invocation.value("--people") ?? ""
    let casesPath = invocation.value("--cases") ?? ""
    let people = try table(peoplePath)
    let cases = try table(casesPath)
    let options = DraftSheets.Options(
      methodology: methodology.id, kind: kind, body: invocation.value("--body") ?? "",
      period: invocation.value("--period") ?? "", official: invocation.value("--official"))
    let draft: Record
    do {
      draft = try DraftSheets.draft(people: people, cases: cases, options: options)
    } catch {
      throw .input(
        file: error.sheet == .people ? peoplePath : casesPath,
        message: error.advised + Phrase(verbatim: "."))
    }
    let text = draft.encodedJSON()
    if let output = invocation.value("--output"), output != "-" {
      try Files.writeConfidential(text + "\n", to: output, inputs: [peoplePath, casesPath])
    } else {
      invocation.console.out(text)
    }
    return .success
  }

  private static func table(_ path: String) throws(CLIError) -> CSVTable {
    let bytes = try Files.read(path)
    do {
      return try CSVTable(bytes)
    } catch {
      throw .input(file: path, message: Phrase(untranslated: "\(error)."))
    }
  }
}
