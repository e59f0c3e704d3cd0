import Testing

@testable import HattamaKit

@Suite("The draft embedded in line 1") struct JournalDraftTests {
  @Test(
    "whitespace between tokens is removed; inside strings it is kept",
    arguments: [
      ("{ \"a\" : [ 1 , 2 ] ,\n  \"b\" : \"x  y\\n\" }", #"{"a":[1,2],"b":"x  y\n"}"#),
      ("\u{FEFF}{\"a\": true}", #"{"a":true}"#),
      ("{\"q\": \"say \\\"hi \\\" \", \"k\" : null}", #"{"q":"say \"hi \" ","k":null}"#),
      ("{\"b\": \"\\\\\", \"c\" : 1}", #"{"b":"\\","c":1}"#),
      ("\t{}\r\n", "{}"),
    ])
  func compacting(text: String, compact: String) throws {
    let draft = try JournalDraft(json: Array(text.utf8))
    #expect(draft.text == compact)
    #expect(!draft.json.contains(0x0A))
  }

  @Test(
    "text that is not one JSON object is refused",
    arguments: [
      ("", JournalDraftError.invalidJSON(offset: 0, expected: "a JSON value")),
      ("{\"a\": }", .invalidJSON(offset: 6, expected: "a JSON value")),
      ("{\"a\": 1} x", .invalidJSON(offset: 9, expected: "the end of the text")),
      ("{\"a\": 01}", .invalidJSON(offset: 7, expected: "',' or '}'")),
      ("{\"a\": \"\\x\"}", .invalidJSON(offset: 8, expected: "a valid escape")),
      ("[1, 2]", .notAnObject),
      (
        String(repeating: "[", count: 100),
        .invalidJSON(offset: 64, expected: "less deeply nested values")
      ),
    ])
  func refusal(text: String, error: JournalDraftError) {
    #expect(throws: error) { try JournalDraft(json: Array(text.utf8)) }
  }

  @Test("a draft survives the trip through line 1 byte for byte")
  func roundTrip() throws {
    let line = JournalLine.opening(nonce: JournalFixture.nonce(7), draft: JournalFixture.draft)
    let decoded = try JournalLine(decoding: line.encoded())
    guard case .open(let nonce, let draft, _) = decoded.event else {
      Issue.record("line 1 decodes to \(decoded.event)")
      return
    }
    #expect(draft.json == JournalFixture.draft.json)
    #expect(nonce == JournalFixture.nonce(7))
  }

  @Test(
    "a nonce is 16 bytes, written as 32 lowercase hex digits",
    arguments: [
      ("00112233445566778899aabbccddeeff", true), ("00112233445566778899AABBCCDDEEFF", false),
      ("00112233445566778899aabbccddee", false), ("00112233445566778899aabbccddeefg", false),
    ])
  func nonce(hex: String, valid: Bool) {
    #expect((JournalNonce(hex: hex) != nil) == valid)
    #expect(JournalNonce(bytes: Array(0..<16))?.hex == "000102030405060708090a0b0c0d0e0f")
    #expect(JournalNonce(bytes: Array(0..<15)) == nil)
  }
}
