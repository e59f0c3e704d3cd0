import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// SPEC.md, "The interface language": a Kazakh or Russian reader sees each clause a rule comes
/// from and the other readings of an ambiguous text in their language; `--json` keeps the
/// clause as scripts read it (SPEC.md, "The force of a rule": `{"code", "severity", "clause",
/// "subject", "message"}`).
@Suite("The interface language: citations and readings in the reader's language")
struct CitationLanguageTests {
  static func run(_ arguments: [String], in language: Language) -> (code: ExitCode, out: String) {
    let (console, captured) = Console.capturing(language: language)
    let code = HattamaCLI.run(arguments, console: console)
    return (code, captured.out)
  }

  @Test(
    "audit cites a rule borrowed by analogy in the console's language",
    arguments: [
      (Language.kk, "quorum.not-met [000 ¶63 (ұқсастық бойынша)] mo1", "бұл 000 ¶63 (ұқсастық"),
      (.ru, "quorum.not-met [000 ¶63 (по аналогии)] mo1", "установленного 000 ¶63 (по аналогии)"),
      (.en, "quorum.not-met [000 ¶63 (by analogy)] mo1", "the quorum 000 ¶63 (by analogy) sets"),
    ])
  func auditText(_ language: Language, _ heading: String, _ sentence: String) {
    let path = ExampleFiles.path("calibration-borrowed-quorum.json")
    let run = Self.run(["audit", path], in: language)
    #expect(run.code == .success)
    #expect(run.out.contains(heading) && run.out.contains(sentence), "\(run.out)")
  }

  @Test(
    "audit --json keeps the clause's canonical form whatever the language",
    arguments: Language.allCases)
  func auditJSONClause(_ language: Language) throws {
    let path = ExampleFiles.path("calibration-borrowed-quorum.json")
    let run = Self.run(["audit", path, "--json"], in: language)
    let json = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
    let file = (json?["files"] as? [[String: Any]])?.first
    let findings = try #require(file?["findings"] as? [[String: String]])
    #expect(findings.map { $0["clause"] } == ["000 ¶63 (by analogy)"])
  }

  @Test(
    "methodology show writes the clauses and the other readings in the console's language",
    arguments: [
      (
        Language.kk,
        [
          "000 ¶63 (ұқсастық бойынша)", "000 № 457 бұйрықтың 4-тармағы",
          "000 11-қосымша (ұқсастық бойынша)", "оқылым (басқалары: берілген дауыстар, құрам)",
        ]
      ),
      (
        .ru,
        [
          "000 ¶63 (по аналогии)", "000 пункт 4 приказа № 457",
          "000 приложение 11 (по аналогии)", "прочтение (также: поданные голоса, состав)",
        ]
      ),
      (
        .en,
        [
          "000 ¶63 (by analogy)", "000 order No. 457 item 4",
          "000 Appendix 11 (by analogy)", "reading (also: votes-cast, composition)",
        ]
      ),
    ])
  func methodologyShow(_ language: Language, _ expected: [String]) {
    let run = Self.run(["methodology", "show", "kz-justice-2023"], in: language)
    #expect(run.code == .success)
    for text in expected { #expect(run.out.contains(text), "\(language) lacks \(text)") }
    if language != .en {
      #expect(!run.out.contains("by analogy") && !run.out.contains(" item "), "\(run.out)")
    }
  }

  /// The methodology file's names of the rule values (`votes-cast`, `chair-decides`, `at-least`,
  /// `secretary-chair-members`): English words a kk or ru reader must not meet in the table.
  static let valueNames: [(file: String, name: Phrase)] =
    MajorityBase.allCases.map { ($0.rawValue, $0.name) }
    + TieBreak.allCases.map { ($0.rawValue, $0.name) }
    + NoticeReading.allCases.map { ($0.rawValue, $0.name) }
    + SignatureOrder.allCases.map { ($0.rawValue, $0.name) }
  static let fileNames = valueNames.map(\.file)

  @Test(
    "methodology show words every rule's value in the reader's language, the file's names in en",
    arguments: Methodology.builtIn.flatMap { m in Language.allCases.map { (m, $0) } })
  func ruleValues(_ methodology: Methodology, _ language: Language) {
    let run = Self.run(["methodology", "show", methodology.id], in: language)
    let values = run.out.split(separator: "\n").flatMap { $0.split(separator: "  ") }
      .map { $0.trimmingCharacters(in: .whitespaces) }
    let named = Self.fileNames.filter { name in
      values.contains { $0 == name || $0.contains(": \(name);") || $0.hasSuffix("(\(name))") }
    }
    if language == .en {
      #expect(methodology.bodies.allSatisfy { named.contains($0.tieBreak.value.rawValue) })
    } else {
      #expect(named.isEmpty, "\(language): \(named)")
    }
  }

  @Test("every rule value's name has its own Kazakh and Russian, and the file's name in English")
  func ruleValueNames() {
    for (raw, name) in Self.valueNames {
      #expect(name.en == raw)
      for text in [name.kk, name.ru] {
        #expect(text != raw && text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) })
      }
    }
  }

  @Test(
    "methodology show --json is the same file in every language", arguments: Methodology.builtIn)
  func methodologyJSON(_ methodology: Methodology) {
    let outputs = Language.allCases.map {
      Self.run(["methodology", "show", methodology.id, "--json"], in: $0).out
    }
    #expect(Set(outputs).count == 1)
    #expect(outputs.first?.contains(methodology.validFrom.clause.canonical) == true)
  }

  @Test(
    "session propose warns of a borrowed quorum citing it in the console's language",
    arguments: [
      (Language.kk, "Ескерту (quorum.not-met, 000 ¶63 (ұқсастық бойынша)): "),
      (.ru, "Предупреждение (quorum.not-met, 000 ¶63 (по аналогии)): "),
    ])
  func sessionWarning(_ language: Language, _ warning: String) throws {
    typealias F = SessionFixture
    try F.withDirectory(draft: SessionAgreementTests.tradeDraft(nil)) { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      F.ok([
        "session", "attend", journal, "--date", "2025-10-24", "--present", "m1", "m2", "h1", "s1",
      ])
      let run = F.run(
        ["session", "propose", journal, "--case", "c1", "--confirm", "--by", "m1"],
        language: language)
      #expect(run.code == .success, "\(run.err)")
      #expect(run.out.contains(warning), "\(run.out)")
    }
  }

  @Test("roster check cites a borrowed chair's clause in the console's language")
  func rosterCheck() throws {
    var record = try Record.decode(Array(try ExampleFiles.text("calibration-valid.json").utf8))
    record.composition?.chair = nil
    let path = try Scratch.file("record.json", record.encodedJSON())
    let kk = Self.run(["roster", "check", path], in: .kk)
    #expect(
      kk.out.contains("composition.chair-not-member [000 ¶66 (ұқсастық бойынша)]"), "\(kk.out)")
    let json = Self.run(["roster", "check", path, "--json"], in: .ru)
    #expect(json.out.contains(#""clause": "000 ¶66 (by analogy)""#), "\(json.out)")
  }
}
