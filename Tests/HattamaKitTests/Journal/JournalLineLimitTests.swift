import Testing

@testable import HattamaKit

/// Lines are read with a bound (issue 13, item 7): a line longer than
/// ``JournalLine/maximumLength(ofLine:)`` is a break naming it, and none of its bytes is kept.
@Suite("Journal lines are read with a bound (issue 13)")
struct JournalLineLimitTests {
  static let lines = JournalFixture.lines()

  /// The journal with line `k` (from 1) replaced by `count` bytes of `x`.
  static func withLongLine(_ k: Int, count: Int) -> [UInt8] {
    var lines = Self.lines
    lines[k - 1] = [UInt8](repeating: UInt8(ascii: "x"), count: count)
    return JournalFixture.file(lines)
  }

  /// Reads `bytes` in chunks of `size`, as the file layer does.
  static func report(_ bytes: [UInt8], chunk size: Int) -> (ChainReport, [JournalLine]) {
    var reader = JournalReader()
    var lines: [JournalLine] = []
    var start = 0
    while start < bytes.count {
      let end = min(start + size, bytes.count)
      reader.read(bytes[start..<end]) { lines.append($0) }
      start = end
    }
    return (reader.report(), lines)
  }

  @Test(
    "a line one byte over its limit is malformed at that line, read at once or in chunks",
    arguments: [(3, 1 << 20), (1, 16 << 20)], [1 << 16, 1 << 30])
  func overLimit(line: (number: Int, limit: Int), chunk: Int) {
    let bytes = Self.withLongLine(line.number, count: line.limit + 1)
    let (report, lines) = Self.report(bytes, chunk: chunk)
    #expect(
      report.firstBreak
        == ChainBreak(line: line.number, reason: .malformed(.tooLong(limit: line.limit))))
    #expect(report.lineCount == Self.lines.count)
    #expect(lines.count == Self.lines.count - 1)
  }

  @Test("a line at exactly its limit is read in full (and judged as any other line)")
  func atLimit() {
    let bytes = Self.withLongLine(3, count: 1 << 20)
    let (report, _) = Self.report(bytes, chunk: 1 << 16)
    let found = "'" + String(repeating: "x", count: 40) + "…'"
    #expect(
      report.firstBreak
        == ChainBreak(
          line: 3,
          reason: .malformed(JournalFixture.notJSON(.expectedValue(found: found), column: 1))))
  }

  @Test("bytes after the last newline longer than a line may be are a break, not a torn tail")
  func overlongTail() {
    let complete = JournalFixture.file(Self.lines)
    let tail = [UInt8](repeating: 0, count: (1 << 20) + 1)
    let (report, _) = Self.report(complete + tail, chunk: 1 << 16)
    #expect(report.firstBreak == ChainBreak(line: 9, reason: .malformed(.tooLong(limit: 1 << 20))))
    #expect(report.tornTail == nil)
    #expect(report.lineCount == 8)
    let torn = Self.report(complete + tail.prefix(1 << 20), chunk: 1 << 16).0
    #expect(torn.firstBreak == nil)
    #expect(torn.tornTail?.byteCount == 1 << 20)
  }

  @Test("the lines handed out are exactly those before the first break")
  func intactLines() {
    for k in 2...8 {
      var lines = Self.lines
      lines[k - 1] = Array("garbage".utf8)
      var reader = JournalReader()
      var handed: [JournalLine] = []
      JournalFixture.file(lines).withUnsafeBytes {
        reader.readIntact(buffer: $0) { handed.append($0) }
      }
      #expect(handed.count == k - 1)
      #expect(reader.report().firstBreak?.line == k)
    }
  }

  @Test(
    "a canonical vote, tally or proposal read without a JSON tree is the line the full decoding gives"
  )
  func canonicalFastPath() throws {
    for bytes in Self.lines.dropFirst() {
      let full = try JournalLine(decoding: bytes)
      guard let prev = full.prev else { continue }
      let fast = bytes.withUnsafeBytes { JournalLine.canonicalEvent($0, linkedTo: prev) }
      switch full.event {
      case .vote, .tally, .propose: #expect(fast == full)
      default: #expect(fast == nil)
      }
      // Any byte changed: never read here as something else.
      for index in bytes.indices {
        var changed = bytes
        changed[index] ^= 0x20
        let read = changed.withUnsafeBytes { JournalLine.canonicalEvent($0, linkedTo: prev) }
        if let read { #expect(read.encoded() == changed) }
      }
    }
  }
}
