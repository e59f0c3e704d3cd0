import Foundation
import HattamaKit

/// `hattama protocol`: the protocol (хаттама) of a sitting, in the form of 000 Appendix 11 /
/// 004 Appendix 5, in Kazakh, Russian or English, as text, Markdown, HTML or JSON.
enum ProtocolCommand {
  static let spec = CommandSpec(
    path: ["protocol"],
    abstract: Phrase(
      kk: "Отырыстың хаттамасын қол қоюға және бекітуге дайын етіп жазады.",
      ru: "Пишет протокол (хаттама) заседания, готовый к подписанию и утверждению.",
      en: "Write the protocol (хаттама) of a sitting, ready to sign and approve."),
    discussion: Phrase(
      kk: """
        000 11-қосымшаның / 004 5-қосымшаның нысанын жазады: бекіту белгісі (БЕКІТЕМІН, тек
        органның нәтижелері бекітілетін жерде: комиссияда), атауы, мемлекеттік орган және
        кезең; құрам, кім қатысқаны және кворум; әр бағасы мен деңгейі және түзетілген бағасы
        бар нәтижелер кестесі; әр мүшенің дауысы аты-жөнімен көрсетілген әр ұсыныс, дауыс беру
        қорытындысы және нәтиже; қорытынды; әдістеме нысанының ретімен қолдар (004: хатшы
        соңында); жазбада бар болса, журналдың N:HEX бақылау белгісі. Дауыстар жазбаның
        әдістемесі бойынша қайта саналады (кіріктірілмеген әдістеме үшін --methodology-file).

        Пішімдер: 'text' — терминал немесе тұрақты енді басып шығару үшін; 'markdown' —
        кестелермен; 'html' — басып шығаруға арналған дербес A4 беті (ішкі стиль, сыртқы
        файлдар мен скрипттерсіз; браузерден басып шығарыңыз); 'json' — құжаттың құрылымы,
        кілттері сұрыпталған. Бағалар тілдің жазуымен беріледі: қазақ және орыс тілінде 3,80,
        ағылшын тілінде 3.80.

        Нәтижелер құпия (000 ¶21): -o берілгенде хаттама файлға атомарлы түрде жазылады, оны
        тек иесі оқи алады (umask қандай болса да, 0600 режимі); сол қалтадағы уақытша файл
        арқылы синхрондалып, қайта аталады, содан кейін қалта синхрондалады; ештеңе
        шығарылмайды. Ол осы атаулы кәдімгі файлды ауыстырады (қайта жасалған хаттама ескі
        жобаның орнын басуы үшін), бірақ журналды, '.broken' файлын, команданың өз кірісін,
        символдық сілтемені (немесе сілтеме арқылы аталған қалтадағы файлды), құрылғыны
        немесе қалтаны ешқашан ауыстырмайды: олардан бас тартылады (шығу коды 2) және олар
        өзгеріссіз қалады. Жазба мәтіндеріндегі басқару және bidi таңбалары text, Markdown
        және HTML-де \\u{1B} сияқты, ал JSON-да \\u001b түрінде көрсетіледі.

        Қол қоюға арналған құжат ережелерге қайшы немесе аяқталмаған болмауы керек: тексеруі
        бұзушылық тапқан жазбадан немесе жабылмаған журналдан анықталған мән-жайлармен бас
        тартылады (шығу коды 1). --draft оны бәрібір жазады: әр бетінде ЖОБА / ПРОЕКТ / DRAFT
        белгісі және анықталған мән-жайлар тізімі болады. --case ID бір қызметшіге арналған
        үзіндіні жазады: орган, отырыс, сол істің ұсыныстары мен нәтижесі және бақылау
        белгісі, басқа қызметшінің нәтижесінсіз (000 ¶21). Шығу коды: сәтті болса 0; жоғарыда
        айтылғандай бас тартылса 1; файл оқылмаса, оның әдістемесі белгісіз болса немесе оның
        органын реттемесе, шығыс файлынан бас тартылса немесе ол жазылмаса 2 (басып шығару
        сәтсіз болғанда да: README-дегі 'Output and failures' бөлімін қараңыз).
        """,
      ru: """
        Пишет форму приложения 11 к 000 / приложения 5 к 004: гриф утверждения (УТВЕРЖДАЮ,
        только там, где результаты органа утверждаются: у комиссии), заголовок,
        государственный орган и период; состав с отметкой присутствия и кворум; таблицу
        результатов с каждой оценкой и уровнем и скорректированной оценкой; каждое
        предложение с голосом каждого члена поимённо, итоги голосования и результат;
        заключение; подписи в порядке формы методики (004: секретарь последним); и
        контрольную отметку журнала N:HEX, если она есть в записи. Голоса пересчитываются по
        методике записи (--methodology-file для невстроенной).

        Форматы: 'text' для терминала или печати моноширинным шрифтом; 'markdown' с таблицами;
        'html' — самостоятельная страница A4 для печати (встроенный стиль, без внешних файлов и
        скриптов; печатайте из браузера); 'json' — структура документа, ключи отсортированы.
        Оценки пишутся так, как принято в языке: 3,80 на казахском и русском, 3.80 на
        английском.

        Результаты конфиденциальны (000 ¶21): с -o протокол атомарно записывается в файл,
        доступный для чтения только владельцу (режим 0600 при любой umask), через временный
        файл в той же папке, который синхронизируется и переименовывается, после чего
        синхронизируется папка; ничего не выводится. Он заменяет обычный файл с этим именем,
        чтобы новый протокол заменил старый проект, но никогда не заменяет журнал, файл
        '.broken', собственный вход команды, символическую ссылку (или файл в папке, названной
        через ссылку), устройство или папку: в этом отказывается (код 2), и они остаются как
        были. Управляющие и bidi-символы в текстах записи показываются как \\u{1B} в text,
        Markdown и HTML и как \\u001b в JSON.

        Документ на подпись не должен противоречить правилам или быть незавершённым: запись,
        проверка которой находит нарушение, или незакрытый журнал отклоняются (код 1) с
        замечаниями проверки. --draft всё равно пишет его с пометкой ЖОБА / ПРОЕКТ / DRAFT на
        каждой странице и списком замечаний. --case ID пишет выписку (үзінді / выписка) для
        одного служащего: орган, заседание, предложения и результат этого дела и контрольную
        отметку, без результатов других служащих (000 ¶21). Код возврата: 0 при успехе; 1 при
        отказе, как выше; 2, если файл не удалось прочитать, его методика неизвестна или не
        регулирует его орган, вывод отклонён или не может быть записан (в том числе при сбое
        печати: см. 'Output and failures' в README).
        """,
      en: """
        Writes the form of 000 Appendix 11 / 004 Appendix 5: the approval block (БЕКІТЕМІН, only
        where the body's results are approved: a commission's), the title, the state body and the
        period; the composition with who was present and the quorum; the results table with each
        score and band and the score as corrected; every motion with each member's vote by name,
        the tally and the result; the conclusion; the signatures, in the order of the
        methodology's form (004: the secretary last); and the journal anchor N:HEX where the
        record has one. Votes are recounted under the record's
        methodology (--methodology-file for one that is not built in).

        Formats: 'text' for a terminal or a fixed-width printout; 'markdown' with tables; 'html' a
        standalone printable A4 page (embedded style, no external files or scripts; print it from
        a browser); 'json' the document's structure, keys sorted. Scores are written as the
        language writes them: 3,80 in Kazakh and Russian, 3.80 in English.

        Results are confidential (000 ¶21): with -o the protocol is written atomically to a file
        readable only by its owner (mode 0600, whatever the umask), through a temporary file in
        the same folder that is synced and renamed, the folder synced after; nothing is printed.
        It replaces a regular file of that name, so that a regenerated protocol replaces the old
        draft, but never a journal, a '.broken' file, the command's own input, a symbolic link (or
        a file in a folder named through one), a device or a folder: those are refused (exit 2)
        and left as they were. Control and bidi characters in the record's texts are shown as
        escapes such as \\u{1B} in text, Markdown and HTML, and as \\u001b in JSON.

        A paper to sign must not contradict the rules or be unfinished: a record whose audit finds
        a violation, or a journal that is not closed, is refused (exit 1) with the findings.
        --draft writes it anyway, marked ЖОБА / ПРОЕКТ / DRAFT on every page with the findings
        listed. --case ID writes the extract (үзінді / выписка) for one employee: the body, the
        sitting, that case's motions and result and the anchor, no other employee's result
        (000 ¶21). Exit status: 0 on success; 1 when refused as above; 2 when the file cannot be
        read, its methodology is unknown or does not govern its kind of body, the output is
        refused, or it cannot be written (also when printing fails: see 'Output and failures' in
        the README).
        """),
    arguments: [
      ArgumentSpec(
        name: "file",
        help: Phrase(
          kk: "hattama.record/1 файлы (стандартты кіріс үшін '-').",
          ru: "Файл hattama.record/1 ('-' для стандартного ввода).",
          en: "A hattama.record/1 file ('-' for standard input)."))
    ],
    options: [
      .value(
        "--lang", "language",
        help: Phrase(
          kk: "Хаттаманың тілі: \(allowed(Language.self)) (әдепкі: kk).",
          ru: "Язык протокола: \(allowed(Language.self)) (по умолчанию: kk).",
          en: "The protocol's language: \(allowed(Language.self)) (default: kk).")),
      .value(
        "--format", "format",
        help: Phrase(
          kk: "text, markdown, html (басып шығаруға арналған A4 беті) немесе json (әдепкі: -o "
            + "кеңейтімі бойынша, .txt .md .html .json, болмаса text).",
          ru: "text, markdown, html (страница A4 для печати) или json (по умолчанию: по "
            + "расширению -o, .txt .md .html .json, иначе text).",
          en: "text, markdown, html (a printable A4 page) or json (default: from -o's extension, "
            + ".txt .md .html .json, else text).")),
      .value(
        "--output", short: "-o", "file",
        help: Phrase(
          kk: "Шығарудың орнына осы файлға жазады (0600 режимі; бар файлды ауыстырады).",
          ru: "Записать в этот файл (режим 0600; заменяет имеющийся) вместо вывода.",
          en: "Write to this file (mode 0600; it replaces one there) instead of printing.")),
      .flag(
        "--draft",
        help: Phrase(
          kk: "Аяқталмаған немесе кемшілігі бар хаттаманы жоба деп белгілеп жазады.",
          ru: "Записать незавершённый протокол или протокол с недостатками с пометкой проекта.",
          en: "Write an unfinished or flawed protocol, marked as a draft.")),
      .value(
        "--case", "id",
        help: Phrase(
          kk: "Тек осы істің қызметшісіне арналған үзіндіні жазады.",
          ru: "Записать выписку только для служащего этого дела.",
          en: "Write the extract for this case's employee only.")),
      Inputs.methodologyOption, CalendarCommand.calendarOption,
    ],
    run: { invocation throws(CLIError) in try run(invocation) })

