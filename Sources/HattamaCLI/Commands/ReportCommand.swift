import Dispatch
import Foundation
import HattamaKit
import Synchronization

/// `hattama report FILE...`: HR's overview across many sittings.
enum ReportCommand {
  static let spec = CommandSpec(
    path: ["report"],
    abstract: Phrase(
      kk: "HR-ға көп отырыс бойынша жалпы көріністі көрсетеді: түзетулер, анықталған мән-жайлар, "
        + "мерзімдер.",
      ru: "Показывает HR картину по многим заседаниям: корректировки, замечания проверки, сроки.",
      en: "Show HR the picture across many sittings: corrections, findings, deadlines."),
    discussion: Phrase(
      kk: """
        Жазбалар мен журналдарды оқиды (қалта оның .json және .jsonl файлдарын білдіреді), әрқайсысын
        өз әдістемесі бойынша, және әр мемлекеттік орган, әр бөлімше (қызметшінің 'unit' өрісі)
        және әр бағалаушы бойынша қаралған, қолдау тапқан, жоғары және төмен түзетілген (орташа
        өзгерісімен) және шешілмеген істерді санайды; бұрынғы және кейінгі деңгейлерді; тексеру
        анықтаған мән-жайларды код бойынша; бағалау кезеңі бойынша өткізілген мерзімдерді.
        Файлдар қатар оқылады; стандартты қате терминал болса, барыс жолы көрсетіледі.

        Пішімдер: 'text' — кестелер; 'html' — диаграммалары ішкі SVG болатын дербес басып
        шығаруға арналған бір бет (скриптсіз, сыртқы файлсыз); 'json' — тұрақты кілттердегі
        сандар; 'csv' — әр іске бір жол. --lang text пен HTML сөздерін және жазба мәтіндерінің (орган, кезең, аттар) тілін әр пішімде таңдайды. -o берілгенде
        есеп тек иесі оқи алатын файлға жазылады (нәтижелер құпия, 000 ¶21); --format
        берілмесе, пішімі кеңейтімнен алынады.

        Оқылмайтын файл стандартты қатеде аталады және саналады; қалғандары есепке енеді. Шығу
        коды: әр файл оқылса 0, біреуі оқылмаса 2.
        """,
      ru: """
        Читает записи и журналы (папка означает её файлы .json и .jsonl), каждый по его
        методике, и считает по каждому государственному органу, подразделению (поле 'unit'
        служащего) и оценивающему лицу рассмотренные, поддержанные, скорректированные вверх и
        вниз (со средним изменением) и нерешённые дела; уровни до и после; замечания проверки
        по кодам; пропущенные сроки по периодам оценки. Файлы читаются параллельно, со строкой
        хода работы, когда стандартный поток ошибок — терминал.

        Форматы: 'text' — таблицы; 'html' — одна самостоятельная страница для печати с
        диаграммами во встроенном SVG (без скриптов и внешних файлов); 'json' — числа под
        постоянными ключами; 'csv' — одна строка на дело. --lang задаёт слова text и HTML и язык текстов записей (орган, период, имена) во всех форматах. С -o
        отчёт записывается в файл, доступный для чтения только владельцу (результаты
        конфиденциальны, 000 ¶21); без --format формат берётся из расширения.

        Файл, который не удалось прочитать, называется в стандартном потоке ошибок и
        учитывается; остальные входят в отчёт. Код возврата: 0, если прочитаны все файлы, 2,
        если какой-то прочитать не удалось.
        """,
      en: """
        Reads records and journals (a folder stands for its .json and .jsonl files), each under
        its own methodology, and counts per state body, per unit (the employee's 'unit') and per
        evaluator the cases heard, confirmed, corrected up and down with the mean change, and
        undecided; the grades before and after; the findings of the audit by code; the deadlines
        missed by evaluation period. Files are read in parallel, with a progress line when
        standard error is a terminal.

        Formats: 'text' tables; 'html' one self-contained printable page whose charts are inline
        SVG (no script, no external file); 'json' the counts under stable keys; 'csv' one row per
        case. --lang sets the words of text and HTML, and the language a record's texts (body,
        period, names) are shown in, in every format. With -o the report is written to a file
        readable only by its owner (results are confidential, 000 ¶21), its format taken from the
        extension when --format is not given.

        A file that cannot be read is named on standard error and counted; the rest are reported.
        Exit status: 0 when every file was read, 2 when one could not be.
        """),
    arguments: [
      ArgumentSpec(
        name: "file",
        help: Phrase(
          kk: "Жазбалар, журналдар немесе олардың қалталары.",
          ru: "Записи, журналы или папки с ними.", en: "Records, journals, or folders of them."),
        arity: .oneOrMore)
    ],
    options: [
      .value(
        "--format", "format",
        help: Phrase(
          kk: "text, html, json немесе csv (әдепкі: text).",
          ru: "text, html, json или csv (по умолчанию: text).",
          en: "text, html, json or csv (default: text).")),
      .value(
        "--lang", "language",
        help: Phrase(
          kk: "text пен HTML сөздерінің және жазба мәтіндерінің тілі: kk, ru немесе en (әдепкі: kk).",
          ru: "Язык слов text и HTML и текстов записей: kk, ru или en (по умолчанию: kk).",
          en: "The words of text and HTML, and the records' texts: kk, ru or en (default: kk).")),
      .value(
        "--output", short: "-o", "file",
        help: Phrase(
          kk: "Шығарудың орнына осы файлға жазады (0600 режимі).",
          ru: "Записать в этот файл (режим 0600) вместо вывода.",
          en: "Write to this file (mode 0600) instead of printing.")),
      CalendarCommand.calendarOption,
    ],
    run: { invocation throws(CLIError) in try run(invocation) })

