import Testing

@testable import HattamaKit

@Suite("Reading a journal in chunks; torn last line (SPEC, Crash safety)")
struct JournalReaderTests {
  static let lines = JournalFixture.lines()
  static let file = JournalFixture.file(lines)

  @Test(
    "chunks of any size give the same lines and report as reading the file at once",
    arguments: [1, 2, 3, 7, 64, 100, 4096])
  func chunking(size: Int) {
    let whole = Journal(bytes: Self.file)
    var reader = JournalReader()
    var lines: [JournalLine] = []
    var start = 0
    while start < Self.file.count {
      let end = min(start + size, Self.file.count)
      reader.read(Self.file[start..<end]) { lines.append($0) }
      start = end
    }
    #expect(lines == whole.lines)
    #expect(lines.count == 8)
    #expect(reader.report() == whole.report)
    #expect(whole.report.isIntact)
  }

  @Test("a line feed at every offset of an eight-byte word ends a line, and only there")
  func lineFeedAtEveryOffset() {
    // Lines of 0…19 bytes put their line feeds at every offset of the words the splitter
    // reads eight bytes at a time; bytes one off a line feed (0x0B, 0x09) are no line feed.
    var bytes: [UInt8] = []
    for length in 0..<20 {
      bytes += (0..<length).map { index -> UInt8 in index % 2 == 0 ? 0x0B : 0x09 }
      bytes.append(0x0A)
    }
    var reader = JournalReader()
    reader.read(bytes)
    #expect(reader.report().lineCount == 20)
    #expect(reader.report().tornTail == nil)
    var torn = JournalReader()
    torn.read(bytes + [0x0B, 0x09, 0x0B])
    #expect(torn.report().lineCount == 20)
    #expect(torn.report().tornTail?.byteCount == 3)
  }

  @Test("a torn tail at every byte offset of the last line is detected, earlier lines intact")
  func tornAtEveryOffset() {
    let complete = JournalFixture.file(Array(Self.lines.dropLast()))
    let last = Self.lines[7]
    for cut in 1...last.count {
      let torn = Array(last[..<cut])
      let report = Journal(bytes: complete + torn).report
      #expect(report.tornTail == TornTail(offset: complete.count, bytes: torn), "cut at \(cut)")
      #expect(report.tornTail?.byteCount == cut)
      #expect(report.lineCount == 7)
      #expect(report.firstBreak == nil)
      #expect(report.anchor == JournalFixture.anchor(Self.lines, at: 7))
    }
    let report = Journal(bytes: complete).report
    #expect(report.tornTail == nil)
    #expect(report.lineCount == 7)
  }

  @Test("a journal whose only line is torn has no complete line and a torn tail")
  func tornFirstLine() {
    let report = Journal(bytes: Self.lines[0]).report
    #expect(report.lineCount == 0)
    #expect(report.tornTail?.byteCount == Self.lines[0].count)
    #expect(report.firstBreak == ChainBreak(line: 1, reason: .missingOpen))
  }

  @Test("the torn tail's hash is the SHA-256 of its bytes, as the repair event records it")
  func tornHash() {
    let torn = Array(Self.lines[7].prefix(10))
    let report = Journal(bytes: JournalFixture.file(Array(Self.lines.dropLast())) + torn).report
    #expect(report.tornTail?.sha256 == SHA256.hash(torn))
  }

  @Test("an expected anchor is checked while reading")
  func expectationWhileReading() {
    let anchor = JournalFixture.anchor(Self.lines, at: 8)
    #expect(Journal(bytes: Self.file, expecting: anchor).report.anchorMismatch == nil)
    let cut = JournalFixture.file(Array(Self.lines.dropLast()))
    #expect(Journal(bytes: cut, expecting: anchor).report.anchorMismatch == .tooFewLines(found: 7))
  }
}
