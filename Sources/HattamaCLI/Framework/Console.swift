import Foundation
import Synchronization

/// Where a command writes and reads: the terminal, or a buffer in tests.
struct Console: Sendable {
  var writeOut: @Sendable (String) -> Void
  var writeErr: @Sendable (String) -> Void
  var readLine: @Sendable () -> String?

  /// Prints a line to standard output.
  func out(_ line: String = "") { writeOut(line + "\n") }

  /// Prints a line to standard error.
  func err(_ line: String) { writeErr(line + "\n") }

  /// Standard output, error and input of the process.
  static let standard = Console(
    writeOut: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
    writeErr: { text in FileHandle.standardError.write(Data(text.utf8)) },
    readLine: { Swift.readLine(strippingNewline: true) })

  /// A console that records what was written and answers reads from `input`.
  static func capturing(input: [String] = [], failingOutput: Int32? = nil)
    -> (Console, CapturedOutput)
  {
    let captured = CapturedOutput(input: input)
    let console = Console(
      writeOut: { if failingOutput == nil { captured.append(\.out, $0) } },
      writeErr: { captured.append(\.err, $0) },
      readLine: { captured.nextInput() })
    return (console, captured)
  }
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
