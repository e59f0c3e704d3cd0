import HattamaKit

/// `hattama roster check` and `hattama roster compose`: HR's composition rules.
enum RosterCommands {
  static let check = CommandSpec(
    path: ["roster", "check"],
    abstract: Phrase(
      kk: "Жазбаның құрамын оның әдістемесінің ережелері бойынша тексереді.",
      ru: "Проверяет состав в записи по правилам её методики.",
      en: "Check a record's composition against its methodology's rules."),
    discussion: Phrase(
      kk: """
        Жазба бұзатын әр құрам ережесін анықталған мән-жай коды, тармағы және қатысты адаммен
        бірге көрсетеді және нені түзету керегін айтады. Шығу коды: ешбір ереже бұзылмаса 0,
        бұзылса 1, файл оқылмаса 2.
        """,
      ru: """
        Сообщает о каждом нарушенном правиле состава с кодом замечания, пунктом и лицом, которого
        оно касается, и называет, что исправить. Код возврата: 0, если ни одно правило не
        нарушено, 1, если нарушено, 2, если файл не удалось прочитать.
        """,
      en: """
        Reports every composition rule the record breaks, each with its finding code, clause and
        the person concerned, and names what to fix. Exit status: 0 when no rule is broken, 1 when
        one is, 2 when the file cannot be read.
        """),
    arguments: [
      ArgumentSpec(
        name: "record",
        help: Phrase(
          kk: "Құрамы бар hattama.record/1 файлы.", ru: "Файл hattama.record/1 с составом.",
          en: "A hattama.record/1 file with a composition."))
    ],
    options: [
      .flag(
        "--json",
        help: Phrase(
          kk: "Анықталған мән-жайларды JSON түрінде шығарады.",
          ru: "Выводит замечания проверки в виде JSON.", en: "Print the findings as JSON.")),
      Inputs.methodologyOption,
    ],
    run: { invocation throws(CLIError) in
      let path = try invocation.required("record")
      let record = try Inputs.record(path)
      guard let composition = record.composition else {
        throw .input(
          file: path,
          message: Phrase(
            kk: "тексеретін 'composition' жоқ. Оны 'candidates' тізімінен толтыру үшін "
              + "'hattama roster compose \(path)' іске қосыңыз.",
            ru: "нет 'composition' для проверки. Чтобы заполнить её из 'candidates', выполните "
              + "'hattama roster compose \(path)'.",
            en: "has no 'composition' to check. To fill one from 'candidates', run "
              + "'hattama roster compose \(path)'."))
      }
      let findings: [Finding]
      switch try governing(record, file: path, invocation) {
      case .rules(let rules): findings = composition.findings(in: record, under: rules)
      case .findings(let refusals): findings = refusals
      }
      return report(FindingReport(files: [.init(file: path, findings: findings)]), invocation)
    })

  static let compose = CommandSpec(
    path: ["roster", "compose"],
    abstract: Phrase(
      kk: "Жобаның құрамын әр ереже сақталатындай етіп кандидаттарынан толтырады.",
      ru: "Заполняет состав проекта из кандидатов так, чтобы соблюдались все правила.",
      en: "Fill a draft's composition from its candidates so that every rule is kept."),
    discussion: Phrase(
      kk: """
        Әр істің қызметшісі мен бағалаушы адамдарын құрамға қоспайды; әдістеме талап еткен
        жерде персоналды басқару қызметінің (HR) бір қызметкерін дауыс беретін мүше етіп, HR-дың
        басқа қызметкерін хатшы (дауыс бермейді) етіп және төрағаны атайды. --size берілмесе,
        құрам ережелер рұқсат ететін ең шағын құрам болады. Шығу коды: құрам жасалса 0, жарамды
        құрам жоқ болса 1 (себебі шығарылады), файл оқылмаса 2.
        """,
      ru: """
        Исключает служащего и оценивающих лиц каждого дела; назначает работника службы
        управления персоналом (HR) голосующим членом, где этого требует методика, другого
        работника HR — секретарём (он не голосует) и председателя. Без --size состав —
        наименьший, какой допускают правила. Код возврата: 0, если состав сформирован, 1, если
        допустимого состава нет (причина выводится), 2, если файл не удалось прочитать.
        """,
      en: """
        Leaves out the employee and the evaluators of every case, names an HR employee as a voting
        member where the methodology requires one, another HR employee as the secretary (who does
        not vote), and a chair. Without --size the composition is the smallest the rules allow.
        Exit status: 0 when a roster was composed, 1 when no valid roster exists (the reason is
        printed), 2 when the file cannot be read.
        """),
    arguments: [
      ArgumentSpec(
        name: "record",
        help: RosterWords.draftWithCandidates)
    ],
    options: [
      .value(
        "--size", "n",
        help: Phrase(
          kk: "Дауыс беретін мүшелер саны (тақ, ең аз саннан кем емес).",
          ru: "Число голосующих членов (нечётное, не меньше минимума).",
          en: "The number of voting members (odd, at least the minimum).")),
      .value(
        "--chair", "id",
        help: Phrase(
          kk: "Төраға (мүше); болмаса жобадағы, болмаса HR-да жоқ бірінші мүше.",
          ru: "Председатель (член); иначе указанный в проекте, иначе первый член не из HR.",
          en: "The chair (a member); else the draft's, else the first member not in HR.")),
      .value(
        "--secretary", "id",
        help: Phrase(
          kk: "Хатшы (HR қызметкері, дауыс бермейді).", ru: "Секретарь (работник HR, не голосует).",
          en: "The secretary (an HR employee, who does not vote).")),
      .flag(
        "--json",
        help: Phrase(
          kk: "Құрамның орнына толтырылған record/1 шығарады.",
          ru: "Выводит заполненную запись record/1 вместо состава.",
          en: "Print the completed record/1 instead of the roster.")),
      Inputs.methodologyOption,
    ],
    run: { invocation throws(CLIError) in try runCompose(invocation) })