  /// The record of FILE: a `hattama.record/1`, or the record a journal replays to, which
  /// carries the journal's anchor.
  ///
  /// A protocol is not written from a journal whose chain is broken (the signed paper would pin
  /// a record nobody can trust); a torn last line is only warned about, since every event before
  /// it is intact.
  static func load(_ path: String, _ invocation: Invocation) throws(CLIError) -> LoadedSitting {
    let sitting = try Inputs.sitting(path, invocation)
    if let report = sitting.report {
      if let damage = sitting.journalFindings.first(where: { $0.code == .journalTampered }) {
        let verify = "'hattama verify \(path)'"  // l10n: ignore — a command line
        throw .input(
          file: path,
          message: damage.message
            + Phrase(
              kk: " \(verify) іске қосыңыз.", ru: " Выполните \(verify).", en: " Run \(verify)."))
      }
      if report.tornTail != nil, let torn = sitting.journalFindings.first {
        invocation.console.err(
          CLIError.warning + Phrase(verbatim: "\(path): ")
            + torn.advised.message)
      }
    }
    return sitting
  }

  private static func run(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    // The words are checked before the file is read, so that a typo is reported first.
    let language = try choice("--lang", default: Language.kk, invocation)
    let output = invocation.value("--output")
    let format = try choice("--format", default: Self.format(of: output), invocation)
    let path = try invocation.required("file")
    let inputs = [path] + invocation.values(Inputs.methodologyOption.name)
    if let output, output != "-" { try OutputFile(path: output, inputs: inputs).check() }

    let sitting = try load(path, invocation)
    // Text for people is shown on its lines whatever the record holds (VisibleText); JSON
    // escapes the same characters itself.
    let readable = format != .json
    let record = readable ? sitting.record.displayedOnOneLine : sitting.record
    let governing = try Inputs.governing(sitting, file: path)
    var document = ProtocolDocument(
      record: record, rules: governing.rules,
      categoryNames: governing.methodology.targetCategories?.value)
    if let caseID = invocation.value("--case") {
      document = try extract(document, case: caseID, record: record)
    }
    let draft = try self.draft(sitting, record, governing, invocation)
    if invocation.flag("--draft") {
      document.draft = draft
    } else if !draft.findings.isEmpty || draft.unclosed {
      throw refusal(draft, file: path, invocation)
    }
    let rendered = ProtocolRenderer.render(document, language: language, format: format)
    let text = readable ? VisibleText.lines(rendered) : rendered

    guard let output, output != "-" else {
      // The renderer ends the document with a newline; `console.out` would add a second one.
      invocation.console.writeOut(text)
      return .success
    }
    try Files.writeConfidential(text, to: output, inputs: inputs)
    return .success
  }

