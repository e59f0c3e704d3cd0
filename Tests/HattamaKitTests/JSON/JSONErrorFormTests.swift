import Testing

@testable import HattamaKit

/// Malformed bytes and the one error the parser gives for them, whatever they were meant to be.
struct MalformedCase: Sendable, CustomTestStringConvertible {
  var name: String
  var bytes: [UInt8]
  var error: JSONSyntaxError
  var testDescription: String { name }

  init(
    _ name: String, _ bytes: [UInt8], _ problem: JSONSyntaxProblem, column: Int,
    in path: [JSONPath.Component] = []
  ) {
    self.name = name
    self.bytes = bytes
    self.error = JSONSyntaxError(
      problem, at: JSONPosition(line: 1, column: column), path: JSONPath(path))
  }

  init(
    _ name: String, _ text: String, _ problem: JSONSyntaxProblem, column: Int,
    in path: [JSONPath.Component] = []
  ) {
    self.init(name, Array(text.utf8), problem, column: column, in: path)
  }
}

@Suite("One JSON layer: one error form for every format") struct JSONErrorFormTests {
  static let limit = JSONParser.depthLimit

  static let cases: [MalformedCase] = [
    MalformedCase("empty", "", .empty, column: 1),
    MalformedCase(
      "no colon", #"{"a" 1}"#, .expectedColon(found: "'1'"), column: 6, in: [.key("a")]),
    MalformedCase(
      "a misspelt literal", #"{"a": tru}"#, .expectedValue(found: "'tru'"), column: 7,
      in: [.key("a")]),
    MalformedCase(
      "a trailing comma", #"{"a": [1,]}"#, .trailingComma(before: "]"), column: 10,
      in: [.key("a")]),
    MalformedCase(
      "a bad escape", #"{"a": "\q"}"#, .invalidEscape("\\q"), column: 8, in: [.key("a")]),
    MalformedCase(
      "a leading zero", #"{"a": 01}"#, .invalidNumber("01"), column: 7, in: [.key("a")]),
    MalformedCase(
      "content after the value", #"{"a": 1} x"#, .trailingContent(found: "'x'"), column: 10),
    MalformedCase(
      "bytes that are not UTF-8", Array(#"{"a": ""#.utf8) + [0xFF, 0x22, 0x7D], .invalidUTF8,
      column: 8, in: [.key("a")]),
    MalformedCase(
      "a string never closed", #"{"a": "x"#, .unterminatedString, column: 7, in: [.key("a")]),
    MalformedCase(
      "nested deeper than the one limit",
      #"{"a":"# + String(repeating: "[", count: limit), .tooDeep(limit: limit),
      column: 6 + limit - 1,
      in: [.key("a")] + Array(repeating: .index(0), count: limit - 2)),
  ]

  @Test(
    "the same malformed bytes: the same error as a record, methodology, journal line or draft",
    arguments: cases)
  func sameError(_ item: MalformedCase) {
    #expect(throws: JSONDecodingError(item.error)) { try Record.decode(item.bytes) }
    #expect(throws: JSONDecodingError(item.error)) { try Methodology.decodeJSON(item.bytes) }
    #expect(throws: JournalLineError.notJSON(item.error)) {
      try JournalLine(decoding: item.bytes)
    }
    #expect(throws: JournalDraftError.invalidJSON(item.error)) {
      try JournalDraft(json: item.bytes)
    }
  }

  @Test(
    "the error reads the same in each: a file's line and column, or a journal line's column",
    arguments: cases)
  func sameMessage(_ item: MalformedCase) {
    #expect(JSONDecodingError(item.error).description == item.error.description)
    #expect(JournalDraftError.invalidJSON(item.error).description == item.error.description)
    #expect(
      JournalLineError.notJSON(item.error).description
        == "it is not JSON (\(item.error.descriptionInLine))")
  }

  @Test("nesting a journal line can hold is JSON for every reader: what fails is the format")
  func nestingInsideLimit() {
    // The object and these arrays, one level below a line's object: the parser's limit.
    let depth = Self.limit - 2
    let bytes = Array(
      (#"{"a":"# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}")
        .utf8)
    #expect(
      throws: JSONDecodingError(
        .missingField("format"), at: JSONPosition(line: 1, column: 1), path: .root)
    ) {
      try Record.decode(bytes)
    }
    #expect(throws: JournalLineError.missingKey("seq")) { try JournalLine(decoding: bytes) }
    #expect(throws: Never.self) { try JournalDraft(json: bytes) }
  }
}
