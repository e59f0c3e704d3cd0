import Foundation
import Testing

@testable import HattamaCLI

/// The `hattama` process decides colour from its real standard output (``HattamaCLI/main()``):
/// a pipe gets the words alone; a terminal gets the severities coloured. `script` gives the
/// process a terminal.
@Suite("hattama colours what it writes to a terminal, never what it writes to a pipe")
struct ColourStreamTests {
  static let violations = ExampleFiles.path("calibration-violations.json")

  /// Runs `executable` with `arguments`, NO_COLOR unset, and returns its exit status and output.
  static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = nil
    environment["HATTAMA_LANG"] = "en"
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
  }

  @Test(
    "a pipe: the findings without a colour code",
    .enabled(if: SessionProcessTests.binary != nil, "the hattama binary was not found"))
  func pipe() throws {
    let (status, text) = try Self.run(SessionProcessTests.binary ?? "", ["audit", Self.violations])
    #expect(status == 1)
    #expect(text.contains("2 violations:"))
    #expect(!text.contains("\u{1B}"))
  }

  @Test(
    "a terminal: the violations in bold red",
    .enabled(if: SessionProcessTests.binary != nil, "the hattama binary was not found"),
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "no script(1)"))
  func terminal() throws {
    let command = [SessionProcessTests.binary ?? "", "audit", Self.violations]
      .map { "'\($0)'" }.joined(separator: " ")
    let (_, text) = try Self.run("/usr/bin/script", ["-q", "-e", "-c", command, "/dev/null"])
    #expect(text.contains("\u{1B}[1;31m2 violations\u{1B}[0m:"))
  }
}
