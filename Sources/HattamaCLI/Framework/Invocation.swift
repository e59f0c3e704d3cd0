import HattamaKit

/// A command's parsed arguments and its console.
struct Invocation: Sendable {
  var command: CommandSpec
  var positionals: [String: [String]] = [:]
  var options: [String: [String]] = [:]
  var console: Console

  /// The value of a positional argument.
  func argument(_ name: String) -> String? { positionals[name]?.first }

  /// Every value of a repeating positional argument.
  func arguments(_ name: String) -> [String] { positionals[name] ?? [] }

  /// Whether a flag was given.
  func flag(_ name: String) -> Bool { options[name] != nil }

  /// The value of an option that takes one.
  func value(_ name: String) -> String? { options[name]?.first }

  /// The values of an option that takes several.
  func values(_ name: String) -> [String] { options[name] ?? [] }

  /// The value of a required positional argument (the parser has checked that it is there).
  func required(_ name: String) throws(CLIError) -> String {
    guard let value = argument(name) ?? value(name) else {
      throw .usage(.missingArgument(name), command: command.path)
    }
    return value
  }

  /// A date option, `YYYY-MM-DD`.
  func day(_ name: String) throws(CLIError) -> Day? {
    guard let text = value(name) ?? argument(name) else { return nil }
    guard let day = Day(iso: text) else {
      throw .usage(
        .invalidValue(option: name, value: text, expected: UsageProblem.date),
        command: command.path)
    }
    return day
  }

  /// A whole-number option or argument.
  func integer(_ name: String, in range: ClosedRange<Int>) throws(CLIError) -> Int? {
    guard let text = value(name) ?? argument(name) else { return nil }
    guard let number = Int(text), range.contains(number) else {
      throw .usage(
        .invalidValue(option: name, value: text, expected: UsageProblem.wholeNumber(in: range)),
        command: command.path)
    }
    return number
  }

  /// Exactly one of these flags or options; the name of the one given.
  func exactlyOne(of names: [String]) throws(CLIError) -> String {
    let given = names.filter { options[$0] != nil }
    guard given.count == 1 else {
      throw .usage(.needsExactlyOne(names), command: command.path)
    }
    return given[0]
  }
}
