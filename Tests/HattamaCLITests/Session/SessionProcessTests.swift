import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI
@testable import HattamaJournal

#if canImport(Glibc)
  import Glibc
#endif

/// The real `hattama` binary, run as separate processes: concurrent writers and crashes.
@Suite("Separate processes: concurrent voters and kill -9 (SPEC, Crash safety)")
struct SessionProcessTests {
  typealias F = SessionFixture

  /// `hattama` in the products directory, next to the test runner (the test target depends on
  /// the executable, so `swift test` builds it there).
  static let binary: String? = {
    let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var directory = runner.deletingLastPathComponent()
    // On macOS the runner sits inside a bundle; step out of it.
    while directory.pathComponents.count > 1, directory.path.contains(".xctest") {
      directory.deleteLastPathComponent()
    }
    let candidates = [directory, Bundle.main.bundleURL.deletingLastPathComponent()]
      .map { $0.appendingPathComponent("hattama").path }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  /// This process's environment with coverage profiles sent nowhere, for a child that is
  /// killed at an arbitrary moment.
  static var withoutProfile: [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["LLVM_PROFILE_FILE"] = "/dev/null"
    return environment
  }

  /// Starts `hattama` with `words`, its output discarded.
  ///
  /// - Parameter killed: Whether the test kills it at an arbitrary moment: then it writes no
  ///   coverage profile, since one cut off while being written at exit fails the merge of
  ///   `swift test --enable-code-coverage`.
  static func start(_ words: [String], killed: Bool = false) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary ?? "/nonexistent")
    process.arguments = words
    if killed { process.environment = withoutProfile }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  @Test(
    "concurrent session vote processes into one journal all succeed with a valid chain",
    .enabled(if: binary != nil, "the hattama binary was not found next to the test runner"),
    arguments: [2, 8])
  func concurrentVoters(count: Int) throws {
    try F.withDirectory(draft: F.largeDraft) { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      F.ok(
        ["session", "attend", journal, "--date", "2025-10-24", "--present"]
          + (1...9).map { "m\($0)" })
      F.ok(["session", "propose", journal, "--case", "c1", "--confirm"])
      let voters = (2...(count + 1)).map { "m\($0)" }
      let processes = try voters.map { member in
        try Self.start(["session", "vote", journal, "--motion", "mo1", "--member", member, "--for"])
      }
      for process in processes { process.waitUntilExit() }
      #expect(processes.allSatisfy { $0.terminationStatus == 0 })
      let read = try JournalFile(path: journal).read()
      #expect(read.report.isIntact)
      #expect(read.report.tornTail == nil)
      let votes = read.lines.compactMap { line -> PersonID? in
        if case .vote(_, let member, _) = line.event { return member }
        return nil
      }
      #expect(votes.sorted() == voters.sorted())
    }
  }

  @Test(
    "kill -9 in the middle of appends never loses an acknowledged event; repair fixes a torn tail",
    .enabled(if: binary != nil, "the hattama binary was not found next to the test runner"))
  func killedMidAppend() throws {
    try F.withDirectory { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      var acknowledged = 0
      var killed = 0
      for round in 0..<40 {
        let process = try Self.start(
          [
            "session", "attend", journal, "--date", "2025-10-24", "--present", "m1", "m2", "m3",
            "m4", "v1",
          ], killed: true)
        // Vary the moment of the kill across the process's life, from start-up to the sync.
        usleep(useconds_t((round % 10) * 3000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        if process.terminationReason == .exit, process.terminationStatus == 0 {
          acknowledged += 1
        } else {
          killed += 1
        }
        let report = try JournalFile(path: journal).verify()
        #expect(report.firstBreak == nil, "round \(round): \(report)")
        if report.tornTail != nil {
          #expect(F.run(["session", "repair", journal]).code == .success)
          try? FileManager.default.removeItem(atPath: journal + ".broken")
        }
      }
      let read = try JournalFile(path: journal).read()
      #expect(read.report.isIntact && read.report.tornTail == nil)
      let attends = read.lines.count { if case .attend = $0.event { true } else { false } }
      #expect(attends >= acknowledged, "acknowledged \(acknowledged), killed \(killed)")
      #expect(F.run(["verify", journal]).code == .success)
    }
  }
}
