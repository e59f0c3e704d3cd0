import HattamaJournal
import HattamaKit

/// `hattama session status|export|repair` and `hattama verify`: reading a journal, sealing a
/// torn one again, and checking it against the anchor on the signed protocol.
enum SessionReadCommands {
  static let status = CommandSpec(
    path: ["session", "status"],
    abstract: Phrase(
      kk: "Кім қатысып отырғанын, кворумды, әр істі ұсыныстарымен және бақылау белгісін көрсету.",
      ru: "Показать присутствующих, кворум, каждое дело с его предложениями и контрольную отметку.",
      en: "Show who is present, the quorum, each case with its motions, and the anchor."),
    discussion: Phrase(
      kk: """
        Бірінші жолда журналдың N:HEX бақылау белгісі тұр; жабылған отырыс үшін бұл
        'session close' шығарған, қол қойылған хаттамаға жазылатын белгі, сондықтан ол сол
        команданың шығысымен бірге жоғалмайды. --json оны "anchor" ретінде "closed"-пен бірге
        береді.
        """,
      ru: """
        Первая строка содержит контрольную отметку журнала N:HEX; для закрытого заседания это
        отметка, которую вывел 'session close' и которую пишут в подписанный протокол, поэтому
        она не теряется вместе с выводом той команды. В --json она в "anchor", вместе с
        "closed".
        """,
      en: """
        The first line gives the journal's anchor N:HEX; for a closed sitting it is the anchor
        'session close' printed, to write on the signed protocol, so it is never lost with that
        command's output. --json has it as "anchor", with "closed".
        """),
    arguments: [SessionCommands.journalArgument],
    options: [
      .flag(
        "--json",
        help: Phrase(
          kk: "Күйді JSON түрінде шығару.", ru: "Вывести состояние в JSON.",
          en: "Print the status as JSON.")),
      Inputs.methodologyOption,
    ],
    run: { invocation throws(CLIError) in
      let journal = try SessionJournal(invocation)
      let (state, report) = try journal.load()
      invocation.console.out(
        invocation.flag("--json")
          ? SessionStatus.json(state, report: report)
          : SessionStatus.text(state, report: report, language: invocation.console.language))
      return .success
    })

  static let export = CommandSpec(
    path: ["session", "export"],
    abstract: Phrase(
      kk: "Отырысты журналдың бақылау белгісімен бірге hattama.record/1 түрінде шығару.",
      ru: "Вывести заседание как hattama.record/1, с контрольной отметкой журнала.",
      en: "Print the sitting as a hattama.record/1, with the journal's anchor."),
    discussion: Phrase(
      kk: """
        'sitting.present' — кез келген сәтте қатысты деп тіркелгендердің бәрі; әр ұсыныстың
        шешімі — дауыс беру жабылған кезде есептелгені; 'journal' өрісінде {events, head}
        бақылау белгісі тұр.
        """,
      ru: """
        'sitting.present' — все, кто записан присутствующим в любой момент; результат каждого
        предложения — подсчитанный при закрытии голосования; 'journal' содержит контрольную
        отметку {events, head}.
        """,
      en: """
        'sitting.present' is everyone recorded present at any point; each motion's result is the
        one counted when its vote closed; 'journal' holds the anchor {events, head}.
        """),
    arguments: [SessionCommands.journalArgument],
    options: [Inputs.methodologyOption],
    run: { invocation throws(CLIError) in
      let journal = try SessionJournal(invocation)
      let (state, report) = try journal.load()
      invocation.console.out(state.record(anchor: report.anchor).encodedJSON())
      return .success
    })

