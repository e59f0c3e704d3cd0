import Testing

@testable import HattamaKit

/// A journal checked against an anchor, and how it must fail it.
struct AnchorCase: Sendable, CustomTestStringConvertible {
  let name: String
  let lines: [[UInt8]]
  let anchor: JournalAnchor
  let expected: AnchorMismatch?

  var testDescription: String { name }
}

let anchorCases: [AnchorCase] = {
  let lines = JournalFixture.lines()
  let full = JournalFixture.anchor(lines, at: 8)
  let lastEdited = edited(lines, 8)
  var spliced = lines
  spliced[4] = otherJournal[4]
  var splicedAfter = lines
  splicedAfter[6] = otherJournal[6]
  return [
    AnchorCase(
      name: "the journal the anchor was taken from", lines: lines, anchor: full, expected: nil),
    AnchorCase(
      name: "an anchor in uppercase hex", lines: lines,
      anchor: JournalAnchor(events: 8, head: full.head.uppercased()), expected: nil),
    AnchorCase(
      name: "an earlier anchor of a journal that went on", lines: lines,
      anchor: JournalFixture.anchor(lines, at: 5), expected: nil),
    AnchorCase(
      name: "cut by one line", lines: Array(lines.dropLast()), anchor: full,
      expected: .tooFewLines(found: 7)),
    AnchorCase(
      name: "last line edited", lines: lastEdited, anchor: full,
      expected: .headDiffers(found: SHA256.hash(lastEdited[7]))),
    AnchorCase(
      name: "rewritten whole with fresh hashes", lines: otherJournal, anchor: full,
      expected: .headDiffers(found: SHA256.hash(otherJournal[7]))),
    AnchorCase(
      name: "line 5 spliced from a journal of the same draft", lines: spliced, anchor: full,
      expected: .brokenBefore(ChainBreak(line: 5, reason: .foreign))),
    AnchorCase(
      name: "line 7 spliced in after the anchor's line 5", lines: splicedAfter,
      anchor: JournalFixture.anchor(lines, at: 5), expected: nil),
    AnchorCase(
      name: "line 4 edited, detected at line 5 = N", lines: edited(lines, 4),
      anchor: JournalFixture.anchor(lines, at: 5),
      expected: .brokenBefore(ChainBreak(line: 5, reason: .splicedOrEdited))),
    AnchorCase(
      name: "lines 5 on spliced from another journal, anchor at the authentic line 4",
      lines: Array(lines[0..<4] + otherJournal[4...]), anchor: JournalFixture.anchor(lines, at: 4),
      expected: nil),
  ]
}()

@Suite("Journal anchor N:HEX (SPEC, Journal anchor)") struct AnchorExpectationTests {
  @Test(
    "verify --expect fails unless there are N lines, line N hashes to HEX and the chain holds",
    arguments: anchorCases)
  func expectation(example: AnchorCase) {
    let report = JournalFixture.report(example.lines, expecting: example.anchor)
    #expect(report.anchorMismatch == example.expected)
    #expect(report.expected == example.anchor)
  }

  @Test("a journal broken after line N still matches the anchor of line N, but is not intact")
  func brokenAfterAnchor() {
    var lines = JournalFixture.lines()
    lines[6] = otherJournal[6]
    let report = JournalFixture.report(lines, expecting: JournalFixture.anchor(lines, at: 5))
    #expect(report.anchorMismatch == nil)
    #expect(report.firstBreak == ChainBreak(line: 7, reason: .foreign))
    #expect(!report.isIntact)
  }

  struct ParsingCase: Sendable, CustomTestStringConvertible {
    let text: String
    let result: Result<JournalAnchor, JournalAnchorError>
    var testDescription: String { "'\(text.prefix(20))'" }
  }

  static let hex = SHA256.hash([]).hex

  static let parsing: [ParsingCase] = [
    ParsingCase(text: "8:\(hex)", result: .success(JournalAnchor(events: 8, head: hex))),
    ParsingCase(
      text: "8:\(hex.uppercased())", result: .success(JournalAnchor(events: 8, head: hex))),
    ParsingCase(text: "8", result: .failure(.notAnAnchor("8"))),
    ParsingCase(text: "8:\(hex):1", result: .failure(.notAnAnchor("8:\(hex):1"))),
    ParsingCase(text: "0:\(hex)", result: .failure(.badEventCount("0:\(hex)"))),
    ParsingCase(text: "-1:\(hex)", result: .failure(.badEventCount("-1:\(hex)"))),
    ParsingCase(text: ":\(hex)", result: .failure(.badEventCount(":\(hex)"))),
    ParsingCase(text: "8:abc", result: .failure(.badHash("8:abc"))),
    ParsingCase(text: "8:\(hex.dropLast())x", result: .failure(.badHash("8:\(hex.dropLast())x"))),
  ]

  @Test("an anchor parses from N:HEX and prints back the same way", arguments: parsing)
  func parse(example: ParsingCase) {
    let parsed = Result { () throws(JournalAnchorError) in
      try JournalAnchor(parsing: example.text)
    }
    #expect(parsed == example.result)
    if case .success(let anchor) = parsed {
      #expect(anchor.description == example.text.lowercased())
    }
  }
}
