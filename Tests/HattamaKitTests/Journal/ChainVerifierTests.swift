import Foundation
import Testing

@testable import HattamaKit

/// A way of damaging a journal's lines, and the first break the verifier must report.
struct Tampering: Sendable, CustomTestStringConvertible {
  let name: String
  let change: @Sendable ([[UInt8]]) -> [[UInt8]]
  let expected: ChainBreak?

  var testDescription: String { name }
}

/// Line `k` (from 1) with its event or nonce changed, its seq and prev kept.
func edited(_ lines: [[UInt8]], _ k: Int) -> [[UInt8]] {
  guard let line = try? JournalLine(decoding: lines[k - 1]) else { return lines }
  var changed = line
  if case .open(_, let draft, _) = line.event {
    changed.event = .open(nonce: JournalFixture.nonce(0x11), draft: draft, methodology: nil)
  } else {
    changed.event = .tally(motion: "forged")
  }
  var result = lines
  result[k - 1] = changed.encoded()
  return result
}

/// A second journal of the same draft and the same events, opened with another nonce.
let otherJournal = JournalFixture.lines(nonce: JournalFixture.nonce(0x5A))

let tamperings: [Tampering] = {
  var cases: [Tampering] = [
    Tampering(name: "intact", change: { $0 }, expected: nil),
    Tampering(
      name: "no line at all", change: { _ in [] },
      expected: ChainBreak(line: 1, reason: .missingOpen)),
    Tampering(
      name: "line 1 removed", change: { Array($0.dropFirst()) },
      expected: ChainBreak(line: 1, reason: .notOpen)),
    Tampering(
      name: "lines 3 and 4 removed", change: { Array($0[0..<2] + $0[4...]) },
      expected: ChainBreak(line: 3, reason: .removed(first: 3, count: 2))),
    Tampering(
      name: "line 3 moved after line 6",
      change: { l in [l[0], l[1], l[3], l[4], l[5], l[2], l[6], l[7]] },
      expected: ChainBreak(line: 3, reason: .reordered(found: 4, expected: 3))),
    Tampering(
      name: "line 6 moved before line 3",
      change: { l in [l[0], l[1], l[5], l[2], l[3], l[4], l[6], l[7]] },
      expected: ChainBreak(line: 3, reason: .reordered(found: 6, expected: 3))),
    Tampering(
      name: "lines 1 and 2 swapped", change: { l in [l[1], l[0]] + l[2...] },
      expected: ChainBreak(line: 1, reason: .notOpen)),
    Tampering(
      name: "line 8 edited: the chain alone cannot tell", change: { edited($0, 8) }, expected: nil),
    Tampering(
      name: "line 7 edited: only line 8 follows", change: { edited($0, 7) },
      expected: ChainBreak(line: 8, reason: .unlinked)),
    Tampering(
      name: "line 1 replaced by the other journal's", change: { [otherJournal[0]] + $0[1...] },
      expected: ChainBreak(line: 2, reason: .splicedOrEdited)),
    Tampering(
      name: "line 8 replaced by the other journal's", change: { $0[0..<7] + [otherJournal[7]] },
      expected: ChainBreak(line: 8, reason: .unlinked)),
    Tampering(
      name: "line 5's seq changed, its prev kept",
      change: { lines in
        guard var line = try? JournalLine(decoding: lines[4]) else { return lines }
        line.seq = 9
        var result = lines
        result[4] = line.encoded()
        return result
      },
      expected: ChainBreak(line: 5, reason: .seqChanged(found: 9, expected: 5))),
    Tampering(
      name: "line 4 reformatted by hand",
      change: { lines in
        var result = lines
        result[3] = Array(
          String(decoding: lines[3], as: UTF8.self)
            .replacingOccurrences(of: ",", with: ", ").utf8)
        return result
      },
      expected: ChainBreak(line: 4, reason: .malformed(.notCanonical))),
    Tampering(
      name: "line 6 is not JSON",
      change: { lines in
        var result = lines
        result[5] = Array("vote m1 for".utf8)
        return result
      },
      expected: ChainBreak(
        line: 6,
        reason: .malformed(JournalFixture.notJSON(.expectedValue(found: "'vote'"), column: 1)))),
    Tampering(
      name: "line 1 carries a prev",
      change: { lines in
        guard var line = try? JournalLine(decoding: lines[0]) else { return lines }
        line.prev = SHA256.hash([])
        return [line.encoded()]
      },
      expected: ChainBreak(line: 1, reason: .notOpen)),
    Tampering(
      name: "a second open, properly chained",
      change: { lines in
        let head = ChainHead(seq: 8, hash: SHA256.hash(lines[7]))
        let reopen = JournalLine.appending(
          .open(nonce: JournalFixture.nonce(1), draft: JournalFixture.draft, methodology: nil),
          after: head)
        return lines + [reopen.encoded()]
      },
      expected: ChainBreak(line: 9, reason: .misplacedOpen)),
  ]
  for k in 1...6 {
    cases.append(
      Tampering(
        name: "line \(k) edited: the first line that no longer links is line \(k + 1)",
        change: { edited($0, k) },
        expected: ChainBreak(line: k + 1, reason: .splicedOrEdited)))
    // Issue 13: a spliced tail blamed the authentic line before it (line k - 1, "changed").
    if k > 1 {
      cases.append(
        Tampering(
          name:
            "the other journal's lines from \(k) on spliced in: line \(k), not \(k - 1), is blamed",
          change: { l in Array(l[0..<(k - 1)] + otherJournal[(k - 1)...]) },
          expected: ChainBreak(line: k, reason: .splicedOrEdited)))
    }
  }
  for k in 2...7 {
    cases.append(
      Tampering(
        name: "line \(k) removed", change: { l in Array(l[0..<(k - 1)] + l[k...]) },
        expected: ChainBreak(line: k, reason: .removed(first: k, count: 1))))
    cases.append(
      Tampering(
        name: "lines \(k) and \(k + 1) swapped",
        change: { l in
          var result = l
          result.swapAt(k - 1, k)
          return result
        },
        expected: ChainBreak(line: k, reason: .reordered(found: k + 1, expected: k))))
    cases.append(
      Tampering(
        name: "line \(k) replaced by the other journal's line \(k)",
        change: { l in
          var result = l
          result[k - 1] = otherJournal[k - 1]
          return result
        },
        expected: ChainBreak(line: k, reason: .foreign)))
    cases.append(
      Tampering(
        name: "the other journal's line \(k) inserted before line \(k)",
        change: { l in
          var result = l
          result.insert(otherJournal[k - 1], at: k - 1)
          return result
        },
        expected: ChainBreak(line: k, reason: .foreign)))
  }
  return cases
}()

