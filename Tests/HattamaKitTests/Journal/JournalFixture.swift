@testable import HattamaKit

/// A small sitting's journal, built line by line the way a writer builds it.
enum JournalFixture {
  /// A line that is not JSON, as the one parser says it: at `column` of the line, in `path`.
  static func notJSON(
    _ problem: JSONSyntaxProblem, column: Int, path: [JSONPath.Component] = []
  ) -> JournalLineError {
    .notJSON(
      JSONSyntaxError(problem, at: JSONPosition(line: 1, column: column), path: JSONPath(path)))
  }

  static let draftText = """
    {
      "format": "hattama.record/1", "methodology": "kz-trade-2025", "kind": "calibration",
      "body": "Сауда және интеграция министрлігі", "period": "2025, 3-тоқсан",
      "cases": [{"id": "c1", "employee": "e1", "evaluators": ["v1"], "score": "3.40"}]
    }
    """

  static var draft: JournalDraft {
    // The text above is valid JSON; a failure here is a broken fixture, not a finding.
    guard let draft = try? JournalDraft(json: Array(draftText.utf8)) else {
      fatalError("the fixture draft does not parse")
    }
    return draft
  }

  /// A nonce whose 16 bytes are all `byte`.
  static func nonce(_ byte: UInt8) -> JournalNonce {
    guard let nonce = JournalNonce(bytes: Array(repeating: byte, count: 16)) else {
      fatalError("16 bytes make a nonce")
    }
    return nonce
  }

  static let day = Day(year: 2025, month: 10, day: 24) ?? Day(ordinal: 0)

  /// The events after `open`: attendance, a motion, three votes, an early tally, the close.
  static let events: [JournalEvent] = [
    .attend(date: day, present: ["m1", "m2", "h1"]),
    .propose(motion: "mo1", caseID: "c1", kind: .correct(.score(.valid(score(380)))), by: "m2"),
    .vote(motion: "mo1", member: "m1", choice: .for),
    .vote(motion: "mo1", member: "m2", choice: .for),
    .vote(motion: "mo1", member: "h1", choice: .against),
    .tally(motion: "mo1"),
    .close(conclusion: "Ұсыныстар қабылданды."),
  ]

  static func score(_ hundredths: Int) -> Score { Score(validHundredths: hundredths) }

  /// The encoded lines (without newlines) of a journal opened with `nonce`, then `events`.
  static func lines(nonce: JournalNonce = nonce(0xA5), events: [JournalEvent] = events)
    -> [[UInt8]]
  {
    let first = JournalLine.opening(nonce: nonce, draft: draft)
    var lines = [first.encoded()]
    var head = ChainHead(line: first, bytes: lines[0])
    for event in events {
      let line = JournalLine.appending(event, after: head)
      let bytes = line.encoded()
      lines.append(bytes)
      head = ChainHead(line: line, bytes: bytes)
    }
    return lines
  }

  /// The file's bytes: every line followed by a newline.
  static func file(_ lines: [[UInt8]]) -> [UInt8] {
    lines.flatMap { $0 + [0x0A] }
  }

  /// Verifies `lines` one by one.
  static func report(_ lines: [[UInt8]], expecting anchor: JournalAnchor? = nil) -> ChainReport {
    var verifier = ChainVerifier(expecting: anchor)
    for line in lines { verifier.consume(line) }
    return verifier.report()
  }

  /// The anchor of line `n` of `lines`.
  static func anchor(_ lines: [[UInt8]], at n: Int) -> JournalAnchor {
    JournalAnchor(events: n, head: SHA256.hash(lines[n - 1]).hex)
  }
}
