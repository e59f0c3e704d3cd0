import HattamaKit

/// Turns the words after a command's path into an ``Invocation``.
///
/// Accepts `--name value`, `--name=value`, a short `-o value`, several values after an option
/// that takes them (`--present m1 m2`), and `--` to end the options.
struct ArgumentParser {
  var command: CommandSpec

  /// What the words ask for: to run, or to show help.
  enum Parsed {
    case run(Invocation)
    case help
  }

  func parse(_ words: [String], console: Console) throws(CLIError) -> Parsed {
    var invocation = Invocation(command: command, console: console)
    var positionals: [String] = []
    var index = 0
    var optionsEnded = false
    while index < words.count {
      let word = words[index]
      index += 1
      if optionsEnded || !looksLikeOption(word) {
        positionals.append(word)
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }
      if word == "--help" || word == "-h" { return .help }
      let (name, inline) = split(word)
      let option = try find(name)
      guard invocation.options[option.name] == nil else {
        throw usage(.repeatedOption(option.name))
      }
      switch option.kind {
      case .flag:
        guard inline == nil else { throw usage(.flagTakesNoValue(option.name)) }
        invocation.options[option.name] = []
      case .value:
        if let inline {
          invocation.options[option.name] = [inline]
        } else if index < words.count {
          invocation.options[option.name] = [words[index]]
          index += 1
        } else {
          throw usage(.missingValue(option.synopsis))
        }
      case .values:
        var values = inline.map { [$0] } ?? []
        while index < words.count, !looksLikeOption(words[index]) {
          values.append(words[index])
          index += 1
        }
        guard !values.isEmpty else { throw usage(.missingValue(option.synopsis)) }
        invocation.options[option.name] = values
      }
    }
    invocation.positionals = try assign(positionals)
    for option in command.options where option.isRequired && invocation.options[option.name] == nil
    {
      throw usage(.missingOption(option.synopsis))
    }
    return .run(invocation)
  }

  /// Options begin with a dash; a lone `-` and negative numbers (`-1`) are values.
  private func looksLikeOption(_ word: String) -> Bool {
    guard word.hasPrefix("-"), word.count > 1 else { return false }
    return word.dropFirst().first?.isNumber != true
  }

  private func split(_ word: String) -> (String, String?) {
    guard word.hasPrefix("--"), let equals = word.firstIndex(of: "=") else { return (word, nil) }
    return (String(word[..<equals]), String(word[word.index(after: equals)...]))
  }

  private func find(_ name: String) throws(CLIError) -> OptionSpec {
    if let option = command.options.first(where: { $0.name == name || $0.short == name }) {
      return option
    }
    let names = command.options.map(\.name) + ["--help"]
    throw usage(.unknownOption(name, suggestion: name.nearest(in: names)))
  }

  private func assign(_ words: [String]) throws(CLIError) -> [String: [String]] {
    var assigned: [String: [String]] = [:]
    var rest = words[...]
    for argument in command.arguments {
      switch argument.arity {
      case .one:
        guard let word = rest.popFirst() else { throw usage(.missingArgument(argument.name)) }
        assigned[argument.name] = [word]
      case .oneOrMore:
        guard !rest.isEmpty else { throw usage(.missingArgument(argument.name)) }
        assigned[argument.name] = Array(rest)
        rest = []
      case .zeroOrMore:
        assigned[argument.name] = Array(rest)
        rest = []
      }
    }
    if let extra = rest.first { throw usage(.unexpectedArgument(extra)) }
    return assigned
  }

  private func usage(_ problem: UsageProblem) -> CLIError {
    .usage(problem, command: command.path)
  }
}
