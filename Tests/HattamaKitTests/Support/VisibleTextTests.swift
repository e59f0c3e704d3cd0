import Testing

@testable import HattamaKit

@Suite("Visible text: record text cannot drive the terminal")
struct VisibleTextTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var inline: String
    var lines: String
    var testDescription: String { inline }
  }

  static let cases: [Case] = [
    Case(
      text: "Омаров Ерлан «иә» — 3,80", inline: "Омаров Ерлан «иә» — 3,80",
      lines: "Омаров Ерлан «иә» — 3,80"),
    // Quotes and dashes pass the byte scan; the newline is kept by `lines` and shown by `inline`.
    Case(
      text: "«иә» — 3,80\n№ 2", inline: #"«иә» — 3,80\n№ 2"#, lines: "«иә» — 3,80\n№ 2"),
    Case(text: "\u{1B}[2JEve", inline: #"\u{1B}[2JEve"#, lines: #"\u{1B}[2JEve"#),
    Case(text: "rejected\radopted", inline: #"rejected\radopted"#, lines: #"rejected\radopted"#),
    Case(text: "no\u{08}\u{08}yes", inline: #"no\u{8}\u{8}yes"#, lines: #"no\u{8}\u{8}yes"#),
    Case(text: "\u{9B}2J\u{7F}", inline: #"\u{9B}2J\u{7F}"#, lines: #"\u{9B}2J\u{7F}"#),
    Case(text: "\u{202E}08.3", inline: #"\u{202E}08.3"#, lines: #"\u{202E}08.3"#),
    Case(
      text: "\u{2066}a\u{2069}\u{200E}\u{200F}\u{061C}",
      inline: #"\u{2066}a\u{2069}\u{200E}\u{200F}\u{61C}"#,
      lines: #"\u{2066}a\u{2069}\u{200E}\u{200F}\u{61C}"#),
    Case(
      text: "a\nResult: adopted\t", inline: #"a\nResult: adopted\t"#,
      lines: "a\nResult: adopted" + #"\t"#),
    Case(text: "\u{2028}\u{2029}", inline: #"\u{2028}\u{2029}"#, lines: #"\u{2028}\u{2029}"#),
  ]

  @Test(
    "every unsafe scalar is shown as an escape; newlines only where the writer keeps them",
    arguments: cases)
  func shown(_ example: Case) {
    #expect(VisibleText.inline(example.text) == example.inline)
    #expect(VisibleText.lines(example.text) == example.lines)
    // Applying it again changes nothing: its forms are plain ASCII.
    #expect(VisibleText.inline(example.inline) == example.inline)
    #expect(!VisibleText.inline(example.text).unicodeScalars.contains(where: VisibleText.isUnsafe))
  }

  @Test("the unsafe set is exactly C0, DEL, C1, the bidi controls and U+2028/U+2029")
  func unsafeSet() {
    let unsafe = (0..<0x3000).compactMap(Unicode.Scalar.init).filter(VisibleText.isUnsafe)
    let expected =
      Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x061C, 0x200E, 0x200F]
      + Array(0x2028...0x202E) + Array(0x2066...0x2069)
    #expect(unsafe.map(\.value) == expected.map(UInt32.init))
  }
}
