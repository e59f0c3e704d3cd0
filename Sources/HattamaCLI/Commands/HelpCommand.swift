import HattamaKit

/// `hattama help [COMMAND]`: the help of a command or of a group, as `--help` prints it; with
/// `--man` the whole manual page, generated from the same command specs.
enum HelpCommand {
  static let spec = CommandSpec(
    path: ["help"],
    abstract: Phrase(
      kk: "Команданың анықтамасын, ал --man опциясымен анықтамалық бетті (roff) көрсетеді.",
      ru: "Показывает справку команды, а с --man — страницу руководства (roff).",
      en: "Show the help of a command, or with --man the manual page (roff)."),
    discussion: Phrase(
      kk: """
        'hattama help session vote' 'hattama session vote --help' шығаратынды шығарады;
        'hattama help session' session командаларын тізеді. 'hattama help --man > hattama.1'
        анықтамалық бетті жазады: ол әр --help сияқты сол сипаттамалардан жасалады.
        """,
      ru: """
        'hattama help session vote' выводит то же, что 'hattama session vote --help';
        'hattama help session' перечисляет команды session. 'hattama help --man > hattama.1'
        записывает страницу руководства, созданную из тех же описаний, что и каждый --help.
        """,
      en: """
        'hattama help session vote' prints what 'hattama session vote --help' prints;
        'hattama help session' lists the session commands. 'hattama help --man > hattama.1' writes
        the manual page, generated from the same specs as every --help.
        """),
    arguments: [
      ArgumentSpec(
        name: "command",
        help: Phrase(
          kk: "Команданың сөздері.", ru: "Слова команды.", en: "The words of a command."),
        arity: .zeroOrMore)
    ],
    options: [
      .flag(
        "--man",
        help: Phrase(
          kk: "Барлық командалардың анықтамалық бетін roff түрінде шығарады.",
          ru: "Выводит страницу руководства всех команд в формате roff.",
          en: "Print the manual page of every command, in roff."))
    ],
    run: { invocation throws(CLIError) in try run(invocation) })

  private static func run(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let commands = Commands.all
    if invocation.flag("--man") {
      invocation.console.out(ManualPage.roff(commands, in: invocation.console.language))
      return .success
    }
    let words = invocation.arguments("command")
    if let command = commands.first(where: { $0.path == words }) {
      invocation.console.out(HelpFormatter.help(for: command, in: invocation.console.language))
      return .success
    }
    guard commands.contains(where: { $0.path.starts(with: words) }) else {
      let known = commands.wordRuns
      let text = words.joined(separator: " ")
      throw .usage(
        .unknownCommand(text, suggestion: text.nearest(in: known)), command: spec.path)
    }
    invocation.console.out(
      HelpFormatter.list(commands, under: words, in: invocation.console.language))
    return .success
  }
}