  /// Why the paper must not be signed: the audit's violations of `record` (the sitting's, its
  /// texts as the paper shows them), and a journal not closed.
  private static func draft(
    _ sitting: LoadedSitting, _ record: Record, _ governing: GoverningRules,
    _ invocation: Invocation
  ) throws(CLIError) -> ProtocolDocument.Draft {
    let calendar = try CalendarCommand.calendar(invocation)
    let findings =
      sitting.journalFindings
      + Audit.findings(
        for: record, methodology: governing.methodology,
        extra: [DeadlineCheck(calendar: calendar)])
    return ProtocolDocument.Draft(
      findings: findings.filter { $0.severity == .violation }, unclosed: sitting.isClosed == false)
  }

  /// The refusal to write a paper to sign, with every problem listed on standard error.
  private static func refusal(
    _ draft: ProtocolDocument.Draft, file: String, _ invocation: Invocation
  ) -> CLIError {
    if !draft.findings.isEmpty {
      invocation.console.err(
        FindingReport(files: [.init(file: file, findings: draft.findings)]).text(
          in: invocation.console.language))
    }
    let message =
      draft.unclosed
      ? Phrase(
        kk: "'\(file)' — қол қоюға арналған хаттама емес: журнал жабылмаған, сондықтан отырыс "
          + "әлі де оқиғаларды жазуы мүмкін. Оны жоба деп белгілеу үшін --draft арқылы жазыңыз "
          + "немесе алдымен отырысты жабыңыз.",
        ru: "'\(file)' — не протокол для подписи: журнал не закрыт, и заседание ещё может "
          + "записывать события. Запишите его с --draft, чтобы он был помечен как проект, или "
          + "сначала закройте заседание.",
        en: "'\(file)' is not a protocol to sign: the journal is not closed, so the sitting may "
          + "still record events. Write it with --draft to have it marked as a draft, or close "
          + "the sitting first.")
      : Phrase(
        kk: "'\(file)' — қол қоюға арналған хаттама емес: тексеру бұзушылық тапты (жоғарыда). "
          + "Оны жоба деп белгілеу үшін --draft арқылы жазыңыз немесе жазбаны түзетіңіз.",
        ru: "'\(file)' — не протокол для подписи: проверка нашла нарушение (выше). Запишите "
          + "его с --draft, чтобы он был помечен как проект, или исправьте запись.",
        en: "'\(file)' is not a protocol to sign: its audit finds a violation (above). Write it "
          + "with --draft to have it marked as a draft, or correct the record.")
    return .refused(message: message)
  }

