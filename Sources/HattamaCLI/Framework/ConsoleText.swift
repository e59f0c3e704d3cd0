import HattamaKit

/// Output with parts a terminal may show in colour: a severity word, a verdict.
///
/// The text decides *what* is coloured; the console decides *whether* (``Console/colours``), so
/// that a pipe, a file, `NO_COLOR` or a test get the same words with no escape sequence.
struct ConsoleText: Sendable, ExpressibleByStringLiteral {
  struct Run: Sendable {
    var text: String
    var colour: TerminalColour?
  }

  private(set) var runs: [Run] = []

  init(_ text: String = "", _ colour: TerminalColour? = nil) {
    if !text.isEmpty { runs = [Run(text: text, colour: colour)] }
  }

  init(stringLiteral text: String) { self.init(text) }

  /// Text after this, in a colour or none.
  mutating func append(_ text: String, _ colour: TerminalColour? = nil) {
    if !text.isEmpty { runs.append(Run(text: text, colour: colour)) }
  }

  mutating func append(_ other: ConsoleText) { runs += other.runs }

  /// Lines joined by newlines, as `[String].joined(separator: "\n")` would.
  static func lines(_ lines: [ConsoleText]) -> ConsoleText {
    var text = ConsoleText()
    for (index, line) in lines.enumerated() {
      if index > 0 { text.append("\n") }
      text.append(line)
    }
    return text
  }

  /// The words alone: what a file, a pipe or a test receives.
  var plain: String { runs.map(\.text).joined() }

  /// Each run with its controls made visible (``VisibleText/lines(_:)``), and in its colour's
  /// escape sequence when `coloured`; the sequences are the tool's own, written after the
  /// record's text was made inert.
  func rendered(coloured: Bool) -> String {
    runs.map { run in
      let shown = VisibleText.lines(run.text)
      guard coloured, let colour = run.colour else { return shown }
      return "\u{1B}[\(colour.parameters)m" + shown + "\u{1B}[0m"
    }.joined()
  }
}
