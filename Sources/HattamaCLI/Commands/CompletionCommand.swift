import HattamaKit

/// `hattama completion bash|zsh|fish`: a shell completion script, generated from the command
/// specs, completing command words and each command's options.
enum CompletionCommand {
  enum Shell: String, CaseIterable {
    case bash, zsh, fish
  }

  static let spec = CommandSpec(
    path: ["completion"],
    abstract: Phrase(
      kk: "Командалық қабықшаға толықтыру скриптін шығарады: bash, zsh немесе fish.",
      ru: "Выводит скрипт автодополнения для оболочки: bash, zsh или fish.",
      en: "Print a shell completion script: bash, zsh or fish."),
    discussion: Phrase(
      kk: """
        bash: 'source <(hattama completion bash)' немесе скриптті
        /etc/bash_completion.d/hattama ретінде сақтаңыз. zsh: 'source <(hattama completion zsh)'
        (ол bashcompinit арқылы bash толықтыруын пайдаланады). fish: 'hattama completion fish >
        ~/.config/fish/completions/hattama.fish'.
        """,
      ru: """
        bash: 'source <(hattama completion bash)' или сохраните скрипт как
        /etc/bash_completion.d/hattama. zsh: 'source <(hattama completion zsh)' (использует
        автодополнение bash через bashcompinit). fish: 'hattama completion fish >
        ~/.config/fish/completions/hattama.fish'.
        """,
      en: """
        bash: 'source <(hattama completion bash)', or save it as
        /etc/bash_completion.d/hattama. zsh: 'source <(hattama completion zsh)' (it uses bash's
        completion through bashcompinit). fish: 'hattama completion fish >
        ~/.config/fish/completions/hattama.fish'.
        """),
    arguments: [
      ArgumentSpec(
        name: "shell",
        help: Phrase(
          kk: "bash, zsh немесе fish.", ru: "bash, zsh или fish.", en: "bash, zsh or fish."))
    ],
    run: { invocation throws(CLIError) in
      let text = try invocation.required("shell")
      guard let shell = Shell(rawValue: text) else {
        let names = Shell.allCases.map(\.rawValue)
        let expected = UsageProblem.oneOf(names, suggestion: text.nearest(in: names))
        throw .usage(
          .invalidValue(option: "<shell>", value: text, expected: expected),
          command: invocation.command.path)
      }
      invocation.console.out(
        script(for: shell, commands: Commands.all, in: invocation.console.language))
      return .success
    })
}
