// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Everything that stops a command, with the context a person needs to fix it.
///
/// Rendered into text in one place, ``message``; the exit code follows SPEC.md.
enum CLIError: Error, Sendable {
  /// The words of the command line are wrong.
  case usage(UsageProblem, command: [String])
  /// A file could not be read, or its content is invalid.
  case input(file: String, message: Phrase)
  /// Writing or syncing a file failed; what was acknowledged before is intact.
  case io(file: String, message: Phrase)
  /// A procedural rule refused the action; nothing was changed.
  case refused(message: Phrase, clause: String?)
  /// The command ran but could not reach its goal (no valid roster exists).
  case failed(message: Phrase)
  /// Bad input whose sentence already names the file (a journal's errors).
  case badInput(message: Phrase)
  /// Standard output could not be written (`errno`); `recorded` is the event already on disk.
  case outputLost(errno: Int32, recorded: RecordedEvent?)

  var exitCode: ExitCode {
    switch self {
    case .usage, .input, .io, .badInput, .outputLost: .badInput
    case .refused, .failed: .failure
    }
  }

  /// What went wrong with a file, without the file's name: for reports that list files.
  var fileProblem: Phrase? {
    switch self {
    case .input(_, let message), .io(_, let message), .badInput(let message): message
    default: nil
    }
  }

  /// What went wrong, for a report that lists files: the file's problem without its name, else
  /// the whole message.
  func problemText(in language: Language) -> String {
    fileProblem?.text(in: language) ?? message(commands: Commands.all, in: language)
  }

  /// The text printed on standard error.
  func message(commands: [CommandSpec], in language: Language) -> String {
    switch self {
    case .usage(let problem, let path):
      let spec = commands.first { $0.path == path }
      let lines = [
        "Error: \(problem.sentence)",
        spec.map { "Usage: \(HelpFormatter.usageLine(for: $0))" },
        "See '\((["hattama"] + path).joined(separator: " ")) --help'.",
      ]
      return lines.compactMap { $0 }.joined(separator: "\n")
    case .input(let file, let message), .io(let file, let message):
      return "Error: \(file): \(message.text(in: language))"
    case .refused(let message, let clause):
      return "Refused: \(message.text(in: language))" + (clause.map { " (\($0))" } ?? "")
    case .failed(let message), .badInput(let message):
      return "Error: \(message.text(in: language))"
    case .outputLost(let code, let recorded):
      let reason = String(cString: strerror(code))
      guard let recorded else { return "Error: the output could not be written: \(reason)." }
      return "Error: '\(recorded.journal)': recorded as event \(recorded.anchor.events) "
        + "(anchor \(recorded.anchor)); the output could not be written: \(reason). "
        + "'hattama session status \(recorded.journal)' shows the sitting and its anchor."
    }
  }
}

/// What is wrong with the words of a command line.
enum UsageProblem: Sendable, Equatable {
  case unknownCommand(String, suggestion: String?)
  case unknownOption(String, suggestion: String?)
  case missingValue(String)
  case missingArgument(String)
  case missingOption(String)
  case unexpectedArgument(String)
  case repeatedOption(String)
  case flagTakesNoValue(String)
  case invalidValue(option: String, value: String, expected: String)
  case needsExactlyOne([String])
  case conflictingOptions(String, String)

  var sentence: String {
    switch self {
    case .unknownCommand(let word, let suggestion):
      "Unknown command '\(word)'." + didYouMean(suggestion)
    case .unknownOption(let name, let suggestion):
      "Unknown option '\(name)'." + didYouMean(suggestion)
    case .missingValue(let synopsis): "Missing value for '\(synopsis)'."
    case .missingArgument(let name): "Missing expected argument '<\(name)>'."
    case .missingOption(let synopsis): "Missing expected option '\(synopsis)'."
    case .unexpectedArgument(let word): "Unexpected argument '\(word)'."
    case .repeatedOption(let name): "The option '\(name)' was given twice; give it once."
    case .flagTakesNoValue(let name): "The flag '\(name)' takes no value."
    case .invalidValue(let option, let value, let expected):
      "The value '\(value)' of '\(option)' is invalid: expected \(expected)."
    case .needsExactlyOne(let names):
      "Give exactly one of \(names.map { "'\($0)'" }.joined(separator: ", "))."
    case .conflictingOptions(let first, let second):
      "'\(first)' and '\(second)' cannot be given together; give one or the other."
    }
  }

  private func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { " Did you mean '\($0)'?" } ?? ""
  }
}
