import HattamaKit

/// One command of the tool: its words, its help, what it takes, and what it does.
///
/// Commands are values listed in ``Commands/all``; the parser, the help and the error messages
/// are generated from them, so a command's help never disagrees with what it accepts.
struct CommandSpec: Sendable {
  /// The words after `hattama`: `["session", "vote"]`.
  var path: [String]
  /// One line for `--help` and the command list.
  var abstract: Phrase
  /// Further paragraphs for `--help`.
  var discussion: Phrase?
  var arguments: [ArgumentSpec] = []
  var options: [OptionSpec] = []
  var run: @Sendable (Invocation) throws(CLIError) -> ExitCode

  /// `hattama session vote`.
  var fullName: String { (["hattama"] + path).joined(separator: " ") }
}

/// A positional argument.
struct ArgumentSpec: Sendable {
  enum Arity: Sendable {
    case one
    case optional
    /// One or more; only the last argument may repeat.
    case oneOrMore
    /// Any number, none included; only the last argument may repeat.
    case zeroOrMore
  }

  var name: String
  var help: Phrase
  var arity: Arity = .one
}

/// A named option: a flag, or an option taking one value or several.
struct OptionSpec: Sendable {
  enum Kind: Sendable, Equatable {
    case flag
    case value(String)
    /// One or more values, up to the next option: `--present m1 m2 h1`.
    case values(String)
  }

  /// `--present`.
  var name: String
  /// `-o`, where one is offered.
  var short: String?
  var kind: Kind
  var help: Phrase
  var isRequired = false

  static func flag(_ name: String, short: String? = nil, help: Phrase) -> OptionSpec {
    OptionSpec(name: name, short: short, kind: .flag, help: help)
  }

  static func value(
    _ name: String, short: String? = nil, _ valueName: String, help: Phrase,
    required: Bool = false
  ) -> OptionSpec {
    OptionSpec(name: name, short: short, kind: .value(valueName), help: help, isRequired: required)
  }

  static func values(_ name: String, _ valueName: String, help: Phrase, required: Bool = false)
    -> OptionSpec
  {
    OptionSpec(name: name, kind: .values(valueName), help: help, isRequired: required)
  }

  /// `--json`, `--date <date>`, `--present <id> ...`.
  var synopsis: String {
    switch kind {
    case .flag: name
    case .value(let value): "\(name) <\(value)>"
    case .values(let value): "\(name) <\(value)> ..."
    }
  }
}

/// The process exit codes of SPEC.md.
enum ExitCode: Int32, Sendable {
  /// Done; for checks, no violation found.
  case success = 0
  /// A procedural rule refused the action, or a check found a violation.
  case failure = 1
  /// Bad usage or unreadable, invalid input.
  case badInput = 2
}

extension [CommandSpec] {
  /// Every run of command words that begins or names a command, "session" and "session vote":
  /// what `help` suggests from and what the shell completion accepts as a command's words.
  var wordRuns: [String] {
    Set(flatMap { command in
      (1...command.path.count).map { command.path.prefix($0).joined(separator: " ") }
    }).sorted()
  }
}