  static let repair = CommandSpec(
    path: ["session", "repair"],
    abstract: Phrase(
      kk: "Үзілген соңғы жолды кесу (J.jsonl.broken файлында сақталады) және repair оқиғасын жазу.",
      ru: "Отрезать оборванную последнюю строку (сохраняется в J.jsonl.broken) и записать "
        + "событие repair.",
      en: "Cut a torn last line (kept in J.jsonl.broken) and record a repair event."),
    discussion: Phrase(
      kk: """
        Тек үзілген соңғы жол — жазу кезіндегі апаттан кейін соңғы жол ауысуынан кейін
        қалған байттар — жөнделеді. Басқа кез келген жердегі зақым — өзгерту: ол
        қабылданбайды және ештеңе өзгермейді. --json {"journal", "repair": "cut" |
        "already-repaired" | "interrupted-open", "broken", "cutBytes", "cutSHA256", "event",
        "anchor"} шығарады (қолданылмайтын жерде соңғы төртеуі null).
        """,
      ru: """
        Исправляется только оборванная последняя строка — байты после последнего перевода
        строки, какие оставляет сбой посреди записи. Повреждение в любом другом месте — это
        изменение журнала: оно отвергается, и ничего не меняется. --json выводит {"journal",
        "repair": "cut" | "already-repaired" | "interrupted-open", "broken", "cutBytes",
        "cutSHA256", "event", "anchor"} (последние четыре — null, где неприменимы).
        """,
      en: """
        Only a torn last line — bytes after the last newline, as a crash mid-write leaves them —
        is repaired. Damage anywhere else is tampering: it is refused and nothing changes.
        --json prints {"journal", "repair": "cut" | "already-repaired" | "interrupted-open",
        "broken", "cutBytes", "cutSHA256", "event", "anchor"} (the last four null where they do
        not apply).
        """),
    arguments: [SessionCommands.journalArgument],
    options: [
      .flag(
        "--json",
        help: Phrase(
          kk: "Жөнделгенді бір JSON объектісі ретінде шығару.",
          ru: "Вывести исправленное одним объектом JSON.",
          en: "Print what was repaired as one JSON object."))
    ],
    run: { invocation throws(CLIError) in
      let path = try invocation.required("journal")
      let repair: JournalRepair
      do throws(JournalFileError) {
        repair = try JournalFile(path: path).repair()
      } catch {
        throw .badInput(message: error.advised)
      }
      let console = invocation.console
      if invocation.flag("--json") {
        console.out(repairJSON(repair, journal: path))
        if case .repaired(let repaired) = repair {
          console.health.recorded(RecordedEvent(journal: path, anchor: repaired.anchor))
        }
        return .success
      }
      switch repair {
      case .repaired(let repaired):
        console.health.recorded(RecordedEvent(journal: path, anchor: repaired.anchor))
        let (torn, broken) = (repaired.tornTail.message, repaired.brokenPath)
        let (hash, seq) = (repaired.tornTail.sha256.hex, repaired.line.seq)
        console.out(
          Phrase(
            kk: "'\(path)' файлынан кесілді: \(torn.kk); '\(broken)' файлында сақталды "
              + "(sha256 \(hash)); \(seq)-оқиға ретінде жазылды.",
            ru: "Из '\(path)' отрезана \(torn.ru); сохранена в '\(broken)' (sha256 \(hash)); "
              + "записано как событие \(seq).",
            en: "Cut \(torn.en) from '\(path)', kept in '\(broken)' (sha256 \(hash)); recorded "
              + "as event \(seq)."))
        console.out(
          Phrase(
            kk: "Апатқа дейін расталған әрбір оқиға бүтін; жазылып жатқан оқиға болса, оны қайта "
              + "енгізіңіз.",
            ru: "Все события, подтверждённые до сбоя, целы; введите заново то, что записывалось, "
              + "если такое было.",
            en: "Every event acknowledged before the crash is intact; re-enter the one that was "
              + "being written, if any."))
        console.out(repaired.anchor.description)
      case .alreadyRepaired(let brokenPath, let anchor):
        console.health.recorded(RecordedEvent(journal: path, anchor: anchor))
        console.out(
          Phrase(
            kk: "'\(path)' бұрын жөнделген (оның соңғы оқиғасы '\(brokenPath)' файлында "
              + "сақталған байттарды тіркейді); ол дискіге қайта жазылды.",
            ru: "'\(path)' уже исправлен (его последнее событие записывает байты, сохранённые в "
              + "'\(brokenPath)'); он снова сброшен на диск.",
            en: "'\(path)' was already repaired (its last event records the bytes kept in "
              + "'\(brokenPath)'); it is flushed to disk again."))
        console.out(anchor.description)
      case .interruptedOpen(let brokenPath):
        console.out(
          Phrase(
            kk: "'\(path)' файлында бірде-бір толық жол болмады: аяқталмаған 'session open'. "
              + "Оның байттары '\(brokenPath)' файлында сақталды; 'hattama session open' "
              + "командасын қайта орындаңыз.",
            ru: "В '\(path)' не было ни одной полной строки: 'session open' не завершился. Его "
              + "байты сохранены в '\(brokenPath)'; снова выполните 'hattama session open'.",
            en: "'\(path)' held no complete line: a 'session open' that never finished. Its "
              + "bytes are kept in '\(brokenPath)'; run 'hattama session open' again."))
      }
      return .success
    })

