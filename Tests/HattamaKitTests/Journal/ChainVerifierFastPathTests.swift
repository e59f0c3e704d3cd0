import Testing

@testable import HattamaKit

/// Line `k` (from 1) with `text` spliced in before its closing brace, its header kept.
func extended(_ lines: [[UInt8]], _ k: Int, with text: String) -> [[UInt8]] {
  var result = lines
  result[k - 1] = Array(lines[k - 1].dropLast()) + Array(text.utf8) + [UInt8(ascii: "}")]
  return result
}

/// `lines` from line `k` on re-chained by hand: every `prev` after line `k` recomputed.
func rechained(_ lines: [[UInt8]], after k: Int) -> [[UInt8]] {
  var result = lines
  for index in k..<lines.count {
    guard var line = try? JournalLine(decoding: lines[index]) else { return lines }
    line.prev = SHA256.hash(result[index - 1])
    result[index] = line.encoded()
  }
  return result
}

/// Verifies `lines` one by one on the header-only path, as `hattama verify` does.
func fastReport(_ lines: [[UInt8]], expecting anchor: JournalAnchor? = nil) -> ChainReport {
  var verifier = ChainVerifier(expecting: anchor)
  for line in lines { line.withUnsafeBytes { verifier.verify($0) } }
  return verifier.report()
}

