import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI
@testable import HattamaJournal

/// What an interrupted `repair` or `open` leaves, and what the tool makes of it (issue 13,
/// items 3–5, 7 and 9).
@Suite("Interrupted repair and open, long lines, linked directories (issue 13)")
struct JournalRecoveryTests {
  typealias F = JournalFileFixture

  static let torn = Array(#"{"seq":6,"prev":"0f"#.utf8)

  /// A journal of the fixture's events ending in ``torn``; its complete bytes.
  static func tornJournal(_ path: String) throws -> [UInt8] {
    try F.journal(at: path)
    let complete = try F.bytes(path)
    try F.write(complete + torn, to: path)
    return complete
  }

  @Test(
    "4: a .broken holding exactly the torn bytes (a repair killed after step 1) is used, not a blocker"
  )
  func brokenFromInterruptedRepair() throws {
    try F.withDirectory { directory in
      let path = directory + "/J.jsonl"
      let complete = try Self.tornJournal(path)
      let file = JournalFile(path: path)
      try F.write(Self.torn, to: file.brokenPath)
      guard case .repaired(let repaired) = try file.repair() else {
        Issue.record("the repair goes on")
        return
      }
      #expect(repaired.line.seq == 6)
      #expect(try F.bytes(path).starts(with: complete))
      #expect(try file.verify().isIntact)
      #expect(try F.bytes(file.brokenPath) == Self.torn)
    }
  }

  @Test("4: a journal already ending in the repair event of .broken is reported done and flushed")
  func alreadyRepaired() throws {
    try F.withDirectory { directory in
      let path = directory + "/J.jsonl"
      _ = try Self.tornJournal(path)
      let file = JournalFile(path: path)
      guard case .repaired(let repaired) = try file.repair() else {
        Issue.record("the first repair cuts")
        return
      }
      let after = try F.bytes(path)
      #expect(
        try file.repair() == .alreadyRepaired(brokenPath: file.brokenPath, anchor: repaired.anchor))
      #expect(try F.bytes(path) == after)
      // Without its .broken, the journal is simply not torn.
      try FileManager.default.removeItem(atPath: file.brokenPath)
      #expect(throws: JournalFileError.notTorn(path: path)) { try file.repair() }
    }
  }

  @Test("4: no reader ever sees the journal cut without its repair event: it is replaced whole")
  func replacedWhole() throws {
    try F.withDirectory { directory in
      let path = directory + "/J.jsonl"
      _ = try Self.tornJournal(path)
      let before = try #require(FileIdentity(path: path))
      _ = try JournalFile(path: path).repair()
      #expect(FileIdentity(path: path) != before)
      #expect(try F.mode(path) == 0o600)
      // An appender that had the old file open reopens the path once it has the lock.
      try JournalFile(path: path).append(.tally(motion: "mo1"))
      #expect(try JournalFile(path: path).verify().isIntact)
    }
  }

