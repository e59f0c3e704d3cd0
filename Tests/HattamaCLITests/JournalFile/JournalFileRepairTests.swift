import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI
@testable import HattamaJournal

@Suite("Torn last line and repair (SPEC, Crash safety)") struct JournalFileRepairTests {
  @Test("a torn tail at every byte offset of the last line blocks appends; repair restores it")
  func tornEverywhere() throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      try JournalFileFixture.journal(at: path)
      let whole = try JournalFileFixture.bytes(path)
      let lines = JournalFileFixture.lines(whole)
      let last = try #require(lines.last)
      let complete = Array(whole.dropLast(last.count + 1))
      for cut in 1...last.count {
        let torn = Array(last[..<cut])
        try JournalFileFixture.write(complete + torn, to: path)
        let file = JournalFile(path: path)
        let tail = TornTail(offset: complete.count, bytes: torn)
        #expect(try file.read().report.tornTail == tail)
        #expect(throws: JournalFileError.torn(path: path, tail)) {
          try file.append(.tally(motion: "mo1"))
        }
        #expect(try JournalFileFixture.bytes(path) == complete + torn, "cut at \(cut)")

        guard case .repaired(let repaired) = try file.repair() else {
          Issue.record("a torn tail is cut and recorded")
          return
        }
        #expect(try JournalFileFixture.bytes(file.brokenPath) == torn)
        #expect(try JournalFileFixture.mode(file.brokenPath) == 0o600)
        #expect(repaired.tornTail == tail)
        #expect(
          repaired.line.event == .repair(tornBytes: cut, tornSHA256: SHA256.hash(torn)))
        let journal = try file.read()
        #expect(journal.report.isIntact)
        #expect(journal.report.tornTail == nil)
        #expect(journal.report.anchor == repaired.anchor)
        #expect(journal.lines.count == lines.count)
        try file.append(.tally(motion: "mo1"))
        #expect(try file.read().report.isIntact)
        try FileManager.default.removeItem(atPath: file.brokenPath)
      }
    }
  }

  @Test("repair refuses damage before the last line and changes nothing", arguments: [true, false])
  func refusesTampering(withTornTail: Bool) throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      try JournalFileFixture.journal(at: path)
      var lines = JournalFileFixture.lines(try JournalFileFixture.bytes(path))
      lines[2] = JournalLine(
        seq: 3, prev: SHA256.hash(lines[1]),
        event: .propose(
          motion: "mo1", caseID: "c1", kind: .confirm, by: "m2")
      ).encoded()
      let tail: [UInt8] = withTornTail ? Array("{\"seq\"".utf8) : []
      let damaged: [UInt8] = lines.flatMap { $0 + [0x0A] } + tail
      try JournalFileFixture.write(damaged, to: path)
      let file = JournalFile(path: path)
      #expect(
        throws: JournalFileError.tampered(
          path: path, ChainBreak(line: 4, reason: .splicedOrEdited))
      ) {
        try file.repair()
      }
      #expect(try JournalFileFixture.bytes(path) == damaged)
      #expect(!FileManager.default.fileExists(atPath: file.brokenPath))
    }
  }

  @Test("repair of a journal that is not torn changes nothing")
  func notTorn() throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      let file = try JournalFileFixture.journal(at: path)
      let before = try JournalFileFixture.bytes(path)
      #expect(throws: JournalFileError.notTorn(path: path)) { try file.repair() }
      #expect(try JournalFileFixture.bytes(path) == before)
      #expect(!FileManager.default.fileExists(atPath: file.brokenPath))
    }
  }

  @Test("repair will not overwrite an earlier .broken file, and changes nothing")
  func brokenExists() throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      let file = try JournalFileFixture.journal(at: path)
      let torn = try JournalFileFixture.bytes(path) + Array("{\"seq\":6".utf8)
      try JournalFileFixture.write(torn, to: path)
      try JournalFileFixture.write(Array("earlier".utf8), to: file.brokenPath)
      #expect(throws: JournalFileError.brokenFileExists(path: file.brokenPath)) {
        try file.repair()
      }
      #expect(try JournalFileFixture.bytes(path) == torn)
      #expect(try JournalFileFixture.bytes(file.brokenPath) == Array("earlier".utf8))
    }
  }

  @Test(
    "issue 13: a file without one complete line (an interrupted open) is moved aside whole",
    arguments: ["", "{\"seq\":1,\"ty"])
  func interruptedOpen(bytes: String) throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      try JournalFileFixture.write(Array(bytes.utf8), to: path)
      let file = JournalFile(path: path)
      #expect(try file.repair() == .interruptedOpen(brokenPath: file.brokenPath))
      #expect(!FileManager.default.fileExists(atPath: path))
      #expect(try JournalFileFixture.bytes(file.brokenPath) == Array(bytes.utf8))
      // `session open` can start again.
      try JournalFileFixture.journal(at: path, events: [])
      #expect(try file.verify().isIntact)
    }
  }

  static let messages: [(JournalFileError, String)] = [
    (
      JournalFileError.alreadyExists(path: "J.jsonl"),
      "'J.jsonl' already exists; give a new file for the journal, or go on with that one."
    ),
    (
      .torn(path: "J.jsonl", TornTail(offset: 10, bytes: Array("{\"seq".utf8))),
      "Journal 'J.jsonl' ends in a torn line of 5 bytes (a write cut short), so nothing more can "
        + "be recorded. Run 'hattama session repair J.jsonl' before going on; it keeps the torn "
        + "bytes in 'J.jsonl.broken'."
    ),
    (
      .tampered(path: "J.jsonl", ChainBreak(line: 5, reason: .foreign)),
      "Journal 'J.jsonl' has been altered: line 5 does not belong here: it was inserted, "
        + "replaced or copied from another journal; nothing was written, so keep the file as it "
        + "is. Check it with 'hattama verify J.jsonl'."
    ),
    (
      .writeFailed(path: "J.jsonl", errno: ENOSPC, rolledBack: true),
      "Writing to 'J.jsonl' failed (No space left on device); the event was not recorded: fix "
        + "the disk, then enter it again."
    ),
    (
      .syncFailed(path: "J.jsonl", errno: EIO, rolledBack: false),
      "Flushing 'J.jsonl' to disk failed (Input/output error); the journal may now end in a "
        + "torn line. Run 'hattama session repair J.jsonl' before going on; it keeps the torn "
        + "bytes in 'J.jsonl.broken'."
    ),
    (.system(.lock, path: "J.jsonl", errno: EBADF), "Cannot lock 'J.jsonl': Bad file descriptor."),
  ]

  @Test("file errors read as one sentence with the path and the way out", arguments: messages)
  func message(error: JournalFileError, text: String) {
    #expect(error.advised.en == text)
  }

  @Test(
    "issue 15: the store's own message names the path and no command of the CLI, in every language",
    arguments: messages.map(\.0))
  func storeGivesNoCommand(error: JournalFileError) {
    for language in Language.allCases {
      let text = error.message.text(in: language)
      #expect(text.contains("'J.jsonl"))
      #expect(!text.contains("hattama"), "\(language): \(text)")
    }
    #expect(error.message.kk != error.message.en)
    #expect(error.message.ru != error.message.en)
  }
}
