import Testing

@testable import HattamaKit

/// The results table of a commission prints the methodology's own words for each category
/// (000 ¶55, 004 ¶18), not the quarterly score bands (000 ¶13, 002 ¶8).
@Suite("Protocol: results by category") struct ProtocolCategoryTests {
  static func text(_ example: String, _ language: Language) throws -> String {
    let record = try Examples.record(example)
    let methodology = try #require(Methodology.builtIn(id: record.methodology))
    let rules = try #require(methodology.rules(for: record.kind))
    let document = ProtocolDocument(
      record: record, rules: rules, categoryNames: methodology.targetCategories?.value)
    return ProtocolRenderer.render(document, language: language, format: .text)
  }

  static func lines(_ text: String) -> [String] {
    text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
  }

  @Test(
    "004 ¶18: category 2 is «тиімді», in each language",
    arguments: [
      (
        Language.kk,
        "Бағалау нәтижелері туралы мәлімет: 2-санат (НМИ санының 5-нен 4 орындалды) — тиімді"
      ),
      (.ru, "Сведения о результатах оценки: категория 2 (достигнуто ЦИ: 4 из 5) — эффективно"),
      (.en, "Information on the evaluation results: category 2 (targets met: 4 of 5) — effective"),
    ])
  func nchr(language: Language, line: String) throws {
    #expect(Self.lines(try Self.text("commission-nchr-competencies.json", language)).contains(line))
  }

  @Test("000 ¶55: a correction to category 1 prints «Функционалдық міндеттерді тиімді орындайды»")
  func justice() throws {
    let lines = Self.lines(try Self.text("commission-categories.json", .kk))
    #expect(
      lines.contains(
        "Бағалау нәтижелері комиссиямен түзетілуі (бар болған жағдайда): 1-санат (НМИ санының 5-нен 5 орындалды) — Функционалдық міндеттерді тиімді орындайды"
      ))
    #expect(
      lines.contains(
        "Бағалау нәтижелері туралы мәлімет: 3-санат (НМИ санының 5-нен 2 орындалды) — Функционалдық міндеттерін қанағаттанарлық орындайды"
      ))
  }

  @Test("a commission's score gets no quarterly band; a calibration session's does")
  func bands() throws {
    let commission = Self.lines(try Self.text("commission-valid.json", .kk))
    #expect(commission.contains("Бағалау нәтижелері туралы мәлімет: 4,25"))
    #expect(!commission.joined().contains("атқарады"))
    let calibration = Self.lines(try Self.text("calibration-valid.json", .kk))
    #expect(
      calibration.contains(
        "Бағалау нәтижелері туралы мәлімет: 3,40 — Функционалдық міндеттерін тиісті түрде атқарады")
    )
  }
}
