import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// SPEC.md, "The record": display texts in several languages, through the commands that print
/// them (in the protocol's or the interface language) and those that write records back (in
/// the form they were given).
@Suite("Display texts through the commands") struct DisplayTextCommandTests {
  typealias F = SessionFixture
  static let example = ExampleFiles.path("calibration-languages.json")

  @Test("protocol --lang picks each language's names, positions, body and conclusion")
  func protocolPerLanguage() {
    let ru = InProcess.run(["protocol", Self.example, "--lang", "ru"])
    #expect(ru.code == .success, "\(ru.err)")
    for text in [
      "Министерство торговли и интеграции Республики Казахстан", "2025 год, 3 квартал",
      "Жаксылыков Нурлан Болатович", "Главный эксперт службы управления персоналом",
      "оценка Муратовой Ж.Б. оставлена без изменения",
    ] {
      #expect(ru.out.contains(text), "\(text)")
    }
    #expect(!ru.out.contains("Жақсылықов"))
    let kk = InProcess.run(["protocol", Self.example, "--lang", "kk"])
    #expect(kk.out.contains("Жақсылықов Нұрлан Болатұлы") && !kk.out.contains("Жаксылыков"))
  }

  @Test("report --lang shows the body and the evaluators in that language, in every format")
  func reportPerLanguage() {
    let json = InProcess.run(["report", Self.example, "--lang", "ru", "--format", "json"])
    #expect(json.code == .success, "\(json.err)")
    #expect(
      json.out.contains(#""body": "Министерство торговли и интеграции Республики Казахстан""#))
    #expect(json.out.contains("Абдрахманов Ержан Талгатович"))
    let csv = InProcess.run(["report", Self.example, "--lang", "en", "--format", "csv"])
    #expect(csv.out.contains("Ministry of Trade and Integration of the Republic of Kazakhstan"))
    #expect(csv.out.contains("Kassymov Dauren") && !csv.out.contains("Қасымов"))
  }

  /// The example as a draft for `session open`: no sitting, no votes, no results.
  static func draft() throws -> String {
    var record = try Record.decode(Array(try ExampleFiles.text("calibration-languages.json").utf8))
    record.sitting = nil
    record.motions = nil
    record.outcomes = nil
    record.conclusion = nil
    record.signing = nil
    return record.encodedJSON()
  }

  @Test("a journal opened on a draft in three languages exports its texts in the same form")
  func exportKeepsLanguages() throws {
    let draft = try Self.draft()
    try F.withDirectory(draft: draft) { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      let exported = try F.export(journal)
      let given = try Record.decode(Array(draft.utf8))
      #expect(exported.body == given.body && exported.people == given.people)
      #expect(exported.body.translations?.map(\.language) == [.kk, .ru, .en])
      #expect(F.run(["verify", journal]).code == .success)
    }
  }

  @Test("session names people in the interface language: its own, else the Kazakh")
  func sessionInInterfaceLanguage() throws {
    try F.withDirectory(draft: try Self.draft()) { directory in
      let journal = directory + "/J.jsonl"
      let open = F.run(
        ["session", "open", directory + "/draft.json", "--journal", journal], language: .ru)
      #expect(open.out.contains("Министерство торговли и интеграции Республики Казахстан"))
      let attend = F.run(
        [
          "session", "attend", journal, "--date", "2025-10-22", "--present", "m1", "m2", "m3",
          "m4", "h1",
        ], language: .en)
      #expect(attend.out.contains("Zhaksylykov Nurlan (m1), Seitova Dinara (m2)"))
      let run = F.run(["session", "run", journal], input: [], language: .ru)
      #expect(run.out.contains("2025 год, 3 квартал"))
      #expect(run.out.contains("Касымов Даурен Аскарович"))
    }
  }

  @Test("roster compose prints names in the interface language and --json keeps the languages")
  func rosterCompose() throws {
    var record = try Record.decode(Array(try ExampleFiles.text("draft-compose.json").utf8))
    let index = try #require(record.people.firstIndex { $0.id == "h1" })
    let kazakh = record.people[index].name.text
    record.people[index].name = try #require(
      DisplayText([.init(.kk, kazakh), .init(.ru, "Нурланова Айгуль")]))
    let path = try Scratch.file("draft.json", record.encodedJSON())
    let text = F.run(["roster", "compose", path], language: .ru)
    #expect(text.code == .success, "\(text.err)")
    #expect(text.out.contains("Нурланова Айгуль") && !text.out.contains(kazakh))
    let json = F.run(["roster", "compose", path, "--json"], language: .ru)
    let composed = try Record.decode(Array(json.out.utf8))
    #expect(composed.person("h1")?.name == record.people[index].name)
  }
}
