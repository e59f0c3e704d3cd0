import Testing

@testable import HattamaKit

/// A string literal, what reading it gives, and the column after its closing quote.
struct StringCase: Sendable, CustomTestStringConvertible {
  var input: [UInt8]
  var text: String
  var columnAfter: Int
  var testDescription: String { String(decoding: input, as: UTF8.self) }

  init(_ input: String, _ text: String, columnAfter: Int) {
    self.input = Array(input.utf8)
    self.text = text
    self.columnAfter = columnAfter
  }
}

@Suite("Reading JSON strings: one pass for plain ones, byte by byte for escapes (issue 6)")
struct ByteCursorStringTests {
  static let strings: [StringCase] = [
    StringCase(#""""#, "", columnAfter: 3),
    StringCase(#""m1""#, "m1", columnAfter: 5),
    StringCase(#""Сауда және интеграция""#, "Сауда және интеграция", columnAfter: 24),
    StringCase(#""Қорытынды 😀""#, "Қорытынды 😀", columnAfter: 14),
    StringCase(#""a\"b""#, "a\"b", columnAfter: 7),
    StringCase(#""Ұсыныс\nқабылданды""#, "Ұсыныс\nқабылданды", columnAfter: 21),
    StringCase(#""\u049a\u0430\u0437""#, "Қаз", columnAfter: 21),
    StringCase(#""тек / \/ \\""#, "тек / / \\", columnAfter: 14),
  ]

  @Test(
    "plain and escaped strings, Kazakh included, read to the same text and column",
    arguments: strings)
  func readsString(example: StringCase) throws {
    var cursor = ByteCursor(example.input + Array(" ,".utf8))
    let text = try cursor.readString()
    #expect(text == example.text)
    #expect(cursor.index == example.input.count)
    #expect(cursor.position == JSONPosition(line: 1, column: example.columnAfter))
    cursor.skipWhitespace()
    #expect(cursor.peek() == UInt8(ascii: ","))
    #expect(cursor.position == JSONPosition(line: 1, column: example.columnAfter + 1))
  }

  @Test(
    "a bad byte after Kazakh text is refused at its own column, with or without an escape first",
    arguments: [
      (Array(#""қаз"#.utf8) + [0xFF, 0x22], 5, JSONSyntaxProblem.invalidUTF8),
      (Array(#""қ\naз"#.utf8) + [0xC0, 0x80, 0x22], 7, .invalidUTF8),
      (Array(#""қаз"#.utf8) + [0x09, 0x22], 5, .controlCharacter(0x09)),
      (Array(#""қаз\x""#.utf8), 5, .invalidEscape("\\x")),
      (Array(#""қаз"#.utf8), 1, .unterminatedString),
    ] as [([UInt8], Int, JSONSyntaxProblem)])
  func refusesAtColumn(bytes: [UInt8], column: Int, problem: JSONSyntaxProblem) {
    var cursor = ByteCursor(bytes)
    #expect(throws: JSONSyntaxError(problem, at: JSONPosition(line: 1, column: column))) {
      try cursor.readString()
    }
  }

  @Test("a document's positions after Kazakh strings stay where an editor shows them")
  func positionsAfterStrings() throws {
    let value = try JSONParser().parse("{\"атауы\": \"Сауда\",\n \"ж\": [\"ә\\n\", 1]}")
    guard case .object(let members) = value.content,
      case .array(let elements) = members[1].value.content
    else {
      Issue.record("not the object written")
      return
    }
    #expect(members.map(\.keyPosition) == [.init(line: 1, column: 2), .init(line: 2, column: 2)])
    #expect(members[0].value.position == JSONPosition(line: 1, column: 11))
    #expect(elements.map(\.position) == [.init(line: 2, column: 8), .init(line: 2, column: 15)])
  }
}
