import HattamaJournal
import HattamaKit
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command writes and reads: the terminal, or a buffer in tests.
///
/// Every text goes through ``VisibleText/lines(_:)`` on its way out — the one place where
/// control and bidi characters from a record are made visible — and every write is checked: a
/// failure (a full disk, a closed descriptor, a reader gone) is kept in ``health`` and stops
/// further writes to that stream, so that the dispatcher can say what happened and exit 2
/// instead of the process trapping (README, "Output and failures").
struct Console: Sendable {
  /// Writes text to a stream; the `errno` of a failure, `nil` when all of it was written.
  var write: @Sendable (ConsoleStream, String) -> Int32?
  var readLine: @Sendable () -> String?
  /// The language of messages, help and prompts (``InterfaceLanguage``).
  var language: Language = .en
  /// Whether a stream shows the colours of a ``ConsoleText``
  /// (``TerminalColour/decision(environment:isTerminal:)``); never in tests unless asked.
  var colours: @Sendable (ConsoleStream) -> Bool = { _ in false }
  /// What went wrong with the output, and what was recorded before.
  let health = ConsoleHealth()

  /// Prints a line to standard output.
  func out(_ line: String = "") { writeOut(line + "\n") }

  /// Prints a line to standard error.
  func err(_ line: String) { writeErr(line + "\n") }

  /// Prints a phrase to standard output, in the console's language.
  func out(_ phrase: Phrase) { out(phrase.text(in: language)) }

  /// Prints a phrase to standard error, in the console's language.
  func err(_ phrase: Phrase) { err(phrase.text(in: language)) }

  /// A phrase in the console's language.
  func text(_ phrase: Phrase) -> String { phrase.text(in: language) }

  /// A line to standard output, its colours shown where standard output takes them.
  func out(_ text: ConsoleText) { emit(text, to: .out) }

  /// A line to standard error, its colours shown where standard error takes them.
  func err(_ text: ConsoleText) { emit(text, to: .err) }

  private func emit(_ text: ConsoleText, to stream: ConsoleStream) {
    var line = text
    line.append("\n")
    deliver(stream, line.rendered(coloured: colours(stream)))
  }

  /// Text to standard output, as it is but for the controls it holds.
  func writeOut(_ text: String) { send(.out, text) }

  /// Text to standard error, as it is but for the controls it holds.
  func writeErr(_ text: String) { send(.err, text) }

  private func send(_ stream: ConsoleStream, _ text: String) {
    deliver(stream, VisibleText.lines(text))
  }

  /// Text already made visible, written and checked.
  private func deliver(_ stream: ConsoleStream, _ shown: String) {
    guard health.failure(of: stream) == nil else { return }
    if let code = write(stream, shown) { health.failed(stream, errno: code) }
  }

  /// Standard output, error and input of the process, written with `write(2)`.
  static let standard = Console(
    write: { stream, text in
      let descriptor = JournalDescriptor(
        fd: stream == .out ? STDOUT_FILENO : STDERR_FILENO, path: stream.rawValue, system: .live)
      do throws(SystemError) {
        try descriptor.writeAll(Array(text.utf8))
        return nil
      } catch {
        return error.errno
      }
    },
    readLine: { Swift.readLine(strippingNewline: true) })

  /// A console that records what was written and answers reads from `input`, in `language`;
  /// with `failingOutput`, every write to standard output fails with that `errno`.
  static func capturing(
    input: [String] = [], failingOutput: Int32? = nil, language: Language = .en
  ) -> (Console, CapturedOutput) {
    let captured = CapturedOutput(input: input)
    let console = Console(
      write: { stream, text in
        if stream == .out, let failingOutput { return failingOutput }
        if stream == .out { captured.append(\.out, text) } else { captured.append(\.err, text) }
        return nil
      },
      readLine: { captured.nextInput() }, language: language)
    return (console, captured)
  }
}

enum ConsoleStream: String, Sendable {
  case out = "standard output"  // l10n: ignore — a descriptor's name, never printed
  case err = "standard error"  // l10n: ignore — a descriptor's name, never printed
}

/// The first write failure of each stream, and the last event a command recorded: enough for
/// the dispatcher to tell the user that the event is safe although its output was lost.
final class ConsoleHealth: Sendable {
  struct State {
    var failures: [ConsoleStream: Int32] = [:]
    var recorded: RecordedEvent?
  }

  private let state = Mutex(State())

  func failure(of stream: ConsoleStream) -> Int32? { state.withLock { $0.failures[stream] } }

  func failed(_ stream: ConsoleStream, errno: Int32) {
    state.withLock { $0.failures[stream] = $0.failures[stream] ?? errno }
  }

  /// Called once an event is synced to disk, before anything about it is printed.
  func recorded(_ event: RecordedEvent) { state.withLock { $0.recorded = event } }

  var lastRecorded: RecordedEvent? { state.withLock { $0.recorded } }
}

/// An event on disk: the journal and its anchor after it.
struct RecordedEvent: Sendable {
  var journal: String
  var anchor: JournalAnchor
}

/// What a capturing console received; safe to share between threads.
final class CapturedOutput: Sendable {
  struct State {
    var out = ""
    var err = ""
    var input: [String]
  }

  private let state: Mutex<State>

  init(input: [String]) { state = Mutex(State(input: input)) }

  var out: String { state.withLock { $0.out } }
  var err: String { state.withLock { $0.err } }

  func append(_ stream: WritableKeyPath<State, String> & Sendable, _ text: String) {
    state.withLock { $0[keyPath: stream] += text }
  }

  func nextInput() -> String? {
    state.withLock { $0.input.isEmpty ? nil : $0.input.removeFirst() }
  }
}