@Suite("Hash chain (SPEC, Recording a sitting)") struct ChainVerifierTests {
  @Test(
    "the first edited, removed, reordered or spliced line is found and named",
    arguments: tamperings)
  func firstBreak(tampering: Tampering) {
    let lines = tampering.change(JournalFixture.lines())
    let report = JournalFixture.report(lines)
    #expect(report.firstBreak == tampering.expected)
    #expect(report.isIntact == (tampering.expected == nil))
    #expect(report.lineCount == lines.count)
  }

  @Test("an intact journal reports its anchor: N lines and the SHA-256 of line N")
  func intactAnchor() {
    let lines = JournalFixture.lines()
    let report = JournalFixture.report(lines)
    #expect(report.isIntact)
    #expect(report.anchor == JournalAnchor(events: 8, head: SHA256.hash(lines[7]).hex))
    #expect(report.head == ChainHead(seq: 8, hash: SHA256.hash(lines[7])))
    #expect(report.tornTail == nil)
  }

  @Test("consume hands back each decoded line, and nil for one that is not an event")
  func consumeReturnsLines() throws {
    var verifier = ChainVerifier()
    let lines = JournalFixture.lines()
    #expect(verifier.consume(lines[0]) == (try JournalLine(decoding: lines[0])))
    #expect(verifier.consume(Array("{}".utf8)) == nil)
  }

  @Test("the nonce keeps two journals of the same draft and events apart at every line")
  func nonceSeparatesJournals() {
    let one = JournalFixture.lines()
    for (a, b) in zip(one, otherJournal) { #expect(a != b) }
    let same = JournalFixture.lines()
    #expect(one == same)
  }
}