  enum Format: String, CaseIterable {
    case text, html, json, csv
  }

  private static func run(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let output = invocation.value("--output").flatMap { $0 == "-" ? nil : $0 }
    let format = try invocation.choice(
      "--format", default: output.flatMap(format(ofFile:)) ?? .text)
    let language = try invocation.choice("--lang", default: Language.kk)
    let calendar = try CalendarCommand.calendar(invocation)
    let paths = try expand(invocation.arguments("file"))
    let inputs = paths + invocation.values(CalendarCommand.calendarOption.name)
    // The destination is checked before the files are read, so that nothing is read in vain.
    if let output { try OutputFile(path: output, inputs: inputs).check() }
    // Text and HTML are read by a person: names are shown on one line with their controls
    // visible (VisibleText); JSON and CSV keep the texts as written, escaped by their writers.
    let shown = format == .text || format == .html
    var overview = summarize(
      paths, calendar: calendar, shown: shown, language: language, invocation)
    for (path, problem) in overview.problems {
      invocation.console.err(CLIError.error + Phrase(verbatim: "\(path): \(problem)"))
    }
    overview.value.unreadable = overview.problems.map(\.0)
    let text: String =
      switch format {
      case .text: VisibleText.lines(ReportText(labels: .labels(language)).render(overview.value))
      case .html: VisibleText.lines(ReportHTMLWriter(language: language).write(overview.value))
      case .json: JSONWriter().string(for: overview.value.jsonValue) + "\n"
      case .csv: overview.value.csv()
      }
    if let output {
      try Files.writeConfidential(text, to: output, inputs: inputs)
    } else {
      invocation.console.writeOut(text)
    }
    if !overview.problems.isEmpty {
      let (unread, all) = (overview.problems.count, paths.count)
      invocation.console.err(
        Phrase(
          kk: "\(all) файлдың \(unread) файлы оқылмады және есепке енбеді.",
          ru: "Не удалось прочитать файлов: \(unread) из \(all); они не вошли в отчёт.",
          en: "\(unread) of \(all) files could not be read and are left out."))
    }
    return overview.problems.isEmpty ? .success : .badInput
  }

