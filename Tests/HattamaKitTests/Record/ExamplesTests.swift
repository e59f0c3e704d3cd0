import Foundation
import Testing

@testable import HattamaKit

/// The records shipped under `Examples/`.
enum Examples {
  static let names = [
    "calibration-valid.json", "commission-valid.json", "calibration-violations.json",
    "commission-violations.json", "draft-compose.json", "commission-categories.json",
    "commission-nchr-competencies.json", "calibration-tie.json",
    "calibration-borrowed-quorum.json", "commission-validity-window.json", "wave.json",
    "calibration-languages.json",
  ]

  /// `Examples/` at the package root, found from this file's place in `Tests/`.
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Examples")

  static func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: directory.appendingPathComponent(name)))
  }

  static func record(_ name: String) throws -> Record { try Record.decode(try bytes(name)) }
}

@Suite("Examples") struct ExamplesTests {
  @Test("every example decodes", arguments: Examples.names)
  func decodes(name: String) throws {
    let record = try Examples.record(name)
    #expect(!record.people.isEmpty)
    #expect(!record.cases.isEmpty)
  }

  @Test("every example round-trips through encodedJSON()", arguments: Examples.names)
  func roundTrips(name: String) throws {
    let record = try Examples.record(name)
    #expect(try Record.decode(Array(record.encodedJSON().utf8)) == record)
  }

  /// Run with `HATTAMA_REWRITE_EXAMPLES=1` to write the examples back in canonical form after
  /// editing them by hand.
  @Test(
    "every example is written in canonical form, so that re-encoding changes no byte",
    arguments: Examples.names)
  func canonical(name: String) throws {
    let text = String(decoding: try Examples.bytes(name), as: UTF8.self)
    let canonical = try Examples.record(name).encodedJSON() + "\n"
    if ProcessInfo.processInfo.environment["HATTAMA_REWRITE_EXAMPLES"] == "1" {
      try Data(canonical.utf8).write(to: Examples.directory.appendingPathComponent(name))
    } else {
      #expect(canonical == text)
    }
  }

  @Test("the directory holds no example the tests do not know")
  func listed() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Examples.directory.path)
      .filter { $0.hasSuffix(".json") }
    #expect(Set(files) == Set(Examples.names))
  }

  @Test("the calibration example adopts its correction by 3 of 5, with an abstention")
  func calibrationContent() throws {
    let record = try Examples.record("calibration-valid.json")
    let motion = try #require(record.motions?.first)
    #expect(motion.kind == .correct(.score(.valid(try Score(parsing: "3.80")))))
    #expect(motion.votes.map(\.choice) == [.for, .for, .for, .against, .abstain])
    #expect(record.composition?.members.count == 5)
    #expect(record.signing?.postedOn == Day(iso: "2025-10-24"))
    #expect(record.signing?.approvedOn == nil)
  }

  @Test("002 ¶23: the calibration tie example ties 2–2 with the chair for, recorded rejected")
  func tieContent() throws {
    let record = try Examples.record("calibration-tie.json")
    let motion = try #require(record.motions?.first)
    #expect(motion.votes.map(\.choice) == [.for, .for, .against, .against, .abstain])
    #expect(motion.votes.first?.member == record.composition?.chair)
    #expect(motion.result == .rejected)
  }

  @Test("the example in three languages is the valid calibration session, its texts translated")
  func languagesContent() throws {
    let translated = try Examples.record("calibration-languages.json")
    let plain = try Examples.record("calibration-valid.json")
    #expect(
      translated.body.text(in: .ru) == "Министерство торговли и интеграции Республики Казахстан")
    #expect(translated.person("m1")?.name.text(in: .en) == "Zhaksylykov Nurlan")
    // Its Kazakh texts are the valid example's, word for word; nothing else differs.
    var kazakh = translated
    kazakh.body = DisplayText(translated.body.text(in: .kk))
    kazakh.period = DisplayText(translated.period.text(in: .kk))
    kazakh.conclusion = translated.conclusion.map { DisplayText($0.text(in: .kk)) }
    kazakh.people = translated.people.map { person in
      var person = person
      person.name = DisplayText(person.name.text(in: .kk))
      person.position = person.position.map { DisplayText($0.text(in: .kk)) }
      return person
    }
    kazakh.outcomes = translated.outcomes?.map { outcome in
      var outcome = outcome
      outcome.recommendation = outcome.recommendation.map { DisplayText($0.text(in: .kk)) }
      return outcome
    }
    #expect(kazakh == plain)
  }

  @Test("the draft has candidates and nothing of a sitting")
  func draftContent() throws {
    let record = try Examples.record("draft-compose.json")
    #expect(record.composition == nil)
    #expect(record.candidates?.count == 9)
    #expect(record.sitting == nil && record.motions == nil && record.signing == nil)
  }
}
