import Dispatch
import HattamaKit
import Synchronization

/// `hattama audit FILE...`: every rule, for an appeal reviewer.
enum AuditCommand {
  static let spec = CommandSpec(
    path: ["audit"],
    abstract: Phrase(
      kk: "Жазылған отырыстарды олардың әдістемесінің барлық ережелері бойынша тексереді.",
      ru: "Проверяет записанные заседания по всем правилам их методики.",
      en: "Check recorded sittings against every rule of their methodology."),
    discussion: Phrase(
      kk: """
        Әр файл — hattama.record/1 JSON немесе хатшының журналы. Анықталған мән-жайлар файл
        және маңыздылық бойынша топталады, әрқайсысында коды, тармағы және субъектісі бар;
        оқылмайтын файл stderr-де себебімен аталады (оның --json жазбасында себеп "error"
        болып беріледі), ал қалған файлдар бәрібір тексеріледі. Мерзімдер Қазақстанның жұмыс
        күндерімен есептеледі (кейінгі қаулыны --calendar арқылы қосыңыз). Шығу коды: ешбір
        файлда бұзушылық болмаса 0 (ескертулер шығуы мүмкін), бұзушылық болса 1, файл
        оқылмаса немесе есеп шығарылмаса 2.
        """,
      ru: """
        Каждый файл — JSON hattama.record/1 или журнал секретаря. Замечания проверки
        сгруппированы по файлам и степени, у каждого — код, пункт и предмет; файл, который не
        удалось прочитать, назван в stderr с причиной (в --json его запись содержит её как
        "error"), а остальные файлы всё равно проверяются. Сроки считаются в рабочих днях
        Казахстана (более позднее постановление добавляется через --calendar). Код возврата:
        0, если ни в одном файле нет нарушений (предупреждения могут выводиться), 1, если
        есть, 2, если файл не удалось прочитать или отчёт не удалось вывести.
        """,
      en: """
        Each file is a hattama.record/1 JSON or a secretary's journal. Findings are grouped by
        file and severity, each with its code, clause and subject; a file that cannot be read is
        named on stderr with the reason (its --json entry carries it as "error") and the others
        are still audited. Deadlines are counted on Kazakhstan's working days (add a later
        decree with --calendar). Exit status: 0 when no file has a violation (warnings may be
        printed), 1 when one has, 2 when a file could not be read or the report could not be
        printed.
        """),
    arguments: [
      ArgumentSpec(
        name: "file",
        help: Phrase(
          kk: "Тексерілетін жазбалар немесе журналдар.", ru: "Записи или журналы для проверки.",
          en: "Records or journals to audit."),
        arity: .oneOrMore)
    ],
    options: [
      .flag(
        "--json",
        help: Phrase(
          kk: "{\"files\": [...], \"violations\": N, \"warnings\": N} шығарады.",
          ru: "Выводит {\"files\": [...], \"violations\": N, \"warnings\": N}.",
          en: "Print {\"files\": [...], \"violations\": N, \"warnings\": N}.")),
      Inputs.methodologyOption, CalendarCommand.calendarOption,
    ],
    run: { invocation throws(CLIError) in
      let calendar = try CalendarCommand.calendar(invocation)
      let report = FindingReport(
        files: auditAll(invocation.arguments("file"), calendar: calendar, invocation))
      for error in report.errors { invocation.console.err(error) }
      if invocation.flag("--json") {
        invocation.console.out(report.json())
      } else {
        invocation.console.out(report.text())
      }
      return report.exitCode
    })

  /// Every file's findings, in the order given.
  ///
  /// Files are independent and the audit reads nothing but its file, so they are audited on all
  /// cores at once; each result goes to its own slot, so the report's order stays the caller's.
  static func auditAll(_ paths: [String], calendar: WorkingCalendar, _ invocation: Invocation)
    -> [FindingReport.FileFindings]
  {
    let results = Mutex([FindingReport.FileFindings?](repeating: nil, count: paths.count))
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      let audited = audit(paths[index], calendar: calendar, invocation)
      results.withLock { $0[index] = audited }
    }
    return results.withLock { $0.compactMap { $0 } }
  }

  /// One file's findings, or why it could not be audited.
  static func audit(_ path: String, calendar: WorkingCalendar, _ invocation: Invocation)
    -> FindingReport.FileFindings
  {
    do throws(CLIError) {
      let sitting = try Inputs.sitting(path, invocation)
      let findings = Audit.findings(
        for: sitting.record, methodology: sitting.methodology,
        extra: [DeadlineCheck(calendar: calendar)])
      return .init(file: path, findings: sitting.journalFindings + findings)
    } catch {
      return .init(
        file: path, findings: [], error: error.problemText(in: invocation.console.language))
    }
  }
}