/// Hand edits of a middle or the last line that only a full decoding can name.
let handEdits: [Tampering] = [
  Tampering(
    name: "line 4's keys reordered",
    change: { lines in
      guard let line = try? JournalLine(decoding: lines[3]), let prev = line.prev else {
        return lines
      }
      var result = lines
      result[3] = Array(
        (#"{"type":"vote","seq":4,"prev":"\#(prev.hex)","motion":"mo1","member":"m1","#
          + #""choice":"for"}"#).utf8)
      return result
    },
    expected: ChainBreak(line: 4, reason: .malformed(.notCanonical))),
  Tampering(
    name: "line 5's prev in uppercase",
    change: { lines in
      var result = lines
      result[4] = Array(
        String(decoding: lines[4], as: UTF8.self).replacingOccurrences(
          of: SHA256.hash(lines[3]).hex, with: SHA256.hash(lines[3]).hex.uppercased()
        ).utf8)
      return result
    },
    expected: ChainBreak(line: 5, reason: .malformed(.notCanonical))),
  Tampering(
    name: "line 3's seq written with a leading zero",
    change: { lines in
      var result = lines
      result[2] = Array(
        String(decoding: lines[2], as: UTF8.self)
          .replacingOccurrences(of: #"{"seq":3,"#, with: #"{"seq":03,"#).utf8)
      return result
    },
    expected: ChainBreak(
      line: 3,
      reason: .malformed(
        JournalFixture.notJSON(.invalidNumber("03"), column: 8, path: [.key("seq")])))),
  Tampering(
    name: "a carriage return after line 6",
    change: { lines in
      var result = lines
      result[5] = lines[5] + [0x0D]
      return result
    },
    expected: ChainBreak(line: 6, reason: .malformed(.notCanonical))),
  Tampering(
    name: "an unknown key after line 4's canonical header",
    change: { extended($0, 4, with: #","note":"x""#) },
    expected: ChainBreak(line: 4, reason: .malformed(.unexpectedKey("note")))),
  Tampering(
    name: "an unknown key in the last line, whose header is canonical",
    change: { extended($0, 8, with: #","note":"x""#) },
    expected: ChainBreak(line: 8, reason: .malformed(.unexpectedKey("note")))),
  Tampering(
    name: "line 2 cut after its header",
    change: { lines in
      var result = lines
      result[1] = Array(lines[1].prefix(90))
      return result
    },
    expected: ChainBreak(
      line: 2, reason: .malformed(JournalFixture.notJSON(.endWhereValueExpected, column: 91)))),
]

@Suite("Verifying on the header alone (issue 6)") struct ChainVerifierFastPathTests {
  @Test(
    "every tampering is reported exactly as the full decoding reports it",
    arguments: tamperings + handEdits)
  func sameAsFullDecoding(tampering: Tampering) {
    let lines = tampering.change(JournalFixture.lines())
    let full = JournalFixture.report(lines)
    let fast = fastReport(lines)
    #expect(fast == full)
    #expect(fast.firstBreak == tampering.expected)
  }

  @Test(
    "hand edits of a canonical line's header or body are named at that line",
    arguments: handEdits)
  func handEditNamed(tampering: Tampering) {
    let lines = tampering.change(JournalFixture.lines())
    #expect(fastReport(lines).firstBreak == tampering.expected)
  }

  @Test(
    "reading chunks without handing lines out gives the report of a full reading",
    arguments: [1, 7, 100, 4096])
  func chunkedVerify(size: Int) {
    for lines in [JournalFixture.lines(), extended(JournalFixture.lines(), 4, with: ",1")] {
      let file = JournalFixture.file(lines)
      var reader = JournalReader()
      var start = 0
      while start < file.count {
        let end = min(start + size, file.count)
        reader.read(file[start..<end])
        start = end
      }
      #expect(reader.report() == Journal(bytes: file).report)
    }
  }

  @Test("an anchor is checked the same on the header-only path")
  func anchorOnFastPath() {
    let lines = JournalFixture.lines()
    for n in 1...8 {
      let anchor = JournalFixture.anchor(lines, at: n)
      let full = JournalFixture.report(lines, expecting: anchor)
      #expect(fastReport(lines, expecting: anchor) == full)
      #expect(fastReport(lines, expecting: anchor).anchorMismatch == nil)
    }
    let wrong = JournalAnchor(events: 5, head: SHA256.hash([]).hex)
    #expect(fastReport(lines, expecting: wrong).anchorMismatch != nil)
    #expect(fastReport(lines, expecting: wrong) == JournalFixture.report(lines, expecting: wrong))
  }

  @Test("each canonical line after the first is read from its header, linked to the one before")
  func canonicalHeaderRead() {
    let lines = JournalFixture.lines()
    for k in 2...lines.count {
      let seq = lines[k - 1].withUnsafeBytes {
        JournalLineHeader.seq(of: $0, linkedTo: SHA256.hash(lines[k - 2]))
      }
      #expect(seq == k)
    }
  }

  @Test(
    "a header that is not canonical, not linked or opens a journal is left to the full decoding",
    arguments: [
      ("line 1, which has no prev", 0),
      ("keys reordered", 1),
      ("a space after a comma", 2),
      ("prev in uppercase", 3),
      ("seq with a leading zero", 4),
      ("prev of another line", 5),
      ("a second open", 6),
      ("an unknown type", 7),
    ])
  func headerRefused(name: String, variant: Int) {
    let lines = JournalFixture.lines()
    let prev = SHA256.hash(lines[1])
    let hex = prev.hex
    let texts = [
      String(decoding: lines[0], as: UTF8.self),
      #"{"type":"vote","seq":3,"prev":"\#(hex)","motion":"mo1"}"#,
      #"{"seq":3, "prev":"\#(hex)","type":"vote"}"#,
      #"{"seq":3,"prev":"\#(hex.uppercased())","type":"vote"}"#,
      #"{"seq":03,"prev":"\#(hex)","type":"vote"}"#,
      #"{"seq":3,"prev":"\#(SHA256.hash(lines[0]).hex)","type":"vote"}"#,
      #"{"seq":3,"prev":"\#(hex)","type":"open","format":"hattama.journal/1"}"#,
      #"{"seq":3,"prev":"\#(hex)","type":"recess"}"#,
    ]
    let seq = Array(texts[variant].utf8).withUnsafeBytes {
      JournalLineHeader.seq(of: $0, linkedTo: prev)
    }
    #expect(seq == nil, "\(name)")
    let canonical = #"{"seq":3,"prev":"\#(hex)","type":"vote"}"#
    #expect(
      Array(canonical.utf8).withUnsafeBytes {
        JournalLineHeader.seq(of: $0, linkedTo: prev)
      } == 3)
  }

  /// The one difference from the full decoding, on purpose: the tail is a forgery the chain
  /// cannot see without an anchor, and every replay still refuses the line.
  @Test("a middle line that is no event, every later prev recomputed, passes verify alone")
  func rechainedForgery() {
    let forged = rechained(extended(JournalFixture.lines(), 4, with: #","note":"x""#), after: 4)
    #expect(fastReport(forged).isIntact)
    #expect(
      JournalFixture.report(forged).firstBreak
        == ChainBreak(line: 4, reason: .malformed(.unexpectedKey("note"))))
    #expect(
      Journal(bytes: JournalFixture.file(forged)).report.firstBreak
        == ChainBreak(line: 4, reason: .malformed(.unexpectedKey("note"))))
    let anchor = JournalFixture.anchor(JournalFixture.lines(), at: 8)
    #expect(fastReport(forged, expecting: anchor).anchorMismatch != nil)
  }
}
