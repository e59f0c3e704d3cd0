import Foundation

@testable import HattamaCLI

/// What one run of `hattama` gave: its exit code and everything it printed.
typealias CommandResult = (code: ExitCode, out: String, err: String)

/// Runs `hattama` inside the test process, with a console that captures its output, so that
/// no binary has to be built and runs in parallel do not share a terminal.
enum InProcess {
  /// `hattama` with these words after its name.
  static func run(_ words: [String]) -> CommandResult {
    let (console, captured) = Console.capturing()
    let code = HattamaCLI.run(words, console: console)
    return (code, captured.out, captured.err)
  }
}

/// Fresh folders for files a test writes, under the system's temporary folder.
enum Scratch {
  /// A new empty folder, unique to the caller.
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("hattama-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// A file with this text in a new folder; its path.
  static func file(_ name: String, _ text: String) throws -> String {
    let url = try folder().appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }
}
