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
      ("", JournalDraftError.invalidJSON(syntax(.empty, column: 1))),
      ("{\"a\": }", .invalidJSON(syntax(.expectedValue(found: "'}'"), column: 7, [.key("a")]))),
      ("{\"a\": 1} x", .invalidJSON(syntax(.trailingContent(found: "'x'"), column: 10))),
      ("{\"a\": 01}", .invalidJSON(syntax(.invalidNumber("01"), column: 7, [.key("a")]))),
      ("{\"a\": \"\\x\"}", .invalidJSON(syntax(.invalidEscape("\\x"), column: 8, [.key("a")]))),
      ("[1, 2]", .notAnObject),
      (
        String(repeating: "[", count: JSONParser.depthLimit + 1),
        .invalidJSON(
          syntax(
            .tooDeep(limit: JSONParser.depthLimit), column: JSONParser.depthLimit + 1,
            Array(repeating: .index(0), count: JSONParser.depthLimit - 1)))
      ),
    ])
  func refusal(text: String, error: JournalDraftError) {
    #expect(throws: error) { try JournalDraft(json: Array(text.utf8)) }
  }

  static func syntax(
    _ problem: JSONSyntaxProblem, column: Int, _ path: [JSONPath.Component] = []
  ) -> JSONSyntaxError {
    JSONSyntaxError(problem, at: JSONPosition(line: 1, column: column), path: JSONPath(path))
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

  /// A draft `{"a": [[…]]}` of `depth` levels, the object's included.
  static func nested(_ depth: Int) -> [UInt8] {
    let arrays = depth - 1
    return Array(
      (#"{"a":"# + String(repeating: "[", count: arrays) + String(repeating: "]", count: arrays)
        + "}").utf8)
  }

  @Test("a draft line 1 can hold one level down is kept, and its line reads back")
  func deepestDraft() throws {
    let draft = try JournalDraft(json: Self.nested(JSONParser.depthLimit - 1))
    let line = JournalLine.opening(nonce: JournalFixture.nonce(1), draft: draft)
    #expect(try JournalLine(decoding: line.encoded()) == line)
  }

  @Test("a draft one level deeper is refused: the tool never writes a line it cannot read back")
  func tooDeepForLine() {
    let limit = JSONParser.depthLimit - 1
    #expect(
      throws: JournalDraftError.invalidJSON(
        Self.syntax(
          .tooDeep(limit: limit), column: 5 + limit,
          [.key("a")] + Array(repeating: .index(0), count: limit - 2)))
    ) { try JournalDraft(json: Self.nested(JSONParser.depthLimit)) }
  }

  @Test("a draft's escapes stay as written in line 1, so that journals already written verify")
  func escapesKept() throws {
    let draft = try JournalDraft(json: Array(#"{"a": "\u0041\/\u00e9", "b": [ 1.50e1 ]}"#.utf8))
    #expect(draft.text == #"{"a":"\u0041\/\u00e9","b":[1.50e1]}"#)
    let line = JournalLine.opening(nonce: JournalFixture.nonce(3), draft: draft)
    let decoded = try JournalLine(decoding: line.encoded())
    #expect(decoded == line)
    #expect(decoded.encoded() == line.encoded())
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
