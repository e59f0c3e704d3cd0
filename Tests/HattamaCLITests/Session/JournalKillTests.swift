import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI
@testable import HattamaJournal

/// The real `hattama` killed with SIGKILL at every step of `session repair`, `session open`
/// and `session vote` (issue 13): the debug binary honours `HATTAMA_TEST_KILL_AFTER=K` and
/// kills itself right after its K-th call that opens or changes a file (``SystemCalls/live``;
/// a release build ignores the variable). After each kill, the tool alone — `repair`, or
/// `open` again — brings the journal back to intact, every acknowledged event and every torn
/// byte kept.
@Suite("Separate processes: kill -9 at every step of repair, open and vote (issue 13)")
struct JournalKillTests {
  typealias F = SessionFixture

  /// Runs the binary with `words`, killed after its `k`-th call; its exit status.
  static func run(_ words: [String], killAfter k: Int?) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: SessionProcessTests.binary ?? "/nonexistent")
    process.arguments = words
    var environment = ProcessInfo.processInfo.environment
    if let k { environment["HATTAMA_TEST_KILL_AFTER"] = String(k) }
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationReason == .uncaughtSignal
      ? -process.terminationStatus
      : process.terminationStatus
  }

  @Test(
    "kill -9 after each step of session repair: one more repair finishes, the torn bytes kept",
    .enabled(if: SessionProcessTests.binary != nil, "the hattama binary was not found"),
    arguments: 1...15)
  func killedRepair(step: Int) throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      let complete = try F.bytes(journal)
      let torn = Array(#"{"seq":3,"prev":"0"#.utf8)
      try F.write(complete + torn, to: journal)
      let status = try Self.run(["session", "repair", journal], killAfter: step)
      #expect(status == -SIGKILL, "killed after call \(step)")
      let now = try F.bytes(journal)
      #expect(now == complete + torn || now.starts(with: complete + Array(#"{"seq":3"#.utf8)))
      if now != complete + torn { #expect(try F.bytes(journal + ".broken") == torn) }
      #expect(try Self.run(["session", "repair", journal], killAfter: nil) == 0)
      #expect(F.run(["verify", journal]).code == .success)
      #expect(try F.bytes(journal + ".broken") == torn)
      #expect(try F.bytes(journal).starts(with: complete))
      F.ok(["session", "propose", journal, "--case", "c1", "--confirm"])
    }
  }

  @Test(
    "kill -9 after each step of session open: open again (or the journal made) goes on",
    .enabled(if: SessionProcessTests.binary != nil, "the hattama binary was not found"),
    arguments: 1...5)
  func killedOpen(step: Int) throws {
    try F.withDirectory { directory in
      let journal = directory + "/J.jsonl"
      let words = ["session", "open", directory + "/draft.json", "--journal", journal]
      let killed = try Self.run(words, killAfter: step)
      #expect(killed == -SIGKILL, "killed after call \(step)")
      if F.run(["verify", journal]).code != .success {
        let again = try Self.run(words, killAfter: nil)
        #expect(again == 0, "open again after call \(step)")
      }
      #expect(F.run(["verify", journal]).code == .success)
    }
  }

  @Test(
    "kill -9 after each step of session vote: the vote is there or repair seals the journal",
    .enabled(if: SessionProcessTests.binary != nil, "the hattama binary was not found"),
    arguments: 1...3)
  func killedVote(step: Int) throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      F.ok(["session", "propose", journal, "--case", "c1", "--confirm"])
      let before = try F.bytes(journal)
      let words = ["session", "vote", journal, "--motion", "mo1", "--member", "m1", "--for"]
      #expect(try Self.run(words, killAfter: step) == -SIGKILL)
      if F.run(["verify", journal]).err.contains("repair") {
        #expect(try Self.run(["session", "repair", journal], killAfter: nil) == 0)
      }
      #expect(F.run(["verify", journal]).code == .success)
      #expect(try F.bytes(journal).starts(with: before))
    }
  }
}

/// A file far longer than any line, under a memory cap (issue 13, item 7: a sparse 4 GB file
/// made `audit` take 8.4 GB, and `verify` and `repair` abort under a cap).
@Suite("Separate processes: memory bounded whatever the file")
struct JournalMemoryTests {
  @Test(
    "verify, status, repair and audit of a sparse file past every limit under a 195 MiB cap",
    .enabled(if: SessionProcessTests.binary != nil, "the hattama binary was not found"),
    arguments: [
      ("verify", 2, 32), ("session status", 2, 32), ("session repair", 2, 32),
      ("audit", 2, 160), ("audit", 2, 300),
    ])
  func sparseFile(command: String, status: Int32, megabytes: Int) throws {
    try SessionFixture.withDirectory { directory in
      let path = directory + "/big.jsonl"
      #expect(FileManager.default.createFile(atPath: path, contents: nil))
      #expect(truncate(path, off_t(megabytes << 20)) == 0)
      let (code, out) = try SessionFaultTests.shell(
        "ulimit -v 200000; \"$1\" \(command) \"$2\"", SessionProcessTests.binary ?? "", path)
      #expect(code == status, "\(out)")
      #expect(
        ["line 1", "not a journal", "more than the 256 MiB"].contains { out.contains($0) },
        "\(out)")
    }
  }
}
