import Testing

@testable import HattamaKit

@Suite("Record encoding") struct RecordRoundTripTests {
  static func day(_ text: String) -> Day {
    guard let day = Day(iso: text) else {
      preconditionFailure("test date '\(text)' does not exist")
    }
    return day
  }

  static func score(_ text: String) -> ScoreInput {
    do { return try ScoreInput(text: text) } catch { preconditionFailure("test score '\(text)'") }
  }

  /// Records that exercise what the examples do not: invalid scores kept, a member voting
  /// twice, text that needs escaping, a journal anchor, and every optional field left out.
  static let records: [Record] = [
    Record(
      methodology: "kz-trade-2025", kind: .calibration, body: "B", period: "P",
      authorizedOfficial: "o1", people: [Person(id: "o1", name: "O")], cases: []),
    Record(
      methodology: "my-body \"2025\"", kind: .commission,
      body: "Қазақстан\nРеспубликасы\t\"министрлігі\" \\ 😀 \u{01}", period: "",
      authorizedOfficial: "o1",
      people: [
        Person(id: "o1", name: "O", position: "Басшы", hr: false),
        Person(id: "e1", name: "E", hr: true),
        Person(id: "m 1", name: "M"),
      ],
      composition: Composition(chair: nil, members: [], secretary: nil),
      candidates: [],
      cases: [
        Case(
          id: "c1", employee: "e1", evaluators: [], evaluation: .score(score("5.01")),
          sanction: .other),
        Case(
          id: "c2", employee: "e1", evaluators: ["o1", "e1"], evaluation: .score(score("3.405")),
          familiarizedOn: day("2024-02-29"), appliedOn: day("2024-03-01")),
      ],
      sitting: Sitting(date: day("2024-03-05"), present: []),
      motions: [
        Motion(
          id: "mo1", caseID: "c1", kind: .correct(.score(score("3,8"))), proposedBy: "e1",
          votes: [
            Vote(member: "m 1", choice: .for), Vote(member: "x", choice: .abstain),
            Vote(member: "m 1", choice: .against),
          ], result: .unresolved),
        Motion(id: "mo2", caseID: "c2", kind: .confirm),
      ],
      outcomes: [Outcome(caseID: "c1", finalResult: .score(score("-2")))],
      conclusion: "",
      signing: Signing(),
      appeal: Appeal(filedOn: day("2024-03-20")),
      journal: JournalAnchor(events: 12, head: String(repeating: "0f", count: 32))),
  ]

  @Test("decode(encode(r)) == r", arguments: records)
  func roundTrip(record: Record) throws {
    #expect(try Record.decode(Array(record.encodedJSON().utf8)) == record)
  }

  @Test("a comma score is written back with a point and two decimals")
  func canonicalScore() throws {
    let record = try Record.decode(variant(#""3.40""#, #""3,4""#))
    #expect(record.encodedJSON().contains(#""score": "3.40""#))
  }

  @Test("hr is written only when true; nil optionals are left out; sanction always written")
  func omissions() throws {
    let text = try Record.decode(Array(minimalRecord.utf8)).encodedJSON()
    #expect(!text.contains("\"hr\""))
    #expect(!text.contains("position") && !text.contains("sitting") && !text.contains("protocol"))
    #expect(text.contains(#""sanction": "none""#))
  }

  @Test("the encoding follows SPEC's field order")
  func fieldOrder() throws {
    let record = try Examples.record("calibration-valid.json")
    guard case .object(let members) = record.jsonValue.content else {
      Issue.record("a record encodes to an object")
      return
    }
    #expect(
      members.map(\.key) == [
        "format", "methodology", "kind", "body", "period", "authorizedOfficial", "people",
        "composition", "cases", "sitting", "motions", "outcomes", "conclusion", "protocol",
      ])
  }

  /// The expected text is the writer's output at its 100-character width, so one line of it,
  /// indented here, runs past 100.
  @Test("the whole minimal record, written out")
  func exactText() throws {
    let record = Record(
      methodology: "kz-trade-2025", kind: .calibration, body: "Министрлік", period: "2025",
      authorizedOfficial: "o1", people: [Person(id: "o1", name: "Омаров", hr: true)],
      cases: [Case(id: "c1", employee: "o1", evaluators: [], evaluation: .score(Self.score("4")))],
      journal: JournalAnchor(events: 2, head: String(repeating: "a", count: 64)))
    #expect(
      record.encodedJSON() == """
        {
          "format": "hattama.record/1",
          "methodology": "kz-trade-2025",
          "kind": "calibration",
          "body": "Министрлік",
          "period": "2025",
          "authorizedOfficial": "o1",
          "people": [{"id": "o1", "name": "Омаров", "hr": true}],
          "cases": [{"id": "c1", "employee": "o1", "evaluators": [], "score": "4.00", "sanction": "none"}],
          "journal": {
            "events": 2,
            "head": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
          }
        }
        """)
  }
}
