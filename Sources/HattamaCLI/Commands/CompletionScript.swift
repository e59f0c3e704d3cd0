// l10n: exempt — shell completion scripts: the shells' own syntax, the help texts come from the specs
import HattamaKit

/// The scripts of `hattama completion`, generated from the command specs.
extension CompletionCommand {
  /// The script; fish shows each command's abstract and option's help, in `language`.
  static func script(for shell: Shell, commands: [CommandSpec], in language: Language = .en)
    -> String
  {
    switch shell {
    case .bash: bash(commands)
    case .zsh: "autoload -U +X bashcompinit && bashcompinit\n" + bash(commands)
    case .fish: fish(commands, in: language)
    }
  }

  /// For each line typed so far (the command words only), the words that may come next.
  private static func bash(_ commands: [CommandSpec]) -> String {
    var cases: [String] = []
    for command in commands.sorted(by: { $0.path.count > $1.path.count }) {
      let options = (command.options.map(\.name) + ["--help"]).joined(separator: " ")
      cases.append("    \"\(command.path.joined(separator: " "))\") words=\"\(options)\" ;;")
    }
    var prefixes: [[String]: Set<String>] = [[]: []]
    for command in commands {
      for length in 0..<command.path.count {
        prefixes[Array(command.path.prefix(length)), default: []].insert(command.path[length])
      }
    }
    for (prefix, next) in prefixes.sorted(by: { $0.key.count > $1.key.count }) where !prefix.isEmpty
    {
      cases.append(
        "    \"\(prefix.joined(separator: " "))\") words=\"\(next.sorted().joined(separator: " "))\" ;;"
      )
    }
    let top = (prefixes[[]] ?? []).sorted().joined(separator: " ")
    return """
      _hattama() {
        local cur="${COMP_WORDS[COMP_CWORD]}" line="" word i
        local known="|\(commands.wordRuns.joined(separator: "|"))|"
        # The command's words only: arguments and options after them are not part of it.
        for ((i = 1; i < COMP_CWORD; i++)); do
          word="${COMP_WORDS[i]}"
          [[ $known == *"|${line:+$line }$word|"* ]] || break
          line="${line:+$line }$word"
        done
        local words
        case "$line" in
      \(cases.joined(separator: "\n"))
          "") words="\(top) --help --version" ;;
          *) words="" ;;
        esac
        COMPREPLY=($(compgen -W "$words" -- "$cur"))
      }
      complete -o default -F _hattama hattama
      """
  }

  private static func fish(_ commands: [CommandSpec], in language: Language) -> String {
    var lines = ["complete -c hattama -f"]
    var seen: Set<[String]> = []
    for command in commands {
      for length in 0..<command.path.count {
        let prefix = Array(command.path.prefix(length + 1))
        guard seen.insert(prefix).inserted else { continue }
        let condition =
          length == 0
          ? "__fish_use_subcommand"
          : command.path.prefix(length).map { "__fish_seen_subcommand_from \($0)" }.joined(
            separator: "; and ")
        let abstract = commands.first { $0.path == prefix }?.abstract ?? Phrase(verbatim: "")
        lines.append(
          "complete -c hattama -n '\(condition)' -a '\(prefix[length])' -d '\(quoted(abstract.text(in: language)))'"
        )
      }
      let condition = command.path.map { "__fish_seen_subcommand_from \($0)" }.joined(
        separator: "; and ")
      for option in command.options {
        let name = option.name.drop { $0 == "-" }
        lines.append(
          "complete -c hattama -n '\(condition)' -l \(name) -d '\(quoted(option.help.text(in: language)))'"
            + (option.kind == .flag ? "" : " -r"))
      }
    }
    return lines.joined(separator: "\n")
  }

  private static func quoted(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
  }
}
