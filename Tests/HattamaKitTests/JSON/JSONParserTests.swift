import Testing

@testable import HattamaKit

/// A document and what parsing it must give: its compact form, or the error's full text.
struct ParserCase: Sendable, CustomTestStringConvertible {
  var input: String
  var expected: String
  var testDescription: String { input.count > 40 ? String(input.prefix(40)) + "…" : input }
}

@Suite("JSON parser") struct JSONParserTests {
  static let valid: [ParserCase] = [
    ParserCase(input: "{}", expected: "{}"),
    ParserCase(input: " [ ] ", expected: "[]"),
    ParserCase(input: "\u{FEFF}{\"a\":1}", expected: "{\"a\": 1}"),
    ParserCase(
      input: "[1, -0, 0.5, -12.50e+3, 1E-2, 10]", expected: "[1, -0, 0.5, -12.50e+3, 1E-2, 10]"),
    ParserCase(input: "[true,false,null]", expected: "[true, false, null]"),
    ParserCase(input: "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", expected: "\"\\\"\\\\/\\b\\f\\n\\r\\t\""),
    ParserCase(input: "\"\\u00e9\\u0416\\uD83D\\uDE00\"", expected: "\"éЖ😀\""),
    ParserCase(input: "\"Сауда және интеграция\"", expected: "\"Сауда және интеграция\""),
    ParserCase(input: "\"\\u0001\"", expected: "\"\\u0001\""),
    ParserCase(input: "{\"a\":{\"b\":[{}]},\"a\":2}", expected: "{\"a\": {\"b\": [{}]}, \"a\": 2}"),
    ParserCase(input: "\r\n\t 7 \n", expected: "7"),
    ParserCase(input: "\"\"", expected: "\"\""),
  ]

  @Test("RFC 8259: valid documents parse, numbers keep their text", arguments: valid)
  func validDocuments(_ item: ParserCase) throws {
    #expect(try JSONParser().parse(item.input).description == item.expected)
  }

  static let invalid: [ParserCase] = [
    ParserCase(
      input: "",
      expected: "line 1, column 1: the document is empty; a JSON document holds one value, "
        + "such as an object '{…}'."),
    ParserCase(
      input: "{\"a\": 1 \"b\": 2}",
      expected: "line 1, column 9: expected ',' or '}' after an object member, found '\"'."),
    ParserCase(
      input: "{\"people\": [\n  {\"id\": \"o1\"\n  {\"id\": \"o2\"}]}",
      expected: "line 3, column 3, people[0]: expected ',' or '}' after an object member, "
        + "found '{'."),
    ParserCase(
      input: "[1 2]",
      expected: "line 1, column 4: expected ',' or ']' after an array element, found '2'."),
    ParserCase(
      input: "{\"a\" 1}",
      expected: "line 1, column 6, a: expected ':' after an object key, found '1'."),
    ParserCase(
      input: "{a: 1}", expected: "line 1, column 2: expected a key in double quotes, found 'a'."),
    ParserCase(
      input: "[1,]",
      expected: "line 1, column 4: a comma before ']' is not allowed in JSON; remove it."),
    ParserCase(
      input: "{\"a\": 1,\n}",
      expected: "line 2, column 1: a comma before '}' is not allowed in JSON; remove it."),
    ParserCase(
      input: "{\"score\": 01}",
      expected:
        "line 1, column 11, score: '01' is not a JSON number; write digits with an optional "
        + "'-', '.' and exponent."),
    ParserCase(
      input: "[1.]",
      expected: "line 1, column 2, [0]: '1.' is not a JSON number; write digits with an optional "
        + "'-', '.' and exponent."),
    ParserCase(
      input: "{\"hr\": tru}",
      expected: "line 1, column 8, hr: expected a value (an object, array, string, number, true, "
        + "false or null), found 'tru'."),
    ParserCase(
      input: "[NaN]",
      expected: "line 1, column 2, [0]: expected a value (an object, array, string, number, true, "
        + "false or null), found 'NaN'."),
    ParserCase(
      input: "{\"a\": ",
      expected: "line 1, column 7: the document ends where a value was expected; it may have been "
        + "cut off."),
    ParserCase(
      input: "{\"name\": \"Омаров",
      expected: "line 1, column 10, name: the string is not closed; add the missing '\"'."),
    ParserCase(
      input: "{\"name\": \"Омаров\nЕрлан\"}",
      expected: "line 1, column 17, name: a string holds a line break; write it as '\\n', or close "
        + "the string before it."),
    ParserCase(
      input: "[\"a\tb\"]",
      expected: "line 1, column 4, [0]: a string holds a tab; write it as '\\t'."),
    ParserCase(
      input: "[\"\u{01}\"]",
      expected: "line 1, column 3, [0]: a string holds the control character 0x01; write it as "
        + "'\\u0001'."),
    ParserCase(
      input: "[\"a\\x\"]",
      expected:
        "line 1, column 4, [0]: '\\x' is not an escape; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
        + "or \\uXXXX."),
    ParserCase(
      input: "[\"\\u12G4\"]",
      expected:
        "line 1, column 3, [0]: '\\u12G' is not a \\u escape; write four hexadecimal digits, "
        + "as '\\u00e9'."),
    ParserCase(
      input: "[\"\\uD83D\"]",
      expected: "line 1, column 3, [0]: '\\uD83D' is half of a surrogate pair without its other "
        + "half; write the whole pair."),
    ParserCase(
      input: "[\"\\uDE00\"]",
      expected: "line 1, column 3, [0]: '\\uDE00' is half of a surrogate pair without its other "
        + "half; write the whole pair."),
    ParserCase(
      input: "[\"\\uD83D\\u0041\"]",
      expected: "line 1, column 3, [0]: '\\uD83D' is half of a surrogate pair without its other "
        + "half; write the whole pair."),
    ParserCase(
      input: "{} {}",
      expected: "line 1, column 4: expected the end of the document after its value, found '{'."),
    ParserCase(
      input: "{\"a\": [1]]",
      expected: "line 1, column 10: expected ',' or '}' after an object member, found ']'."),
    ParserCase(
      input: "Ж",
      expected: "line 1, column 1: expected a value (an object, array, string, number, true, false "
        + "or null), found 'Ж'."),
  ]