  /// `session repair --json`: what was done, the bytes cut and where they are kept.
  static func repairJSON(_ repair: JournalRepair, journal: String) -> String {
    let kind: String
    var broken: String
    var cut: (bytes: JSONValue, sha256: JSONValue) = (.null, .null)
    var anchor: JournalAnchor?
    switch repair {
    case .repaired(let repaired):
      (kind, broken, anchor) = ("cut", repaired.brokenPath, repaired.anchor)
      cut = (.number(repaired.tornTail.byteCount), .string(repaired.tornTail.sha256.hex))
    case .alreadyRepaired(let brokenPath, let last):
      (kind, broken, anchor) = ("already-repaired", brokenPath, last)
    case .interruptedOpen(let brokenPath):
      (kind, broken) = ("interrupted-open", brokenPath)
    }
    return JSONWriter().string(
      for: .object([
        ("journal", .string(journal)), ("repair", .string(kind)), ("broken", .string(broken)),
        ("cutBytes", cut.bytes), ("cutSHA256", cut.sha256),
        ("event", anchor.map { .number($0.events) } ?? .null),
        ("anchor", anchor.map { .string($0.description) } ?? .null),
      ]))
  }

  static let verify = CommandSpec(
    path: ["verify"],
    abstract: Phrase(
      kk: "Журналдың хэш тізбегін және оның хаттамадағы бақылау белгісіне сәйкестігін тексеру.",
      ru: "Проверить цепочку хэшей журнала и её совпадение с контрольной отметкой в протоколе.",
      en: "Check a journal's hash chain, and that it matches the anchor on the protocol."),
    discussion: Phrase(
      kk: """
        Шығу коды: тізбек бүтін болса (және --expect-ке сәйкес келсе) 0; өзгертілген,
        жойылған немесе орны ауысқан бірінші жолды немесе бақылау белгісінен айырмашылықты
        (жолдар аз, N-жол өзгертілген, тізбек N-ге дейін үзілген) атап 1; файл оқылмаса немесе
        мүлдем журнал болмаса (бірінші жолы журналдың 'open' жолы емес) 2. '-' журналды
        стандартты енгізуден оқиды. --json {"file", "intact", "events", "anchor", "findings"}
        шығарады, findings 'audit --json' жазатындай (journal.tampered, journal.torn).
        """,
      ru: """
        Код выхода: 0, если цепочка цела (и совпадает с --expect); 1 с указанием первой
        изменённой, удалённой или переставленной строки или отличия от отметки: строк меньше,
        строка N изменена, цепочка разорвана до N; 2, если файл нельзя прочитать или это вовсе
        не журнал (его первая строка — не строка 'open' журнала). '-' читает журнал из
        стандартного ввода. --json выводит {"file", "intact", "events", "anchor", "findings"},
        findings — как их пишет 'audit --json' (journal.tampered, journal.torn).
        """,
      en: """
        Exit status: 0 when the chain is intact (and matches --expect), 1 naming the first line
        edited, removed or reordered, or what differs from the anchor: fewer lines, line N
        changed, the chain broken before N; 2 when the file cannot be read or is not a journal
        at all (its first line is not a journal's 'open' line). '-' reads the journal from
        standard input. --json prints {"file", "intact", "events", "anchor", "findings"}, the
        findings as 'audit --json' writes them (journal.tampered, journal.torn).
        """),
    arguments: [
      ArgumentSpec(
        name: "journal",
        help: Phrase(
          kk: "Отырыстың журналы (J.jsonl) немесе стандартты енгізу үшін '-'.",
          ru: "Журнал заседания (J.jsonl) или '-' для стандартного ввода.",
          en: "The sitting's journal (J.jsonl), or '-' for standard input."))
    ],
    options: [
      .value(
        "--expect", "N:HEX",
        help: Phrase(
          kk: "'session close' шығарған және қол қойылған хаттамадағы бақылау белгісі.",
          ru: "Контрольная отметка, выведенная 'session close' и стоящая в подписанном протоколе.",
          en: "The anchor printed by 'session close' and on the signed protocol.")),
      .flag(
        "--json",
        help: Phrase(
          kk: "Нәтижені JSON түрінде шығару.", ru: "Вывести результат в JSON.",
          en: "Print the result as JSON.")),
    ],
    run: { invocation throws(CLIError) in
      let path = try invocation.required("journal")
      var expected: JournalAnchor?
      if let text = invocation.value("--expect") {
        do throws(JournalAnchorError) {
          expected = try JournalAnchor(parsing: text)
        } catch {
          throw .usage(
            .invalidValue(
              option: "--expect", value: text,
              expected: Phrase(
                kk: "'session close' шығаратын N:HEX",
                ru: "N:HEX, как его выводит 'session close'",
                en: "N:HEX as 'session close' prints it")),
            command: invocation.command.path)
        }
      }
      let report: ChainReport
      var head: [UInt8]? = nil
      if path == "-" {
        let bytes = try Files.read(path)
        head = Array(bytes.prefix(1 << 16))
        report = Journal(bytes: bytes, expecting: expected).report
      } else {
        do throws(JournalFileError) {
          report = try JournalFile(path: path).verify(expecting: expected)
        } catch {
          throw .badInput(message: error.advised)
        }
      }
      if report.firstBreak?.line == 1, head == nil {
        head = try Files.read(path, upTo: 1 << 16)
      }
      if report.firstBreak?.line == 1, !Self.namesJournalFormat(head ?? []) {
        throw .input(
          file: path,
          message: Phrase(
            kk: "журнал емес: оның бірінші жолы \(JournalLine.format) журналының 'open' жолы "
              + "емес. record/1 файлы 'hattama audit \(path)' арқылы тексеріледі.",
            ru: "не журнал: его первая строка — не строка 'open' журнала \(JournalLine.format). "
              + "Файл record/1 проверяется командой 'hattama audit \(path)'.",
            en: "is not a journal: its first line is not the 'open' line of a "
              + "\(JournalLine.format) journal. A record/1 file is checked with "
              + "'hattama audit \(path)'."))
      }
      if invocation.flag("--json") {
        invocation.console.out(Self.json(report, file: path, in: invocation.console.language))
        return report.isIntact ? .success : .failure
      }
      // The verdict in green or red where standard output shows colour.
      var verdict = ConsoleText("'\(path)': ")
      verdict.append(
        invocation.console.text(report.message), report.isIntact ? .intact : .violation)
      invocation.console.out(verdict)
      if report.isIntact, report.tornTail != nil {
        let repair = "'hattama session repair \(path)'"  // l10n: ignore
        invocation.console.err(
          Phrase(
            kk: "Ескерту: ары қарай жазбас бұрын \(repair) орындаңыз.",
            ru: "Предупреждение: прежде чем записывать дальше, выполните \(repair).",
            en: "Warning: run \(repair) before recording more."))
      }
      return report.isIntact ? .success : .failure
    })

  /// `{"file", "intact", "events", "anchor", "findings"}`: what a script needs of a check.
  static func json(_ report: ChainReport, file: String, in language: Language) -> String {
    JSONWriter().string(
      for: .object([
        ("file", .string(file)), ("intact", .bool(report.isIntact)),
        ("events", .number(report.lineCount)),
        ("anchor", report.anchor.map { .string($0.description) } ?? .null),
        ("findings", .array(report.findings(subject: "record").map { $0.jsonValue(in: language) })),
      ]))
  }

  /// Whether the file's first line names the journal format: then a break at line 1 is damage
  /// to a journal (exit 1), otherwise the file was never one (exit 2).
  static func namesJournalFormat(_ head: [UInt8]) -> Bool {
    let marker = Array("\"format\":\"\(JournalLine.format)\"".utf8)
    let firstLine = head.prefix { $0 != 0x0A }
    return firstLine.count >= marker.count
      && (0...(firstLine.count - marker.count)).contains { start in
        firstLine.dropFirst(start).starts(with: marker)
      }
  }
}
