import Foundation
import HattamaKit
import Testing

@testable import HattamaJournal

/// ``JournalLines`` reads and decodes ahead on a second thread (issue 13): these hold it, on
/// journals of many read chunks, to what one thread reading the same bytes hands out and
/// reports (`Journal(bytes:)`), however far the caller reads.
@Suite("Reading a journal ahead on a second thread (issue 13)") struct JournalLinesReadAheadTests {
  /// The lines of a journal of `events` tallies, about 110 bytes each: 6,000 fill ten read
  /// chunks of 64 KiB, more than the read-ahead holds.
  static func journalLines(events: Int) -> [[UInt8]] {
    let opening = JournalLine.opening(
      nonce: JournalFileFixture.nonce(), draft: JournalFileFixture.draft
    ).encoded()
    var lines = [opening]
    var head = ChainHead(seq: 1, hash: SHA256.hash(opening))
    for number in 0..<events {
      let bytes = JournalLine.appending(.tally(motion: "mo\(number)"), after: head).encoded()
      lines.append(bytes)
      head = ChainHead(seq: head.seq + 1, hash: SHA256.hash(bytes))
    }
    return lines
  }

  /// The lines `limit` asks for (all with `nil`), and the report, from a journal file.
  static func read(_ bytes: [UInt8], taking limit: Int?) throws -> ([JournalLine], ChainReport) {
    var result: ([JournalLine], ChainReport)?
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      try JournalFileFixture.write(bytes, to: path)
      result = try JournalFile(path: path).replay { lines in
        limit.map { Array(lines.prefix($0)) } ?? Array(lines)
      }
    }
    return try #require(result)
  }

  static func joined(_ lines: [[UInt8]]) -> [UInt8] { lines.flatMap { $0 + [0x0A] } }

  @Test(
    "every line, in order, and the report, as one thread reads them; a torn tail too",
    arguments: [false, true])
  func whole(torn: Bool) throws {
    var bytes = Self.joined(Self.journalLines(events: 6_000))
    if torn { bytes += Array(#"{"seq":6002,"prev":"#.utf8) }
    let reference = Journal(bytes: bytes)
    let (lines, report) = try Self.read(bytes, taking: nil)
    #expect(lines.count == 6_001)
    #expect(lines == reference.lines)
    #expect(report == reference.report)
    #expect(report.tornTail != nil || !torn)
  }

  @Test(
    "a caller that stops after k lines gets the report of the whole file",
    arguments: [0, 1, 400, 3_000, 5_999])
  func stopsEarly(taking count: Int) throws {
    let bytes = Self.joined(Self.journalLines(events: 6_000))
    let (lines, report) = try Self.read(bytes, taking: count)
    #expect(lines == Array(Journal(bytes: bytes).lines.prefix(count)))
    #expect(report == Journal(bytes: bytes).report)
    #expect(report.isIntact)
  }

  @Test(
    "an edited, removed or spliced line deep in the file: the lines before it, and its break",
    arguments: ["edited", "removed", "spliced"])
  func breakDeepInside(damage: String) throws {
    var lines = Self.journalLines(events: 6_000)
    switch damage {
    case "edited":
      lines[4_500] = Array(
        String(decoding: lines[4_500], as: UTF8.self)
          .replacingOccurrences(of: "tally", with: "tallx").utf8)
    case "removed": lines.remove(at: 4_500)
    default: lines.insert(lines[100], at: 4_500)
    }
    let bytes = Self.joined(lines)
    let reference = Journal(bytes: bytes)
    let firstBreak = try #require(reference.report.firstBreak)
    #expect(firstBreak.line > 4_000)
    for limit in [nil, 10] as [Int?] {
      let (read, report) = try Self.read(bytes, taking: limit)
      #expect(report == reference.report)
      #expect(read == Array(reference.lines.prefix(limit ?? (firstBreak.line - 1))))
    }
  }

  @Test("a caller that decides the file is no journal stops the reading thread")
  func notAJournal() throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      try JournalFileFixture.write(Self.joined(Self.journalLines(events: 6_000)), to: path)
      let file = JournalFile(path: path)
      let none: (Int, ChainReport)? = try file.replayIfJournal { lines in
        lines.next() == nil ? 0 : nil
      }
      #expect(none == nil)
      // The file is closed and unlocked: an append goes through.
      #expect(try file.append(.tally(motion: "mo-last")).line.seq == 6_002)
    }
  }
}
