import Testing

@testable import HattamaKit

@Suite("Journal messages") struct JournalMessagesTests {
  @Test(
    "each chain break is one phrase naming the line and what happened",
    arguments: [
      (
        ChainBreak(line: 1, reason: .missingOpen),
        "the journal has no complete line: it was never opened, or its first line was cut"
      ),
      (ChainBreak(line: 1, reason: .notOpen), "line 1 is not the journal's 'open' event"),
      (ChainBreak(line: 9, reason: .misplacedOpen), "line 9 is a second 'open' event"),
      (
        ChainBreak(line: 4, reason: .malformed(.notCanonical)),
        "line 4 is not an event as the journal writes it: its bytes differ from the form the "
          + "journal writes, so it was edited by hand"
      ),
      (
        ChainBreak(line: 5, reason: .splicedOrEdited),
        "line 5 does not carry the hash of line 4, though the lines after it follow it: line 4 "
          + "was changed after line 5 was written, or the lines from 5 on were copied from "
          + "another journal"
      ),
      (
        ChainBreak(line: 5, reason: .seqChanged(found: 9, expected: 5)),
        "line 5 was changed: its seq is 9 where 5 was expected"
      ),
      (
        ChainBreak(line: 3, reason: .removed(first: 3, count: 1)),
        "the line with seq 3 was removed before line 3"
      ),
      (
        ChainBreak(line: 3, reason: .removed(first: 3, count: 2)),
        "the lines with seq 3 to 4 were removed before line 3"
      ),
      (
        ChainBreak(line: 3, reason: .reordered(found: 4, expected: 3)),
        "line 3 is out of order: it has seq 4 where 3 was expected"
      ),
      (
        ChainBreak(line: 5, reason: .foreign),
        "line 5 does not belong here: it was inserted, replaced or copied from another journal"
      ),
      (
        ChainBreak(line: 8, reason: .unlinked),
        "line 8 does not follow line 7: line 7 was changed or line 8 replaced"
      ),
    ])
  func chainBreak(chainBreak: ChainBreak, text: String) {
    #expect(chainBreak.message.en == text)
  }

  static let lines = JournalFixture.lines()
  static let anchor = JournalFixture.anchor(lines, at: 8)

  @Test("a report reads as one line: intact with its anchor, or the first thing wrong")
  func reports() {
    let hex = Self.anchor.head
    #expect(
      JournalFixture.report(Self.lines).message.en == "intact: 8 events, anchor 8:\(hex)")
    let torn = Journal(bytes: JournalFixture.file(Self.lines) + Array("{\"se".utf8)).report
    #expect(
      torn.message.en
        == "intact: 8 events, anchor 8:\(hex); it ends in a torn line of 4 bytes (a write cut "
        + "short)")
    let cut = JournalFixture.report(Array(Self.lines.dropLast()), expecting: Self.anchor)
    #expect(
      cut.message.en
        == "does not match the anchor 8:\(hex): the journal has 7 lines, fewer than the 8 the "
        + "anchor records: lines were cut off its end")
    let edited = JournalFixture.report(edited(Self.lines, 3))
    #expect(
      edited.message.en
        == "tampered: line 4 does not carry the hash of line 3, though the lines after it follow "
        + "it: line 3 was changed after line 4 was written, or the lines from 4 on were copied "
        + "from another journal")
  }

  @Test("an edited last line is told apart from the anchor by its hash")
  func headDiffers() {
    let found = SHA256.hash([])
    #expect(
      AnchorMismatch.headDiffers(found: found).message(expected: Self.anchor).en
        == "line 8 hashes to \(found.hex), not \(Self.anchor.head): it was changed, or the file "
        + "rewritten")
  }

  @Test(
    "line errors quote the key and the value",
    arguments: [
      (
        JournalLineError.invalidValue(key: "choice", value: "maybe", expected: .voteChoice),
        "key 'choice' has 'maybe', which is not 'for', 'against' or 'abstain'"
      ),
      (.missingKey("member"), "key 'member' is missing"),
      (
        JournalFixture.notJSON(.invalidNumber("03"), column: 8, path: [.key("seq")]),
        "it is not JSON (column 8, seq: '03' is not a JSON number; write digits with an optional "
          + "'-', '.' and exponent)"
      ),
      (
        .unsupportedFormat("hattama.journal/2"),
        "it names the journal format 'hattama.journal/2', not 'hattama.journal/1'"
      ),
    ])
  func lineError(error: JournalLineError, text: String) {
    #expect(error.message.en == text)
  }

  @Test(
    "a bad anchor says how one reads",
    arguments: [
      (
        JournalAnchorError.notAnAnchor("8"),
        "'8' is not an anchor N:HEX"
      ),
      (
        .badEventCount("0:ab"),
        "'0:ab' does not start with a positive number of events; an anchor reads N:HEX"
      ),
      (.badHash("8:ab"), "'8:ab' does not end in 64 hex digits; an anchor reads N:HEX"),
    ])
  func anchorError(error: JournalAnchorError, text: String) {
    #expect(error.message.en == text)
    // The Kit gives the reason; what to type is the CLI's (or an embedder's) to add.
    for language in Language.allCases {
      #expect(!error.message.text(in: language).contains("session"))
    }
  }
}
