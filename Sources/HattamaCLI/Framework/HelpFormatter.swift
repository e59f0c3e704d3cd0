import HattamaKit

// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
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
    var lines = ["OVERVIEW: \(command.abstract.text(in: language))"]
    if let discussion = command.discussion { lines += ["", discussion.text(in: language)] }
    lines += ["", "USAGE: \(usageLine(for: command))"]
    if !command.arguments.isEmpty {
      lines += ["", "ARGUMENTS:"]
      lines += command.arguments.map { row("<\($0.name)>", $0.help.text(in: language)) }
    }
    lines += ["", "OPTIONS:"]
    lines += command.options.map { option in
      row((option.short.map { "\($0), " } ?? "") + option.synopsis, option.help.text(in: language))
    }
    lines.append(row("-h, --help", "Show help information."))
    return lines.joined(separator: "\n")
  }

  /// The commands under a prefix (all of them for `hattama --help`).
  static func list(_ commands: [CommandSpec], under prefix: [String], in language: Language)
    -> String
  {
    let name = (["hattama"] + prefix).joined(separator: " ")
    var lines = [
      "OVERVIEW: Calibration sessions and evaluation commissions of Kazakhstan's civil service:",
      "rosters, live voting, deadlines, audit and the protocol (хаттама).",
      "", "USAGE: \(name) <subcommand>", "", "SUBCOMMANDS:",
    ]
    lines += commands.filter { $0.path.starts(with: prefix) }.map {
      row($0.path.dropFirst(prefix.count).joined(separator: " "), $0.abstract.text(in: language))
    }
    lines += [
      "", "EXIT STATUS: 0 done (no violation); 1 a rule refused the action or a check found a",
      "violation; 2 bad usage, unreadable input, a failed write, or output that could not be",
      "printed (when the event was already recorded, stderr says 'recorded as event N').",
      "", "See '\(name) <subcommand> --help' for detailed help.",
    ]
    return lines.joined(separator: "\n")
  }

  private static func row(_ left: String, _ right: String) -> String {
    let label = "  " + left
    guard label.count < column else {
      return label + "\n" + String(repeating: " ", count: column) + right
    }
    return label + String(repeating: " ", count: column - label.count) + right
  }
}
