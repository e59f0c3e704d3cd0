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

@Suite("JSON writer: sorted keys and the canonical line") struct JSONWriterFormsTests {
  @Test("sortsKeys writes every object's members by key, nested ones too; arrays keep order")
  func sortedKeys() {
    let value = JSONValue.object([
      ("b", .array([.number(2), .number(1)])), ("a", .object([("y", .null), ("x", .bool(true))])),
    ])
    #expect(
      JSONWriter(sortsKeys: true).string(for: value)
        == #"{"a": {"x": true, "y": null}, "b": [2, 1]}"#)
    #expect(
      JSONWriter().string(for: value) == #"{"b": [2, 1], "a": {"y": null, "x": true}}"#)
  }

  /// A text with every kind of scalar the two escapings treat differently.
  static let text = "q\"b\\n\n\u{01}d\u{7F}c\u{9B}r\u{202E}ж"

  @Test("the canonical object escapes only what RFC 8259 requires, and has no white space")
  func canonical() {
    var object = JSONWriter.CanonicalObject()
    object.field("seq", 2)
    object.field("text", Self.text)
    object.field("present", ["m1", "m 2"])
    object.field("draft", json: Array(#"{"a":"\u0041"}"#.utf8))
    #expect(
      String(decoding: object.finish(), as: UTF8.self)
        == "{\"seq\":2,\"text\":\"q\\\"b\\\\n\\n\\u0001d\u{7F}c\u{9B}r\u{202E}ж\","
        + #""present":["m1","m 2"],"draft":{"a":"\u0041"}}"#)
  }

  @Test("the pretty writer escapes DEL, C1 and bidi controls as well, which the line keeps raw")
  func visible() throws {
    let quoted = JSONWriter.quoted(Self.text)
    #expect(quoted == #""q\"b\\n\n\u0001d\u007fc\u009br\u202eж""#)
    #expect(try JSONParser().parse(quoted) == .string(Self.text))
  }
}
