import Foundation
import HattamaKit

/// The `hattama` command line.
public enum HattamaCLI {
  /// The tool's version, which `hattama --version` prints.
  public static let version = "0.2.0"

  /// Runs the process's command line and exits with the command's code.
  public static func main() -> Never {
    ProcessStart.prepare()
    var console = Console.standard
    let environment = ProcessInfo.processInfo.environment
    console.language = InterfaceLanguage.from(environment: environment)
    console.colours = TerminalColour.decision(environment: environment) { stream in
      isatty(stream == .out ? STDOUT_FILENO : STDERR_FILENO) != 0
    }
    let code = run(Array(CommandLine.arguments.dropFirst()), console: console)
    exit(code.rawValue)
  }

  /// Runs one command line against a console; the tests call this in-process.
  static func run(_ words: [String], console: Console) -> ExitCode {
    Dispatcher(commands: Commands.all).run(words, console: console)
  }
}
