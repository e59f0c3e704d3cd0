import Testing

@testable import HattamaKit

@Suite("CSV as Excel writes it") struct CSVTableTests {
  static func table(_ text: String, bom: Bool = false) throws -> CSVTable {
    try CSVTable((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
  }

  @Test(
    "comma or semicolon, with or without a BOM, LF or CRLF",
    arguments: [
      ("a,b\n1,2\n", false), ("a;b\n1;2\n", false), ("a;b\r\n1;2\r\n", true), ("a,b\r\n1,2", true),
    ])
  func delimiters(_ text: String, _ bom: Bool) throws {
    let table = try Self.table(text, bom: bom)
    #expect(table.header == ["a", "b"])
    #expect(table.rows.map(\.cells) == [["1", "2"]])
    #expect(table.rows.first?.line == 2)
  }

  @Test("RFC 4180 quotes: the delimiter, a doubled quote and a line break inside a cell")
  func quotes() throws {
    let table = try Self.table("name;note\n\"Омаров; Е.\";\"he said \"\"yes\"\"\"\n\"two\nlines\";x\nlast;y\n")
    #expect(table.rows.map(\.cells) == [["Омаров; Е.", "he said \"yes\""], ["two\nlines", "x"], ["last", "y"]])
    #expect(table.rows.map(\.line) == [2, 3, 5])
  }

  @Test("a comma inside a quoted score keeps a comma-delimited file's columns")
  func quotedComma() throws {
    let table = try Self.table("id,score\nc1,\"3,40\"\n")
    #expect(table.rows.map(\.cells) == [["c1", "3,40"]])
  }

  @Test("blank lines are skipped; line numbers still count them")
  func blankLines() throws {
    let table = try Self.table("a,b\n\n1,2\n,\n3,4\n")
    #expect(table.rows.map(\.line) == [3, 5])
  }

  @Test("bad files: not UTF-8, empty, a quote never closed")
  func bad() {
    #expect(throws: CSVError.notUTF8) { try CSVTable([0x61, 0xFF, 0x0A]) }
    #expect(throws: CSVError.empty) { try Self.table("\n\n") }
    #expect(throws: CSVError.unterminatedQuote(line: 2)) { try Self.table("a\n\"open\n") }
  }
}
