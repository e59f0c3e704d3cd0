import Foundation
import Testing

@testable import HattamaKit

// Expected lines are written out in full, as the protocol prints them, so some of them run
// past 100 columns.

@Suite("Protocol formats") struct ProtocolFormatTests {
  /// The fixture with record text that HTML and Markdown must not interpret.
  static func hostileDocument() -> ProtocolDocument {
    var record = ProtocolFixture.record()
    if let index = record.people.firstIndex(where: { $0.id == "e1" }) {
      record.people[index].name = "Smith <b>&amp; \"Jo\" | *Ann*</b>"
    }
    record.conclusion = "<script>alert('x')</script>"
    return ProtocolFixture.document(record)
  }

  @Test("HTML escapes every piece of record text")
  func htmlEscaping() {
    let html = ProtocolRenderer.render(Self.hostileDocument(), language: .en, format: .html)
    #expect(html.contains("Smith &lt;b&gt;&amp;amp; &quot;Jo&quot; | *Ann*&lt;/b&gt;"))
    #expect(!html.contains("<b>&amp;"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(!html.contains("<script"))
  }

  @Test(
    "000 ¶21: the HTML page is standalone, A4, in its language and marked confidential",
    arguments: [
      (
        Language.kk, "Бағалау нәтижелері жасырын ақпарат болып табылады",
        "Калибрлеу сессиясының хаттамасы", "3,80"
      ),
      (
        .ru, "Результаты оценки являются конфиденциальной информацией",
        "Протокол калибровочной сессии", "3,80"
      ),
      (
        .en, "The evaluation results are confidential information",
        "Protocol of the Calibration Session", "3.80"
      ),
    ])
  func htmlPage(language: Language, mark: String, title: String, score: String) {
    let html = ProtocolRenderer.render(
      ProtocolFixture.document(), language: language, format: .html)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("@page { size: A4; margin: 20mm; }"))
    #expect(html.contains("\"DejaVu Sans\", \"Noto Sans\", Arial, sans-serif"))
    #expect(html.contains("<div class=\"confidential\">\(mark)</div>"))
    #expect(html.contains("<h1>\(title)</h1>"))
    #expect(html.contains("<td><b class=\"score\">\(score)</b><br><span class=\"band\">"))
    #expect(html.contains("<code>\(ProtocolTextTests.anchor)</code>"))
    for external in ["src=", "href=", "@import", "url(", "<script", "<link"] {
      #expect(!html.contains(external), "external asset or script: \(external)")
    }
    #expect(html.hasSuffix("</html>\n"))
  }

  @Test("Markdown writes the results and the votes as tables")
  func markdownTables() {
    let markdown = ProtocolRenderer.render(
      ProtocolFixture.document(), language: .kk, format: .markdown)
    let lines = markdown.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "| № р/с | Қызметшілердің тегі, аты, әкесінің аты (болған жағдайда) | Бағалау нәтижелері туралы мәлімет | Бағалау нәтижелері калибрлеу сессиясымен түзетілуі (бар болған жағдайда) | Калибрлеу сессиясының ұсыныстары |"
      ))
    #expect(lines.contains("| --- | --- | --- | --- | --- |"))
    #expect(
      lines.contains(
        "| 1. | Тоқтаров Әділет Іңкәрұлы | 3,40 — Функционалдық міндеттерін тиісті түрде атқарады | 3,80 — Функционалдық міндеттерін тиісті түрде атқарады | Біліктілікті арттыру |"
      ))
    #expect(
      lines.contains(
        "| 2. | Ержанова Гүлнұр Һадиқызы | 4,10 — Функционалдық міндеттерін тиімді атқарады | — | — |"
      ))
    #expect(lines.contains("| Серікбаев Нұрлан Асқарұлы | жақтап |"))
    #expect(lines.contains("**Қатысу және кворум:** 5 мүшеден 4 қатысты; кворум 4: бар"))
    #expect(lines.contains("# Калибрлеу сессиясының хаттамасы"))
    #expect(lines.contains("**Бағалау нәтижелері жасырын ақпарат болып табылады**"))
  }

  @Test("Markdown makes record text inert, so a name cannot split a table row")
  func markdownEscaping() {
    let markdown = ProtocolRenderer.render(Self.hostileDocument(), language: .en, format: .markdown)
    #expect(markdown.contains(#"Smith \<b\>\&amp; "Jo" \| \*Ann\*\</b\>"#))
    #expect(!markdown.contains("<script>"))
  }

  @Test("JSON parses and carries the document's structure", arguments: Language.allCases)
  func json(language: Language) throws {
    let text = ProtocolRenderer.render(
      ProtocolFixture.document(), language: language, format: .json)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["language"] as? String == language.rawValue)
    #expect(object["kind"] as? String == "calibration")
    let attendance = try #require(object["attendance"] as? [String: Any])
    #expect(attendance["present"] as? Int == 4)
    #expect(attendance["quorum"] as? Int == 4)
    #expect(attendance["quorumMet"] as? Bool == true)
    let results = try #require(object["results"] as? [[String: Any]])
    let corrected = try #require(results.first?["corrected"] as? [String: Any])
    #expect(corrected["value"] as? String == "3.80")
    #expect(corrected["text"] as? String == (language == .en ? "3.80" : "3,80"))
    #expect(corrected["band"] as? String == "proper")
    #expect(results.last?["corrected"] is NSNull)
    let motion = try #require((object["motions"] as? [[String: Any]])?.first)
    #expect((motion["castingVote"] as? [String: Any])?["id"] as? String == "m1")
    #expect((motion["tally"] as? [String: Any])?["against"] as? Int == 2)
    let journal = try #require(object["journal"] as? [String: Any])
    #expect(journal["anchor"] as? String == ProtocolTextTests.anchor)
    #expect((object["signatures"] as? [[String: Any]])?.first?["role"] as? String == "secretary")
  }

  @Test("JSON keys are sorted, so the same record always gives the same bytes")
  func jsonSorted() {
    let text = ProtocolRenderer.render(ProtocolFixture.document(), language: .kk, format: .json)
    let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
      $0.dropFirst(3).prefix { $0 != "\"" }
    }
    #expect(keys == keys.sorted())
    #expect(keys.count == 18)
  }
}
