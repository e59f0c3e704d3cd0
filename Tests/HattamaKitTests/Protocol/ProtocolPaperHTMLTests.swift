import Testing

@testable import HattamaKit

/// The printed protocol (issue 14, "Paper"; SPEC, "The protocol": "The printable HTML numbers
/// its pages and repeats the anchor on each"). Chromium prints CSS page-margin boxes, so the
/// structure is checked here and the printout by scripts/protocol-paper.sh.
@Suite("Protocol HTML on paper") struct ProtocolPaperHTMLTests {
  static func html(_ language: Language, journal: JournalAnchor? = ProtocolFixture.anchor)
    -> String
  {
    let document = ProtocolFixture.document(ProtocolFixture.record(journal: journal))
    return ProtocolRenderer.render(document, language: language, format: .html)
  }

  /// The text of the `@page` rule that holds a margin box, from its name to its closing brace.
  static func marginBox(_ name: String, in html: String) -> String? {
    guard let start = html.range(of: "@\(name) {") else { return nil }
    let rest = html[start.lowerBound...]
    return rest.firstIndex(of: "}").map { String(rest[...$0]) }
  }

  @Test(
    "every printed page is numbered «бет N / M» / «стр. N из M» / \"page N of M\"",
    arguments: [
      (Language.kk, #""бет " counter(page) " / " counter(pages)"#),
      (.ru, #""стр. " counter(page) " из " counter(pages)"#),
      (.en, #""page " counter(page) " of " counter(pages)"#),
    ])
  func pageNumbers(language: Language, content: String) throws {
    let box = try #require(Self.marginBox("bottom-right", in: Self.html(language)))
    #expect(box.hasPrefix("@bottom-right { content: \(content);"))
  }

  @Test(
    "every printed page names the state body and, from a journal, the anchor under its label",
    arguments: [
      (Language.kk, "Электрондық журналдың бақылау белгісі"),
      (.ru, "Контрольная отметка электронного журнала"),
      (.en, "Journal anchor"),
    ])
  func bodyAndAnchor(language: Language, label: String) throws {
    let html = Self.html(language)
    let body = try #require(Self.marginBox("top-left", in: html))
    #expect(body.contains(#"content: "Қазақстан Республикасы Сауда және интеграция министрлігі";"#))
    let anchor = try #require(Self.marginBox("bottom-left", in: html))
    #expect(anchor.contains("content: \"\(label):\\a \(ProtocolFixture.anchor.description)\";"))
    // Not the first page only: no `:first` rule takes the body or the anchor away.
    #expect(!html.contains("@page :first { @top-left"))
    #expect(!html.contains("@page :first { @bottom-left"))
  }

  @Test("a protocol without a journal has no anchor margin, the body and page number still")
  func noJournal() {
    let html = Self.html(.kk, journal: nil)
    #expect(Self.marginBox("bottom-left", in: html) == nil)
    #expect(Self.marginBox("top-left", in: html) != nil)
    #expect(Self.marginBox("bottom-right", in: html)?.contains("counter(pages)") == true)
  }

  @Test("the conclusion and the signatures are one block the printer may not break")
  func signaturesKeptWithConclusion() throws {
    let html = Self.html(.ru)
    #expect(html.contains(".closing, .signatures { break-inside: avoid; }"))
    let closing = try #require(html.range(of: "<div class=\"closing\">"))
    let after = html[closing.upperBound...]
    let conclusion = try #require(after.range(of: "<p class=\"conclusion\">"))
    let signatures = try #require(after.range(of: "<section class=\"signatures\">"))
    let end = try #require(after.range(of: "</section>\n</div>"))
    #expect(conclusion.lowerBound < signatures.lowerBound)
    #expect(signatures.upperBound < end.lowerBound)
    // Nothing but the conclusion comes between the last motion and the signatures.
    #expect(html[..<closing.lowerBound].hasSuffix("</table>\n"))
  }

  @Test("the votes are one table: a tbody per motion, a row per member per motion")
  func votesAsRows() throws {
    let html = Self.html(.en)
    #expect(html.components(separatedBy: "<table class=\"votes\">").count == 2)
    #expect(html.components(separatedBy: "<tbody class=\"motion\">").count == 3)
    #expect(html.contains("tr, tbody.motion { break-inside: avoid; }"))
    #expect(!html.contains("<h3>"))
    // Motion 1: m1, m2 for, m3, h1 against; motion 2: m1, m2, m3 for, h1 abstains.
    let rows = html.components(separatedBy: "<tr class=\"vote\">").dropFirst()
    #expect(rows.count == 8)
    let first = try #require(rows.first)
    #expect(first.contains("rowspan=\"4\""))
    #expect(first.contains("<b>Motion 1: Тоқтаров Әділет Іңкәрұлы</b>"))
    #expect(first.contains("<td>Серікбаев Нұрлан Асқарұлы</td><td class=\"choice\">for</td>"))
    let last = try #require(rows.last)
    #expect(last.hasPrefix("<td>Нұрланова Айгүл Маратқызы</td><td class=\"choice\">abstained"))
    #expect(html.components(separatedBy: "<tr class=\"motion-foot\"><td colspan=\"3\">").count == 3)
  }

  @Test(
    "record text in a margin stays a CSS string: a quote, a backslash or </style> cannot end it",
    arguments: [
      ("Министрлік", #""Министрлік""#),
      ("A \"B\" \\ </style><script>x", #""A \22 B\22  \5c  \3c /style\3e \3c script\3e x""#),
      ("line\nbreak", #""line\a break""#),
    ])
  func cssStrings(text: String, quoted: String) {
    #expect(ProtocolHTMLWriter.cssString(text) == quoted)
    var record = ProtocolFixture.record()
    record.body = DisplayText(text)
    let html = ProtocolRenderer.render(
      ProtocolFixture.document(record), language: .kk, format: .html)
    #expect(html.components(separatedBy: "</style>").count == 2)
    #expect(!html.contains("<script"))
  }
}
