import Foundation
import Testing

@testable import HattamaCLI

/// The habits users bring from git, jq and ripgrep: --version, help COMMAND, completions, a man
/// page, all generated from the same command specs.
@Suite("Command-line conventions") struct ConventionsTests {
  @Test("--version prints the version and exits 0")
  func version() {
    for words in [["--version"], ["-V"]] {
      let run = InProcess.run(words)
      #expect(run.code == .success)
      #expect(run.out == "hattama \(HattamaCLI.version)\n")
    }
  }

  @Test("help COMMAND prints what COMMAND --help prints, for every command")
  func help() {
    for command in Commands.all {
      let help = InProcess.run(["help"] + command.path)
      #expect(help.code == .success)
      #expect(help.out == InProcess.run(command.path + ["--help"]).out, "\(command.path)")
    }
    #expect(InProcess.run(["help", "session"]).out.contains("USAGE: hattama session <subcommand>"))
    let unknown = InProcess.run(["help", "sesion"])
    #expect(unknown.code == .badInput)
    #expect(unknown.err.contains("Did you mean 'session'?"))
  }

  @Test("the man page has every command and option, escaped for roff")
  func manual() {
    let page = InProcess.run(["help", "--man"]).out
    #expect(page.hasPrefix(".TH HATTAMA 1"))
    for command in Commands.all {
      #expect(page.contains(".B " + ManualPage.escaped(HelpFormatter.usageLine(for: command))))
    }
    // Text never starts a line with a dot: roff would take it for a request.
    let macros: Set<String> = [".TH", ".SH", ".TP", ".B", ".RS", ".RE", ".PP"]
    for line in page.split(separator: "\n") where line.hasPrefix(".") {
      #expect(macros.contains(String(line.prefix { $0 != " " })), "\(line)")
    }
    #expect(ManualPage.escaped(".hidden -x \\") == "\\&.hidden \\-x \\e")
  }

  /// Runs the bash completion for the words typed, the last one being completed.
  static func complete(_ words: [String]) throws -> [String] {
    let script = try Scratch.file("hattama.bash", CompletionCommand.script(for: .bash, commands: Commands.all))
    let array = words.map { "'\($0)'" }.joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      "-c",
      "source '\(script)'; COMP_WORDS=(hattama \(array)); COMP_CWORD=\(words.count); _hattama; printf '%s\\n' \"${COMPREPLY[@]}\"",
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return text.split(separator: "\n").map(String.init)
  }

  @Test("bash completes command words, then the command's own options")
  func bash() throws {
    #expect(try Self.complete(["ses"]) == ["session"])
    #expect(try Self.complete(["session", "vo"]) == ["vote"])
    #expect(try Self.complete(["session", "vote", "J.jsonl", "--m"]) == ["--motion", "--member", "--methodology-file"])
    #expect(try Self.complete(["protocol", "x.json", "--dr"]) == ["--draft"])
  }

  @Test("zsh uses the bash script; fish names every command and option")
  func others() {
    let zsh = CompletionCommand.script(for: .zsh, commands: Commands.all)
    #expect(zsh.hasPrefix("autoload -U +X bashcompinit && bashcompinit\n"))
    let fish = CompletionCommand.script(for: .fish, commands: Commands.all)
    for command in Commands.all {
      for option in command.options {
        #expect(fish.contains("-l \(option.name.dropFirst(2))"))
      }
    }
    #expect(InProcess.run(["completion", "tcsh"]).code == .badInput)
  }
}
