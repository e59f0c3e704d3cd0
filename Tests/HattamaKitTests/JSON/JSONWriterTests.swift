import Testing

@testable import HattamaKit

@Suite("JSON writer") struct JSONWriterTests {
  @Test(
    "strings are escaped as RFC 8259 requires, everything else written as it is",
    arguments: [
      ("plain", #""plain""#),
      ("Сәкенұлы", #""Сәкенұлы""#),
      ("\"quoted\"", #""\"quoted\"""#),
      ("back\\slash", #""back\\slash""#),
      ("a/b", #""a/b""#),
      ("line\nbreak\r\t", #""line\nbreak\r\t""#),
      ("\u{08}\u{0C}\u{00}\u{1F}\u{7F}", #""\b\f\u0000\u001f\u007f""#),
      ("😀 «3,80» — ok", "\"😀 «3,80» — ok\""),
      // Terminal controls never leave as they are (VisibleText): ESC, C1 CSI, bidi, separators.
      ("\u{1B}[2J\u{9B}2J", #""\u001b[2J\u009b2J""#),
      ("\u{202E}08.3\u{202C}", #""\u202e08.3\u202c""#),
      ("\u{2066}\u{2069}\u{200E}\u{200F}\u{061C}", #""\u2066\u2069\u200e\u200f\u061c""#),
      ("\u{2028}\u{2029}\u{85}", #""\u2028\u2029\u0085""#),
    ])
  func escaping(text: String, expected: String) throws {
    #expect(JSONWriter.quoted(text) == expected)
    #expect(try JSONParser().parse(expected) == .string(text))
  }

  static let nested = JSONValue.object([
    ("id", .string("mo1")),
    ("votes", .object([("m1", .string("for")), ("m2", .string("against"))])),
    ("list", .array([.number(1), .array([]), .object([])])),
  ])

  @Test("a container that fits its line stays on it")
  func compactWhenFits() {
    #expect(
      JSONWriter().string(for: Self.nested)
        == #"{"id": "mo1", "votes": {"m1": "for", "m2": "against"}, "list": [1, [], {}]}"#)
  }

  @Test("a container that does not fit puts each element on a line, indented by two")
  func expandedWhenLong() {
    #expect(
      JSONWriter(lineWidth: 30).string(for: Self.nested) == """
        {
          "id": "mo1",
          "votes": {
            "m1": "for",
            "m2": "against"
          },
          "list": [1, [], {}]
        }
        """)
  }

  @Test("a line width of zero expands every non-empty container")
  func alwaysExpanded() {
    #expect(
      JSONWriter(lineWidth: 0).string(for: .array([.number(1), .object([])])) == "[\n  1,\n  {}\n]")
  }

  @Test("keys keep the order given, duplicates included")
  func keyOrder() {
    let value = JSONValue.object([("b", .null), ("a", .bool(false)), ("b", .bool(true))])
    #expect(JSONWriter().string(for: value) == #"{"b": null, "a": false, "b": true}"#)
  }

  @Test("what the writer writes, the parser reads back equal")
  func roundTrip() throws {
    for width in [0, 20, 100, Int.max] {
      let text = JSONWriter(lineWidth: width).string(for: Self.nested)
      #expect(try JSONParser().parse(text) == Self.nested)
    }
  }
}

@Suite("JSON written by another writer") struct JSONEscapingUnsafeTests {
  @Test("raw DEL, C1 and bidi controls inside strings are escaped; the writer's newlines kept")
  func escapesInside() throws {
    let raw = "{\n  \"body\" : \"B\u{7F}\u{9B}\u{202E}x\"\n}"
    let escaped = JSONWriter.escapingUnsafe(inJSON: raw)
    #expect(escaped == "{\n  \"body\" : \"B\\u007f\\u009b\\u202ex\"\n}")
    #expect(try JSONParser().parse(escaped) == JSONParser().parse(raw))
  }

  @Test("JSON without them is returned as it is")
  func untouched() {
    #expect(JSONWriter.escapingUnsafe(inJSON: "[\"Сәкенұлы\", 1]\n") == "[\"Сәкенұлы\", 1]\n")
  }
}
