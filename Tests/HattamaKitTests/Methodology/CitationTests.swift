import Foundation
import Testing

@testable import HattamaKit

/// A rule's clause and the other readings of an ambiguous text are read by people in their
/// language (SPEC.md, "The interface language") and by scripts in one stable form (SPEC.md,
/// "The force of a rule": a finding's `clause`; "Methodologies": the methodology file).
@Suite("Citations and readings: the reader's language for people, one form for the JSON")
struct CitationTests {
  /// The numbers of a citation that no translation may change: clauses, items, appendices,
  /// acts' numbers and dates.
  static func numbers(of text: String) -> [String] {
    let regex = try? NSRegularExpression(pattern: "¶?[0-9]+(–[0-9]+)?(-[0-9]+-[0-9]+)?")
    let range = NSRange(text.startIndex..., in: text)
    return (regex?.matches(in: text, range: range) ?? []).compactMap {
      Range($0.range, in: text).map { String(text[$0]) }
    }.sorted()
  }

  static func isCyrillic(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
  }

  static func hasLatinWord(_ text: String) -> Bool {
    text.range(of: "[A-Za-z]{2,}", options: .regularExpression) != nil
  }

  @Test(
    "every citation of a built-in methodology reads in kk, ru and en with the same numbers",
    arguments: Methodology.builtIn)
  func builtInCitations(_ methodology: Methodology) {
    let citations = methodology.citations
    // The walk finds every cited value the file writes.
    let written = methodology.encodedJSON().components(separatedBy: #""clause": "#).count - 1
    #expect(citations.count == written && written >= 20, "\(methodology.id)")
    for citation in citations {
      let (phrase, canonical) = (citation.phrase, citation.canonical)
      #expect(phrase.en == canonical && !canonical.isEmpty)
      for text in [phrase.kk, phrase.ru] {
        #expect(!text.isEmpty && !Self.hasLatinWord(text), "\(methodology.id): \(text)")
        #expect(Self.numbers(of: text) == Self.numbers(of: canonical), "\(text) / \(canonical)")
        #expect(Self.hasLatinWord(canonical) == (text != canonical), "\(text) / \(canonical)")
        #expect(text == canonical || Self.isCyrillic(text), "\(text)")
      }
    }
    // Every validity is cited by an item of an act or a header: words to translate.
    #expect(methodology.validFrom.clause.phrase.kk != methodology.validFrom.clause.canonical)
  }

  @Test(
    "every other reading of a built-in methodology is named in kk, ru and en",
    arguments: Methodology.builtIn)
  func builtInReadings(_ methodology: Methodology) {
    let readings = methodology.readings
    let written = methodology.encodedJSON().components(separatedBy: #""readings": ["#).count - 1
    #expect(readings.count >= written && written > 0, "\(methodology.id)")
    for reading in readings {
      #expect(!reading.name.isEmpty && reading.phrase.en == reading.name)
      for text in [reading.phrase.kk, reading.phrase.ru] {
        #expect(
          text != reading.phrase.en && Self.isCyrillic(text) && !Self.hasLatinWord(text),
          "\(methodology.id): \(text)")
        #expect(Self.numbers(of: text) == Self.numbers(of: reading.phrase.en), "\(text)")
      }
    }
  }

  @Test(
    "each form of citation in three languages",
    arguments: [
      (
        Citation(verbatim: "000 ¶63").byAnalogy, "000 ¶63 (ұқсастық бойынша)",
        "000 ¶63 (по аналогии)",
        "000 ¶63 (by analogy)"
      ),
      (.appendix("11", of: "000"), "000 11-қосымша", "000 приложение 11", "000 Appendix 11"),
      (
        .appendices("1–2", of: "002").parameter(5), "002 1–2-қосымшалар, 5-параметр",
        "002 приложения 1–2, параметр 5", "002 Appendices 1–2, parameter 5"
      ),
      (
        .item(4, of: .order, in: "002"), "002 бұйрықтың 4-тармағы", "002 пункт 4 приказа",
        "002 order item 4"
      ),
      (
        .item(4, of: .order, number: "457", in: "000"), "000 № 457 бұйрықтың 4-тармағы",
        "000 пункт 4 приказа № 457", "000 order No. 457 item 4"
      ),
      (
        .item(2, of: .resolution, number: "105", in: "001"), "001 № 105 қаулының 2-тармағы",
        "001 пункт 2 постановления № 105", "001 resolution No. 105 item 2"
      ),
      (
        .header(of: "004", naming: .order, number: "145", of: "2024-11-21"),
        "004 тақырыбы (2024-11-21 № 145 бұйрық)", "004 заголовок (приказ № 145 от 2024-11-21)",
        "004 header (order No. 145 of 2024-11-21)"
      ),
      (.list(["000 ¶73", "000 ¶72"]), "000 ¶73, 000 ¶72", "000 ¶73, 000 ¶72", "000 ¶73, 000 ¶72"),
    ] as [(Citation, String, String, String)])
  func forms(_ citation: Citation, _ kk: String, _ ru: String, _ en: String) {
    #expect(citation.text(in: .kk) == kk)
    #expect(citation.text(in: .ru) == ru)
    #expect(citation.text(in: .en) == en && citation.canonical == en)
  }

  @Test("a citation is its canonical form: a verbatim one of the same text is the same clause")
  func identity() {
    let borrowed = Citation(verbatim: "000 ¶63").byAnalogy
    #expect(borrowed == "000 ¶63 (by analogy)")
    #expect(Set([borrowed, "000 ¶63 (by analogy)"]).count == 1)
    #expect(borrowed != "000 ¶63")
  }

  @Test("the methodology file keeps today's clauses and readings, in no interface language")
  func jsonIsStable() {
    let trade = Methodology.trade2025.encodedJSON()
    for clause in [
      "000 ¶63 (by analogy)", "002 order item 4", "002 Appendices 1–2, parameter 5", "002 ¶20",
    ] {
      #expect(trade.contains(#""clause": "\#(clause)""#), "\(clause)")
    }
    #expect(trade.contains(#""readings": ["#) && trade.contains(#""votes-cast""#))
    let justice = Methodology.justice2023.encodedJSON()
    for text in [
      #""clause": "000 order No. 457 item 4""#, #""clause": "000 Appendix 11 (by analogy)""#,
      #""clause": "000 ¶73, 000 ¶72""#, #""a publication later than the window""#,
      #""recused members do not count""#, #""within""#, #""sitting""#,
    ] {
      #expect(justice.contains(text), "\(text)")
    }
    let nchr = Methodology.nchr2020.encodedJSON()
    #expect(nchr.contains(#""clause": "004 header (order No. 145 of 2024-11-21)""#))
    #expect(!Self.isCyrillic(Methodology.atyrau2023.citations.map(\.canonical).joined()))
  }

  @Test(
    "a file written by methodology show --json reads back with its clauses in three languages",
    arguments: Methodology.builtIn)
  func roundTrip(_ methodology: Methodology) throws {
    let read = try Methodology.decodeJSON(Array(methodology.encodedJSON().utf8))
    #expect(read == methodology)
    #expect(read.citations.map(\.phrase) == methodology.citations.map(\.phrase))
    #expect(read.readings.map(\.phrase) == methodology.readings.map(\.phrase))
  }

  @Test("a body's own clause and reading are shown as the file writes them, in every language")
  func ownTextVerbatim() throws {
    let own = Methodology.trade2025.encodedJSON()
      .replacingOccurrences(
        of: #""clause": "000 ¶63 (by analogy)""#, with: #""clause": "Бұйрық 7-тармақ""#
      )
      .replacingOccurrences(of: #""composition""#, with: #""our own reading""#)
    let rules = try #require(try Methodology.decodeJSON(Array(own.utf8)).rules(for: .calibration))
    for language in Language.allCases {
      #expect(rules.quorum.clause.text(in: language) == "Бұйрық 7-тармақ")
    }
    guard case .reading(let others) = rules.majorityBase.source else {
      Issue.record("the majority base is no longer a reading")
      return
    }
    #expect(others.map(\.name) == ["votes-cast", "our own reading"])
    #expect(others.last?.phrase == Phrase(verbatim: "our own reading"))
    #expect(others.first?.phrase.kk == "берілген дауыстар")
  }
}
