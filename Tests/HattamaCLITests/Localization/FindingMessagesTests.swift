import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// SPEC.md, "The interface language": every finding's message reaches the reader in Kazakh,
/// Russian and English — through `hattama audit`, from the records of ``EveryFindingCodeTests``
/// that each break one rule — with the same ids, scores, dates and clauses in every language.
@Suite("The interface language: every finding in Kazakh, Russian and English")
struct FindingMessagesTests {
  /// `hattama audit FILE --json` in a language: the findings of the file.
  static func findings(_ path: String, in language: Language) throws -> [[String: String]] {
    let (console, captured) = Console.capturing(language: language)
    _ = HattamaCLI.run(["audit", path, "--json"], console: console)
    let json = try JSONSerialization.jsonObject(with: Data(captured.out.utf8)) as? [String: Any]
    let file = (json?["files"] as? [[String: Any]])?.first
    return (file?["findings"] as? [[String: String]]) ?? []
  }

  /// The parts of a sentence that no translation may change: ids such as `c1` or `m4`, scores,
  /// dates and clauses.
  static func fixedParts(of text: String) -> Set<String> {
    let patterns = [
      #"\b[a-z]+[0-9]+\b"#, #"\b[0-9]+\.[0-9]{2}\b"#, #"[0-9]{4}-[0-9]{2}-[0-9]{2}"#,
      "[0-9]{3} ¶[0-9]+",
    ]
    var parts: Set<String> = []
    for pattern in patterns {
      let regex = try? NSRegularExpression(pattern: pattern)
      let range = NSRange(text.startIndex..., in: text)
      for match in regex?.matches(in: text, range: range) ?? [] {
        if let found = Range(match.range, in: text) { parts.insert(String(text[found])) }
      }
    }
    return parts
  }

  static func isCyrillic(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
  }

  @Test(
    "each finding code's message exists in kk, ru and en, with the same ids and clauses",
    arguments: EveryFindingCodeTests.triggers)
  func everyCode(_ trigger: EveryFindingCodeTests.Trigger) throws {
    var record = try Record.decode(Array(try ExampleFiles.text(trigger.example).utf8))
    trigger.change(&record)
    let path = try Scratch.file("record.json", record.encodedJSON())
    let english = try Self.findings(path, in: .en).filter { $0["code"] == trigger.code.rawValue }
    try #require(!english.isEmpty)
    for language in [Language.kk, .ru] {
      let translated = try Self.findings(path, in: language)
        .filter { $0["code"] == trigger.code.rawValue }
      try #require(translated.count == english.count)
      for (their, ours) in zip(translated, english) {
        let (text, en) = (their["message"] ?? "", ours["message"] ?? "")
        #expect(their["subject"] == ours["subject"] && their["clause"] == ours["clause"])
        #expect(!text.isEmpty && text != en && Self.isCyrillic(text), "\(language): \(text)")
        let missing = Self.fixedParts(of: en).subtracting(Self.fixedParts(of: text))
        #expect(missing.isEmpty, "\(language) lacks \(missing): \(text) / \(en)")
      }
    }
  }

  @Test("the reading of fixed parts finds ids, scores, dates and clauses")
  func fixedParts() {
    #expect(
      Self.fixedParts(of: "Case c1 ends with 3.80 on 2025-10-21 (002 ¶20); kz-trade-2025.")
        == ["c1", "3.80", "2025-10-21", "002 ¶20"])
  }

  /// The lawful calibration example with one member left out: an even composition.
  static func evenRecord() throws -> String {
    var record = try Record.decode(Array(try ExampleFiles.text("calibration-valid.json").utf8))
    record.composition?.members.removeAll { $0 == "m4" }
    return try Scratch.file("record.json", record.encodedJSON())
  }

  @Test(
    "audit prints its findings and summary in the console's language",
    arguments: [
      (Language.kk, "мүшелер саны тақ болуы тиіс", "бұзушылық"),
      (.ru, "число членов должно быть нечётным", "нарушени"),
      (.en, "it must have an odd number", "violation"),
    ])
  func auditText(_ language: Language, _ sentence: String, _ summary: String) throws {
    let path = try Self.evenRecord()
    let (console, captured) = Console.capturing(language: language)
    #expect(HattamaCLI.run(["audit", path], console: console) == .failure)
    #expect(captured.out.contains("composition.even") && captured.out.contains(sentence))
    #expect(captured.out.split(separator: "\n").last?.contains(summary) == true)
  }

  @Test(
    "roster check names who may take an excluded member's place, in the console's language",
    arguments: [
      (Language.kk, "Бұл мүшенің орнына"), (.ru, "Вместо этого члена"), (.en, "Replace them with"),
    ])
  func rosterCheck(_ language: Language, _ advice: String) throws {
    var record = try Record.decode(Array(try ExampleFiles.text("calibration-valid.json").utf8))
    record.composition?.members.append("v1")
    let path = try Scratch.file("record.json", record.encodedJSON())
    let (console, captured) = Console.capturing(language: language)
    #expect(HattamaCLI.run(["roster", "check", path], console: console) == .failure)
    #expect(captured.out.contains("composition.evaluator-member") && captured.out.contains(advice))
  }
}
