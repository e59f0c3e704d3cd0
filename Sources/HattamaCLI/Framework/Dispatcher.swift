import HattamaKit

/// Finds the command a command line names, parses its arguments, runs it and maps errors to
/// exit codes.
struct Dispatcher {
  var commands: [CommandSpec]

  /// Runs `hattama` with the words after the executable's name.
  ///
  /// When standard output could not be written the exit code is 2 whatever the command
  /// returned, with a sentence on stderr naming the event already recorded, if any: a script
  /// must not take output it never received for granted, and must know the event is on disk.
  func run(_ words: [String], console: Console) -> ExitCode {
    let code = dispatch(words, console: console)
    guard let errno = console.health.failure(of: .out) else { return code }
    let lost = CLIError.outputLost(errno: errno, recorded: console.health.lastRecorded)
    console.err(lost.message(commands: commands, in: console.language))
    return lost.exitCode
  }

  private func dispatch(_ words: [String], console: Console) -> ExitCode {
    if words == ["--version"] || words == ["-V"] {
      console.out("hattama \(HattamaCLI.version)")
      return .success
    }
    guard let command = longestMatch(words) else { return listOrRefuse(words, console: console) }
    do {
      switch try ArgumentParser(command: command).parse(
        Array(words.dropFirst(command.path.count)), console: console)
      {
      case .help:
        console.out(HelpFormatter.help(for: command, in: console.language))
        return .success
      case .run(let invocation):
        return try command.run(invocation)
      }
    } catch {
      console.err(error.message(commands: commands, in: console.language))
      return error.exitCode
    }
  }

  private func longestMatch(_ words: [String]) -> CommandSpec? {
    commands.filter { words.starts(with: $0.path) }.max { $0.path.count < $1.path.count }
  }

  /// `hattama`, `hattama session` or `hattama --help` list commands; an unknown word is refused
  /// with a suggestion.
  private func listOrRefuse(_ words: [String], console: Console) -> ExitCode {
    let prefix = Array(words.prefix { !$0.hasPrefix("-") })
    let known = commands.filter { $0.path.starts(with: prefix) }
    if !known.isEmpty {
      let helpAsked =
        words.count == prefix.count || words.contains("--help") || words.contains("-h")
      (helpAsked ? console.out : console.err)(
        HelpFormatter.list(commands, under: prefix, in: console.language))
      return helpAsked ? .success : .badInput
    }
    var matched: [String] = []
    for word in prefix {
      let next = Set(commands.filter { $0.path.starts(with: matched + [word]) }.map(\.path))
      if next.isEmpty {
        let choices = Set(
          commands.filter { $0.path.starts(with: matched) && $0.path.count > matched.count }
            .map { $0.path[matched.count] })
        let problem = UsageProblem.unknownCommand(
          word, suggestion: word.nearest(in: choices.sorted()))
        console.err(CLIError.error + problem.sentence)
        console.err(CLIError.seeHelp(matched))
        return .badInput
      }
      matched.append(word)
    }
    console.err(HelpFormatter.list(commands, under: matched, in: console.language))
    return .badInput
  }
}