  /// The overview of every file that could be read, and why each other one could not.
  ///
  /// Files are independent, so they are summarised on all cores at once, each into its own slot
  /// so that the order of the CSV rows is the caller's; the counts do not depend on it.
  static func summarize(
    _ paths: [String], calendar: WorkingCalendar, shown: Bool = false,
    language: Language = .kk, _ invocation: Invocation
  ) -> (value: Overview, problems: [(String, String)]) {
    let slots = Mutex([Result<SittingSummary, FileProblem>?](repeating: nil, count: paths.count))
    let progress = Progress(total: paths.count, console: invocation.console)
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      let summary = summarize(
        paths[index], calendar: calendar, shown: shown, language: language, invocation)
      slots.withLock { $0[index] = summary }
      progress.advance()
    }
    progress.finish()
    var overview = Overview()
    var problems: [(String, String)] = []
    for slot in slots.withLock({ $0 }) {
      switch slot {
      case .success(let summary)?: overview.add(summary)
      case .failure(let problem)?: problems.append((problem.file, problem.message))
      case nil: break
      }
    }
    return (overview, problems)
  }

  struct FileProblem: Error {
    var file: String
    var message: String
  }

  private static func summarize(
    _ path: String, calendar: WorkingCalendar, shown: Bool, language: Language,
    _ invocation: Invocation
  ) -> Result<SittingSummary, FileProblem> {
    do throws(CLIError) {
      let sitting = try Inputs.sitting(path, invocation)
      return .success(
        SittingSummary(
          file: shown ? VisibleText.inline(path) : path,
          record: shown ? sitting.record.displayedOnOneLine : sitting.record,
          methodology: sitting.methodology,
          journalFindings: sitting.journalFindings, calendar: calendar, language: language))
    } catch {
      return .failure(
        FileProblem(
          file: path, message: error.problemText(in: invocation.console.language)))
    }
  }

  /// The files named, a folder standing for its `.json` and `.jsonl` files in name order.
  static func expand(_ paths: [String]) throws(CLIError) -> [String] {
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        files.append(path)
        continue
      }
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
        throw .input(
          file: path,
          message: Phrase(
            kk: "қалтаның мазмұнын оқу мүмкін емес: \(Files.errorText()).",
            ru: "содержимое папки не удаётся прочитать: \(Files.errorText()).",
            en: "is a folder that cannot be listed: \(Files.errorText())."))
      }
      let folder = path.hasSuffix("/") ? path : path + "/"
      files += names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }.sorted()
        .map { folder + $0 }
    }
    return files
  }

  private static func format(ofFile path: String) -> Format? {
    let suffix = (path as NSString).pathExtension.lowercased()
    return suffix == "txt" ? .text : Format(rawValue: suffix)
  }
}

/// The line `read 1200 of 10000 files` on standard error, rewritten in place, only when
/// standard error is a terminal: a log or a pipe gets no carriage returns.
final class Progress: Sendable {
  private let total: Int
  private let console: Console
  private let isShown: Bool
  private let done = Mutex(0)

  init(total: Int, console: Console) {
    self.total = total
    self.console = console
    isShown = isatty(STDERR_FILENO) != 0 && total > 1
  }

  func advance() {
    guard isShown else { return }
    let count = done.withLock { value -> Int in
      value += 1
      return value
    }
    // About a hundred updates in all, so that printing never slows the reading.
    if count == total || count % max(total / 100, 1) == 0 {
      let line = Phrase(
        kk: "\(total) файлдың \(count) файлы оқылды", ru: "прочитано файлов: \(count) из \(total)",
        en: "read \(count) of \(total) files")
      show("\r" + console.text(line))
    }
  }

  func finish() {
    if isShown { show("\r\u{1B}[K") }
  }

  /// The line's own carriage return and erase-line, written past ``VisibleText`` (which would
  /// show them as `\r`): the text is the tool's, never a record's.
  private func show(_ text: String) { _ = console.write(.err, text) }
}
