import Testing

@testable import HattamaKit

@Suite("The draft as a record/1") struct JournalDraftRecordTests {
  static let record = Record(
    methodology: "kz-trade-2025", kind: .calibration,
    body: "Сауда және интеграция министрлігі", period: "2025, 3-тоқсан",
    authorizedOfficial: "o1",
    people: [
      Person(id: "o1", name: "Омаров Ерлан"), Person(id: "e1", name: "Сейітов Арман"),
      Person(id: "v1", name: "Ахметова Дана"),
    ],
    cases: [
      Case(
        id: "c1", employee: "e1", evaluators: ["v1"],
        evaluation: .score(.valid(JournalFixture.score(340))))
    ])

  @Test("a record embedded in line 1 decodes back to an equal record")
  func roundTrip() throws {
    let draft = JournalDraft(record: Self.record)
    #expect(!draft.json.contains(0x0A))
    let line = JournalLine.opening(nonce: JournalFixture.nonce(1), draft: draft)
    let decoded = try JournalLine(decoding: line.encoded())
    guard case .open(_, let embedded, _) = decoded.event else {
      Issue.record("line 1 decodes to \(decoded.event)")
      return
    }
    #expect(try embedded.record() == Self.record)
  }

  @Test("a draft that is JSON but no record/1 is refused when decoded")
  func notARecord() throws {
    let draft = try JournalDraft(json: Array(#"{"format": "hattama.record/1"}"#.utf8))
    #expect(throws: RecordDecodingError.self) { try draft.record() }
  }
}
