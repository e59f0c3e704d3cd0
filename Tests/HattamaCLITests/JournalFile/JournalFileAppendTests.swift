import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI
@testable import HattamaJournal

/// A procedural refusal, as the session rules will throw from an append closure.
struct TestRefusal: Error, Equatable {}

@Suite("Appending to a journal (SPEC, Crash safety)") struct JournalFileAppendTests {
  @Test("appended events read back in order, the chain intact, the anchor of the last line")
  func roundTrip() throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      let file = JournalFile(path: path)
      try file.create(nonce: JournalFileFixture.nonce(), draft: JournalFileFixture.draft)
      var anchor: JournalAnchor?
      for event in JournalFileFixture.events { anchor = try file.append(event).anchor }
      let journal = try file.read()
      #expect(journal.lines.map(\.event).dropFirst() == JournalFileFixture.events[...])
      #expect(journal.lines.map(\.seq) == [1, 2, 3, 4, 5])
      #expect(journal.report.isIntact)
      #expect(journal.report.anchor == anchor)
      let last = try #require(JournalFileFixture.lines(try JournalFileFixture.bytes(path)).last)
      #expect(anchor == JournalAnchor(events: 5, head: SHA256.hash(last).hex))
      #expect(try file.verify(expecting: anchor) == journal.report.with(expected: anchor))
      #expect(try JournalFileFixture.mode(path) == 0o600)
    }
  }

  @Test("the closure decides from the journal as it is under the lock, not a stale copy")
  func freshState() throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      try JournalFileFixture.journal(at: path, events: [])
      let first = JournalFile(path: path)
      let second = JournalFile(path: path)
      for round in 0..<6 {
        let writer = round.isMultiple(of: 2) ? first : second
        let appended = try writer.append { (lines) throws(Never) in
          let count = lines.reduce(0) { count, _ in count + 1 }
          return (event: .tally(motion: "mo\(count)"), output: count)
        }
        #expect(appended.output == round + 1)
        #expect(appended.line.seq == round + 2)
      }
      #expect(try first.read().report.isIntact)
    }
  }

  @Test("a refusal from the closure writes nothing and comes back as it was thrown")
  func refusal() throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      let file = try JournalFileFixture.journal(at: path)
      let before = try JournalFileFixture.bytes(path)
      do throws(JournalAppendError<TestRefusal>) {
        try file.append { (_) throws(TestRefusal) -> (event: JournalEvent, output: Void) in
          throw TestRefusal()
        }
        Issue.record("the refusal was not thrown")
      } catch {
        guard case .refused(let refusal) = error else {
          Issue.record("expected the refusal, got \(error)")
          return
        }
        #expect(refusal == TestRefusal())
      }
      #expect(try JournalFileFixture.bytes(path) == before)
    }
  }

  @Test("a tampered journal takes no append and is left byte for byte")
  func tamperedRefused() throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      try JournalFileFixture.journal(at: path)
      var lines = JournalFileFixture.lines(try JournalFileFixture.bytes(path))
      lines.remove(at: 2)
      let damaged: [UInt8] = lines.flatMap { $0 + [0x0A] }
      try JournalFileFixture.write(damaged, to: path)
      #expect(
        throws: JournalFileError.tampered(
          path: path, ChainBreak(line: 3, reason: .removed(first: 3, count: 1)))
      ) {
        try JournalFile(path: path).append(.tally(motion: "mo1"))
      }
      #expect(try JournalFileFixture.bytes(path) == damaged)
    }
  }

  @Test("short writes and interrupted calls still write the whole line")
  func shortWrites() throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      try JournalFileFixture.journal(at: path)
      let file = JournalFile(path: path, system: JournalFileFixture.shortWrites(chunk: 3))
      try file.append(.close(conclusion: "Сессия аяқталды."))
      let journal = try file.read()
      #expect(journal.report.isIntact)
      #expect(journal.lines.last?.event == .close(conclusion: "Сессия аяқталды."))
    }
  }

  @Test(
    "a full disk or a failed fsync is reported, the file cut back to what it was",
    arguments: [
      ("full disk after 0 bytes", JournalFileFixture.fullDisk(after: 0), false),
      ("full disk mid-line", JournalFileFixture.fullDisk(after: 20), false),
      ("fsync fails", JournalFileFixture.failingSync(1), true),
    ])
  func failedWrite(name: String, system: SystemCalls, syncFails: Bool) throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      try JournalFileFixture.journal(at: path)
      let before = try JournalFileFixture.bytes(path)
      let expected =
        syncFails
        ? JournalFileError.syncFailed(path: path, errno: EIO, rolledBack: true)
        : JournalFileError.writeFailed(path: path, errno: ENOSPC, rolledBack: true)
      #expect(throws: expected, "\(name)") {
        try JournalFile(path: path, system: system).append(.tally(motion: "mo1"))
      }
      #expect(try JournalFileFixture.bytes(path) == before)
      #expect(try JournalFile(path: path).read().report.isIntact)
    }
  }

  @Test("writers on separate descriptors append in turn: no lost or interleaved line")
  func concurrentWriters() throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      try JournalFileFixture.journal(at: path, events: [])
      let writers = 4
      let appendsEach = 15
      DispatchQueue.concurrentPerform(iterations: writers) { writer in
        let file = JournalFile(path: path)
        for index in 0..<appendsEach {
          _ = try? file.append(.vote(motion: "mo\(index)", member: "m\(writer)", choice: .for))
        }
      }
      let journal = try JournalFile(path: path).read()
      #expect(journal.report.isIntact)
      #expect(journal.report.tornTail == nil)
      #expect(journal.lines.count == 1 + writers * appendsEach)
    }
  }
}

extension ChainReport {
  /// The same report with `anchor` as the expected one and no mismatch.
  func with(expected anchor: JournalAnchor?) -> ChainReport {
    var report = self
    report.expected = anchor
    return report
  }
}