  @Test("4: an append waiting for the lock while repair replaces the journal lands in the new one")
  func appendDuringRepair() throws {
    try F.withDirectory { directory in
      let path = directory + "/J.jsonl"
      _ = try Self.tornJournal(path)
      // The repair dawdles before its commit, the appender already waiting on the old file.
      var slow = SystemCalls.system
      slow.rename = { from, to in
        if from.hasSuffix(".repair.tmp") { usleep(300_000) }
        return SystemCalls.system.rename(from, to)
      }
      let repairing = JournalFile(path: path, system: slow)
      DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
          _ = try? repairing.repair()
        } else {
          usleep(100_000)
          // Waits for the lock on the old file, still torn; once it has it, it reopens the path
          // (the repaired journal) instead of refusing the torn old one.
          #expect(throws: Never.self) { try JournalFile(path: path).append(.tally(motion: "mo1")) }
        }
      }
      let journal = try JournalFile(path: path).read()
      #expect(journal.report.isIntact && journal.report.tornTail == nil)
      #expect(journal.lines.last?.event == .tally(motion: "mo1"))
      #expect(
        journal.lines.dropLast().last?.event
          == .repair(tornBytes: Self.torn.count, tornSHA256: SHA256.hash(Self.torn)))
    }
  }

  @Test(
    "5: open over an interrupted open (empty, or the open line torn) keeps the bytes and opens",
    arguments: ["", #"{"seq":1,"type":"open","form"#])
  func openAgain(leftover: String) throws {
    try F.withDirectory { directory in
      let path = directory + "/J.jsonl"
      try F.write(Array(leftover.utf8), to: path)
      let file = JournalFile(path: path)
      let created = try file.create(nonce: F.nonce(), draft: F.draft)
      #expect(created.movedAside == file.brokenPath)
      #expect(try F.bytes(file.brokenPath) == Array(leftover.utf8))
      #expect(try file.verify().isIntact)
    }
  }

  @Test(
    "5: open refuses a file with a complete line, or bytes no open writes, and leaves it",
    arguments: [#"{"seq":1}"# + "\n", "\u{0}\u{0}\u{0}", "hello"])
  func openRefuses(existing: String) throws {
    try F.withDirectory { directory in
      let path = directory + "/J.jsonl"
      try F.write(Array(existing.utf8), to: path)
      #expect(throws: JournalFileError.alreadyExists(path: path)) {
        try JournalFile(path: path).create(nonce: F.nonce(), draft: F.draft)
      }
      #expect(try F.bytes(path) == Array(existing.utf8))
      #expect(!FileManager.default.fileExists(atPath: path + ".broken"))
    }
  }

  @Test("7: an event line longer than 1 MiB is refused before it is written")
  func longEventRefused() throws {
    try F.withDirectory { directory in
      let path = directory + "/J.jsonl"
      let file = try F.journal(at: path)
      let before = try F.bytes(path)
      let conclusion = String(repeating: "a", count: 1 << 20)
      #expect(throws: JournalFileError.lineTooLong(path: path, line: 6, limit: 1 << 20)) {
        try file.append(.close(conclusion: conclusion))
      }
      #expect(try F.bytes(path) == before)
    }
  }

  @Test("9: a journal whose directory is a symbolic link is refused, exit 2, nothing created")
  func linkedDirectory() throws {
    try F.withDirectory { directory in
      try FileManager.default.createDirectory(
        atPath: directory + "/real", withIntermediateDirectories: false)
      try FileManager.default.createSymbolicLink(
        atPath: directory + "/link", withDestinationPath: directory + "/real")
      let path = directory + "/link/J.jsonl"
      let refusal = JournalFileError.linkedDirectory(path: path, directory: directory + "/link")
      #expect(throws: refusal) {
        try JournalFile(path: path).create(nonce: F.nonce(), draft: F.draft)
      }
      #expect(!FileManager.default.fileExists(atPath: directory + "/real/J.jsonl"))
      try F.journal(at: directory + "/real/J.jsonl")
      #expect(throws: refusal) { try JournalFile(path: path).verify() }
      #expect(throws: refusal) { try JournalFile(path: path).append(.tally(motion: "mo1")) }
      let result = InProcess.run(["verify", path])
      #expect(result.code == .badInput)
      #expect(result.err.contains("is a symbolic link; give the journal's path through its real"))
    }
  }

  static let messages: [(JournalFileError, String)] = [
    (
      .repairStopped(path: "J.jsonl", .sync, errno: EIO),
      "Repairing 'J.jsonl' stopped: cannot flush to disk (Input/output error); the journal is as "
        + "it was, and any torn bytes already kept stay in 'J.jsonl.broken': fix the disk. Then "
        + "run 'hattama session repair J.jsonl' again."
    ),
    (
      .repairNotFlushed(path: "J.jsonl", errno: EIO),
      "'J.jsonl' was repaired, but flushing its directory failed (Input/output error), so a power "
        + "cut could undo it. Run 'hattama session repair J.jsonl' again to flush it."
    ),
    (
      .brokenFileExists(path: "J.jsonl.broken"),
      "'J.jsonl.broken' already exists and holds other bytes than the ones to keep now (an "
        + "earlier repair's); nothing was changed: move it aside, then run the repair again."
    ),
  ]

  @Test(
    "9: repair's errors say what is true: no event to enter again, the way on", arguments: messages)
  func repairMessages(error: JournalFileError, text: String) {
    #expect(error.advised.en == text)
    #expect(!text.contains("enter it again"))
  }
}