  /// The extract for one case, or a usage error naming the cases there are.
  private static func extract(
    _ document: ProtocolDocument, case caseID: CaseID, record: Record
  ) throws(CLIError) -> ProtocolDocument {
    if let extract = document.extract(case: caseID) { return extract }
    let ids = record.cases.map(\.id)
    throw .usage(
      .invalidValue(
        option: "--case", value: caseID,
        expected: UsageProblem.oneOf(ids, suggestion: caseID.nearest(in: ids))),
      command: spec.path)
  }

  /// The format an output file's extension names (SPEC: `-o` picks it when `--format` is not
  /// given): `.txt`, `.md`, `.html`, `.json`; text otherwise.
  static func format(of output: String?) -> ProtocolFormat {
    switch output.map({ ($0 as NSString).pathExtension.lowercased() }) {
    case "md", "markdown": .markdown
    case "html", "htm": .html
    case "json": .json
    default: .text
    }
  }

  /// The value of an option with a fixed set of values, or its default when it is not given.
  private static func choice<Value: RawRepresentable & CaseIterable>(
    _ option: String, default fallback: Value, _ invocation: Invocation
  ) throws(CLIError) -> Value where Value.RawValue == String {
    try invocation.choice(option, default: fallback)
  }

  private static func allowed<Value: RawRepresentable & CaseIterable>(_: Value.Type) -> String
  where Value.RawValue == String {
    Value.allCases.map(\.rawValue).joined(separator: ", ")
  }
}
