/// The few colours the tool uses, each for one meaning, and the one place that decides whether
/// a stream shows them.
enum TerminalColour: Sendable {
  /// A violation, a broken or tampered journal: bold red.
  case violation
  /// A warning: yellow.
  case warning
  /// A journal intact, a check without violations: green.
  case intact

  /// The SGR parameters (ECMA-48) of the colour.
  var parameters: String {
    switch self {
    case .violation: "1;31"
    case .warning: "33"
    case .intact: "32"
    }
  }

  /// Whether a stream shows colour: only a terminal, and never when `NO_COLOR` is set to
  /// anything but the empty string (no-color.org). JSON and files never get colour: they are
  /// written without ``ConsoleText``.
  ///
  /// - Parameters:
  ///   - environment: the process's environment.
  ///   - isTerminal: whether the stream is a terminal (`isatty`), injected for tests.
  static func decision(
    environment: [String: String], isTerminal: @escaping @Sendable (ConsoleStream) -> Bool
  ) -> @Sendable (ConsoleStream) -> Bool {
    let refused = !(environment["NO_COLOR"] ?? "").isEmpty
    return { stream in !refused && isTerminal(stream) }
  }
}