  /// The record's methodology and the rules of its body, or findings saying why there are none.
  private static func governing(
    _ record: Record, file path: String, _ invocation: Invocation
  ) throws(CLIError)
    -> Governed
  {
    let methodology = try Inputs.chosenMethodology(record, file: path, invocation)
    guard let methodology, let rules = methodology.rules(for: record.kind) else {
      return .findings(
        Audit.findings(for: record, methodology: methodology).filter {
          $0.code.rawValue.hasPrefix("methodology.")
        })
    }
    return .rules(rules)
  }

  private enum Governed {
    case rules(BodyRules)
    case findings([Finding])
  }

  private static func report(_ report: FindingReport, _ invocation: Invocation) -> ExitCode {
    if invocation.flag("--json") {
      invocation.console.out(report.json())
    } else {
      invocation.console.out(report.text())
    }
    return report.exitCode
  }

  private static func runCompose(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let path = try invocation.required("record")
    var record = try Inputs.record(path)
    guard record.candidates != nil else {
      throw .input(
        file: path,
        message: RosterWords.noCandidates)
    }
    let size = try invocation.integer("--size", in: 1...999)
    guard case .rules(let rules) = try governing(record, file: path, invocation) else {
      let (id, kind) = (record.methodology, record.kind.rawValue)
      throw .failed(
        message: Phrase(
          kk: "\(path): '\(id)' әдістемесі бұл органды (\(kind)) реттей алмайды; себебін "
            + "'hattama roster check \(path)' көрсетеді.",
          ru: "\(path): методика '\(id)' не может регулировать этот орган (\(kind)); причину "
            + "покажет 'hattama roster check \(path)'.",
          en: "\(path): the methodology '\(id)' cannot govern a \(kind); run "
            + "'hattama roster check \(path)' for the reason."))
    }
    let roster: RosterComposer.Roster
    do {
      // A chair the draft already names is kept unless --chair says otherwise.
      roster = try RosterComposer(record: record, rules: rules).compose(
        size: size, chair: invocation.value("--chair") ?? record.composition?.chair,
        secretary: invocation.value("--secretary") ?? record.composition?.secretary)
    } catch {
      throw .failed(message: Phrase(untranslated: error.message))
    }
    record.composition = roster.composition
    record.candidates = nil
    if invocation.flag("--json") {
      invocation.console.out(record.encodedJSON())
    } else {
      print(roster, of: record, rules: rules, console: invocation.console)
    }
    return .success
  }

  private static func print(
    _ roster: RosterComposer.Roster, of record: Record, rules: BodyRules, console: Console
  ) {
    let composition = roster.composition
    func name(_ id: PersonID) -> String {
      VisibleText.inline(record.person(id)?.name.text(in: console.language) ?? id)
    }
    let people = composition.members + [composition.secretary].compactMap { $0 }
    let (body, count) = (record.kind.name, composition.members.count)
    console.out(
      Phrase(
        kk: "Құрам жасалды: \(body.kk), дауыс беретін мүшелер саны — \(count):",
        ru: "Сформирован состав: \(body.ru), голосующих членов — \(count):",
        en: "Composed a \(record.kind == .calibration ? body.en : "commission") of \(count) "
          + "voting members:"))
    let yes = console.text(Phrase(kk: "иә", ru: "да", en: "yes"))
    console.out(
      TextTable.render(
        header: (RosterWords.header + [Phrase(verbatim: "HR")]).map(console.text),
        rows: people.map {
          [
            console.text(RosterWords.role(of: $0, in: composition)), $0, name($0),
            record.person($0)?.hr == true ? yes : "",
          ]
        }))
    if !roster.excluded.isEmpty {
      console.out("")
      console.out(Phrase(kk: "Құрамға қосылмағандар:", ru: "Не включены:", en: "Left out:"))
      for exclusion in roster.excluded {
        console.out("  \(exclusion.candidate): \(exclusion.reason)")
      }
    }
    console.out("")
    console.out(
      Phrase(
        kk: "Толтырылған жазбаны --json шығарады; оны 'hattama roster check' қабылдайды.",
        ru: "Заполненную запись выводит --json; её принимает 'hattama roster check'.",
        en: "Print the completed record with --json; 'hattama roster check' accepts it."))
  }
}
