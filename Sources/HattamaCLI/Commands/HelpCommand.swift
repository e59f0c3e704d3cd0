// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// `hattama help [COMMAND]`: the help of a command or of a group, as `--help` prints it; with
/// `--man` the whole manual page, generated from the same command specs.
enum HelpCommand {
  static let spec = CommandSpec(
    path: ["help"],
    abstract: "Show the help of a command, or with --man the manual page (roff).",
    discussion: """
      'hattama help session vote' prints what 'hattama session vote --help' prints;
      'hattama help session' lists the session commands. 'hattama help --man > hattama.1' writes
      the manual page, generated from the same specs as every --help.
      """,
    arguments: [ArgumentSpec(name: "command", help: "The words of a command.", arity: .zeroOrMore)],
    options: [.flag("--man", help: "Print the manual page of every command, in roff.")],
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
    invocation.console.out(HelpFormatter.list(commands, under: words, in: invocation.console.language))
    return .success
  }
}