  @Test(
    "RFC 8259: invalid documents are refused with their line, column and path",
    arguments: invalid)
  func invalidDocuments(_ item: ParserCase) {
    #expect(throws: (any Error).self) { try JSONParser().parse(item.input) }
    do {
      _ = try JSONParser().parse(item.input)
    } catch {
      #expect(error.description == item.expected)
    }
  }

  @Test(
    "bytes that are not UTF-8 are refused where they stand",
    arguments: [
      ([0x22, 0xC0, 0x80, 0x22], 2),  // overlong NUL
      ([0x22, 0xED, 0xA0, 0x80, 0x22], 2),  // an encoded surrogate
      ([0x22, 0x61, 0xF5, 0x80, 0x80, 0x80, 0x22], 3),  // above U+10FFFF
      ([0x22, 0xD0, 0x22], 2),  // cut short
      ([0x22, 0x80, 0x22], 2),  // stray continuation byte
    ] as [([UInt8], Int)])
  func invalidUTF8(bytes: [UInt8], column: Int) {
    do {
      _ = try JSONParser().parse(bytes)
      Issue.record("parsed bytes that are not UTF-8")
    } catch {
      #expect(error.problem == .invalidUTF8)
      #expect(error.position == JSONPosition(line: 1, column: column))
    }
  }

  @Test("a byte that is no JSON at all is named by its value")
  func strayByte() {
    #expect(
      throws: JSONSyntaxError(.expectedValue(found: "byte 0xFF"), at: .init(line: 1, column: 1))
    ) {
      try JSONParser().parse([0xFF])
    }
  }

  @Test("keeps the line and column of every value and key, counting columns in characters")
  func positions() throws {
    let text = "{\n  \"name\": \"Омаров\", \"ж\": [1,\n    true]\n}"
    let value = try JSONParser().parse(text)
    #expect(value.position == JSONPosition(line: 1, column: 1))
    guard case .object(let members) = value.content else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["name", "ж"])
    #expect(members.map(\.keyPosition) == [.init(line: 2, column: 3), .init(line: 2, column: 21)])
    #expect(members[1].value.position == JSONPosition(line: 2, column: 26))
    guard case .array(let elements) = members[1].value.content else {
      Issue.record("not an array")
      return
    }
    #expect(elements.map(\.position) == [.init(line: 2, column: 27), .init(line: 3, column: 5)])
  }

  @Test("keeps the bytes each value was read from; a value built in code has none")
  func byteRanges() throws {
    let bytes = Array("{\"a\": [1, \"ж\\n\"], \"b\": {}}".utf8)
    let value = try JSONParser().parse(bytes)
    #expect(value.byteRange == 0..<bytes.count)
    guard case .object(let members) = value.content,
      case .array(let elements) = members[0].value.content
    else {
      Issue.record("not an object holding an array")
      return
    }
    let text = { (range: Range<Int>) in String(decoding: bytes[range], as: UTF8.self) }
    #expect(text(members[0].value.byteRange) == "[1, \"ж\\n\"]")
    #expect(elements.map { text($0.byteRange) } == ["1", "\"ж\\n\""])
    #expect(text(members[1].value.byteRange) == "{}")
    #expect(JSONValue.object([("a", .number(1))]).byteRange.isEmpty)
  }

  @Test("duplicate keys are kept in order for the caller to judge")
  func duplicateKeys() throws {
    let value = try JSONParser().parse(
      "{\"m1\": \"for\", \"m2\": \"against\", \"m1\": \"abstain\"}")
    guard case .object(let members) = value.content else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["m1", "m2", "m1"])
    #expect(members.map(\.value) == [.string("for"), .string("against"), .string("abstain")])
  }

  @Test("nesting is limited, so hostile input cannot exhaust memory or the stack")
  func depthLimit() throws {
    let limit = JSONParser.depthLimit
    let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
    #expect(throws: Never.self) { try JSONParser().parse(deepest) }
    let tooDeep =
      String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
    #expect(
      throws: JSONSyntaxError(
        .tooDeep(limit: limit), at: JSONPosition(line: 1, column: limit + 1),
        path: JSONPath(Array(repeating: .index(0), count: limit - 1)))
    ) { try JSONParser().parse(tooDeep) }
    let hostile = String(repeating: "{\"a\":[", count: 100_000)
    #expect(throws: JSONSyntaxError.self) { try JSONParser().parse(hostile) }
  }
}
