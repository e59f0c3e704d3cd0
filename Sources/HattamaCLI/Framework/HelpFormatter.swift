import HattamaKit

/// The `--help` text of a command and the list of commands, laid out as swift-argument-parser
/// does: OVERVIEW, USAGE, ARGUMENTS, OPTIONS.
enum HelpFormatter {
  static let column = 26

  /// `hattama session attend <journal> --date <date> --present <id> ... [--json]`.
  static func usageLine(for command: CommandSpec) -> String {
    let arguments = command.arguments.map { argument in
      switch argument.arity {
      case .one: "<\(argument.name)>"
      case .optional: "[<\(argument.name)>]"
      case .oneOrMore: "<\(argument.name)> ..."
      case .zeroOrMore: "[<\(argument.name)> ...]"
      }
    }
    let options = command.options.map { $0.isRequired ? $0.synopsis : "[\($0.synopsis)]" }
    return ([command.fullName] + arguments + options).joined(separator: " ")
  }

  static func help(for command: CommandSpec, in language: Language) -> String {
    let text = { (phrase: Phrase) in phrase.text(in: language) }
    var lines = [text(Heading.overview) + " " + text(command.abstract)]
    if let discussion = command.discussion { lines += ["", text(discussion)] }
    lines += ["", text(Heading.usage) + " " + usageLine(for: command)]
    if !command.arguments.isEmpty {
      lines += ["", text(Heading.arguments)]
      lines += command.arguments.map { row("<\($0.name)>", text($0.help)) }
    }
    lines += ["", text(Heading.options)]
    lines += command.options.map { option in
      row((option.short.map { "\($0), " } ?? "") + option.synopsis, text(option.help))
    }
    lines.append(row("-h, --help", text(showHelp)))
    return lines.joined(separator: "\n")
  }

  /// The commands under a prefix (all of them for `hattama --help`).
  static func list(_ commands: [CommandSpec], under prefix: [String], in language: Language)
    -> String
  {
    let text = { (phrase: Phrase) in phrase.text(in: language) }
    let name = (["hattama"] + prefix).joined(separator: " ")
    var lines = [
      text(Heading.overview) + " " + text(overview), "",
      text(Heading.usage) + " \(name) <subcommand>", "", text(Heading.subcommands),
    ]
    lines += commands.filter { $0.path.starts(with: prefix) }.map {
      row($0.path.dropFirst(prefix.count).joined(separator: " "), text($0.abstract))
    }
    lines += ["", text(Heading.exitStatus) + " " + text(exitStatus), "", text(detailedHelp(name))]
    return lines.joined(separator: "\n")
  }

  /// The headings of a help text, as swift-argument-parser writes them in English.
  enum Heading {
    static let overview = Phrase(kk: "СИПАТТАМА:", ru: "ОПИСАНИЕ:", en: "OVERVIEW:")
    static let usage = Phrase(kk: "ҚОЛДАНЫЛУЫ:", ru: "ИСПОЛЬЗОВАНИЕ:", en: "USAGE:")
    static let arguments = Phrase(kk: "АРГУМЕНТТЕР:", ru: "АРГУМЕНТЫ:", en: "ARGUMENTS:")
    static let options = Phrase(kk: "ОПЦИЯЛАР:", ru: "ПАРАМЕТРЫ:", en: "OPTIONS:")
    static let subcommands = Phrase(kk: "КОМАНДАЛАР:", ru: "КОМАНДЫ:", en: "SUBCOMMANDS:")
    static let exitStatus = Phrase(kk: "ШЫҒУ КОДЫ:", ru: "КОД ВОЗВРАТА:", en: "EXIT STATUS:")
  }

  static let showHelp = Phrase(
    kk: "Анықтаманы көрсетеді.", ru: "Показывает справку.", en: "Show help information.")

  /// What the tool is for, in the list of commands and the manual page.
  static let overview = Phrase(
    kk: """
      Қазақстанның мемлекеттік қызметіндегі калибрлеу сессиялары мен бағалау жөніндегі
      комиссиялар: құрам, отырыстағы дауыс беру, мерзімдер, тексеру және хаттама.
      """,
    ru: """
      Калибровочные сессии и комиссии по оценке на государственной службе Казахстана:
      составы, голосование на заседании, сроки, проверка и протокол (хаттама).
      """,
    en: """
      Calibration sessions and evaluation commissions of Kazakhstan's civil service:
      rosters, live voting, deadlines, audit and the protocol (хаттама).
      """)

  /// What the exit codes mean (SPEC.md, "Exit codes").
  static let exitStatus = Phrase(
    kk: """
      0 орындалды (бұзушылық жоқ); 1 ереже әрекеттен бас тартты немесе тексеру
      бұзушылық тапты; 2 қате қолдану, оқылмайтын кіріс, сәтсіз жазу немесе шығару
      мүмкін болмаған нәтиже (оқиға бұрын жазылған болса, stderr '№ N оқиға ретінде
      жазылды' дейді).
      """,
    ru: """
      0 выполнено (нарушений нет); 1 правило отказало в действии или проверка нашла
      нарушение; 2 неверное использование, нечитаемые входные данные, сбой записи или
      вывод, который не удалось напечатать (если событие уже записано, stderr сообщает
      'записано как событие N').
      """,
    en: """
      0 done (no violation); 1 a rule refused the action or a check found a
      violation; 2 bad usage, unreadable input, a failed write, or output that could not be
      printed (when the event was already recorded, stderr says 'recorded as event N').
      """)

  static func detailedHelp(_ name: String) -> Phrase {
    let help = "'\(name) <subcommand> --help'"
    return Phrase(
      kk: "Толық анықтама: \(help).", ru: "Подробная справка: \(help).",
      en: "See \(help) for detailed help.")
  }

  private static func row(_ left: String, _ right: String) -> String {
    let label = "  " + left
    guard label.count < column else {
      return label + "\n" + String(repeating: " ", count: column) + right
    }
    return label + String(repeating: " ", count: column - label.count) + right
  }
}
