import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI
@testable import HattamaJournal

#if canImport(Glibc)
  import Glibc
#endif

/// Output that cannot be written after the event is on disk: the real binary with its standard
/// output on a full disk, closed, or a pipe nobody reads. It never traps or dies of SIGPIPE; it
/// says on stderr which event was recorded and exits 2 (README, "Output and failures").
@Suite("Output failures after the event is durable (SPEC, Crash safety)")
struct OutputFailureTests {
  typealias F = SessionFixture

  static let binary = SessionProcessTests.binary

  /// How standard output is broken.
  enum Breakage: String, CaseIterable, Sendable {
    case full = ">/dev/full"
    case closed = ">&-"
    case pipeClosed = "| (reader gone)"
  }

  struct Outcome {
    var status: Int32
    var signalled: Bool
    var err: String
  }

  /// Runs the binary with `words`, standard output broken as `breakage` says.
  static func run(_ words: [String], _ breakage: Breakage) throws -> Outcome {
    let process = Process()
    let errors = Pipe()
    process.standardError = errors
    switch breakage {
    case .full, .closed:
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", #""$0" "$@" "# + breakage.rawValue, binary ?? ""] + words
    case .pipeClosed:
      process.executableURL = URL(fileURLWithPath: binary ?? "/nonexistent")
      process.arguments = words
      let output = Pipe()
      // The reader is gone before anything is written: every write gets EPIPE (or SIGPIPE).
      try output.fileHandleForReading.close()
      process.standardOutput = output
    }
    try process.run()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus,
      signalled: process.terminationReason == .uncaughtSignal,
      err: String(decoding: err, as: UTF8.self))
  }

  static func events(_ journal: String) throws -> Int {
    try JournalFile(path: journal).read().lines.count
  }

  @Test(
    "session propose with its output lost: the motion is recorded, stderr says so, exit 2",
    .enabled(if: binary != nil, "the hattama binary was not found next to the test runner"),
    arguments: Breakage.allCases)
  func propose(_ breakage: Breakage) throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      let outcome = try Self.run(
        ["session", "propose", journal, "--case", "c2", "--confirm", "--by", "m2"], breakage)
      #expect(!outcome.signalled, "killed by signal \(outcome.status)")
      #expect(outcome.status == 2, "\(outcome.err)")
      #expect(outcome.err.contains("recorded as event 3"), "\(outcome.err)")
      #expect(outcome.err.contains("the output could not be written"), "\(outcome.err)")
      let events = try Self.events(journal)
      #expect(events == 3)
      let status = F.ok(["session", "status", journal, "--json"])
      #expect(status.out.contains(#""id": "mo1""#))
    }
  }

  @Test(
    "session close >&-: the sitting is closed, stderr gives the anchor, session status shows it",
    .enabled(if: binary != nil, "the hattama binary was not found next to the test runner"),
    arguments: [Breakage.closed, .full])
  func close(_ breakage: Breakage) throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      let outcome = try Self.run(["session", "close", journal], breakage)
      #expect(!outcome.signalled)
      #expect(outcome.status == 2, "\(outcome.err)")
      let report = try JournalFile(path: journal).read().report
      let anchor = try #require(report.anchor).description
      #expect(outcome.err.contains(anchor), "\(outcome.err)")
      let text = F.ok(["session", "status", journal])
      #expect(text.out.contains("closed"))
      #expect(text.out.contains(anchor))
      let json = F.ok(["session", "status", journal, "--json"])
      #expect(json.out.contains(#""anchor": "\#(anchor)""#))
      #expect(json.out.contains(#""closed": true"#))
    }
  }

  @Test(
    "a command that records nothing and cannot print says so on stderr and exits 2, no trap",
    .enabled(if: binary != nil, "the hattama binary was not found next to the test runner"),
    arguments: Breakage.allCases)
  func readOnly(_ breakage: Breakage) throws {
    let outcome = try Self.run(["methodology", "list"], breakage)
    #expect(!outcome.signalled)
    #expect(outcome.status == 2)
    #expect(outcome.err.contains("the output could not be written"), "\(outcome.err)")
    #expect(!outcome.err.contains("recorded"))
  }

  @Test("in process: a failed write is reported once with the event, exit 2")
  func inProcess() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      let (console, captured) = Console.capturing(failingOutput: EPIPE)
      let code = HattamaCLI.run(
        ["session", "propose", journal, "--case", "c2", "--confirm"], console: console)
      #expect(code == .badInput)
      #expect(captured.out.isEmpty)
      let lines = captured.err.split(separator: "\n")
      #expect(lines.count == 1, "\(captured.err)")
      #expect(captured.err.contains("recorded as event 3"))
      let reason = String(cString: strerror(EPIPE))
      #expect(captured.err.contains(reason))
      let events = try Self.events(journal)
      #expect(events == 3)
    }
  }
}
