import Testing

@testable import HattamaKit

@Suite("Protocol document") struct ProtocolDocumentTests {
  @Test("000 ¶71: the corrected column holds the score of an adopted correction, else nothing")
  func correctedColumn() throws {
    let document = ProtocolFixture.document()
    #expect(document.results.map(\.corrected) == [ProtocolFixture.score("3.80"), nil])
    #expect(document.results.map(\.recommendation) == ["Біліктілікті арттыру", nil])

    var record = ProtocolFixture.record()
    record.motions?[0].result = .rejected
    let rejected = ProtocolDocument(record: record, rules: nil)
    #expect(rejected.results[0].corrected == nil)
  }

  @Test("a correction to the evaluator's own score corrects nothing")
  func correctionToSameScore() {
    var record = ProtocolFixture.record()
    record.motions?[0].kind = .correct(ProtocolFixture.score("3.4"))
    #expect(ProtocolDocument(record: record, rules: nil).results[0].corrected == nil)
  }

  @Test("SPEC: a case is decided by its first adopted motion")
  func firstAdoptedMotionDecides() {
    var record = ProtocolFixture.record()
    record.motions?.append(
      Motion(
        id: "mo3", caseID: "c1", kind: .correct(ProtocolFixture.score("2.50")),
        votes: [], result: .adopted))
    #expect(
      ProtocolDocument(record: record, rules: nil).results[0].corrected
        == ProtocolFixture.score("3.80"))
  }

  @Test(
    "000 ¶63: quorum is two thirds of the composition, met or not",
    arguments: [
      (["m1", "m2", "m3", "h1"], 4, true), (["m1", "m2", "m3"], 3, false),
      (["m1", "m2", "m3", "m4", "h1", "s1"], 5, true),
    ] as [([PersonID], Int, Bool)])
  func quorum(present: [PersonID], count: Int, met: Bool) {
    let attendance = ProtocolFixture.document(present: present).attendance
    #expect(attendance == ProtocolDocument.Attendance(present: count, members: 5, quorum: 4))
    #expect(attendance?.quorumMet == met)
  }

  @Test("without rules the quorum is left unstated; without a sitting there is no attendance")
  func attendanceUnknown() {
    let record = ProtocolFixture.record()
    let document = ProtocolDocument(record: record, rules: nil)
    #expect(document.attendance?.quorum == nil)
    #expect(document.attendance?.quorumMet == nil)
    var draft = record
    draft.sitting = nil
    let drafted = ProtocolDocument(record: draft, rules: nil)
    #expect(drafted.attendance == nil)
    #expect(drafted.composition.allSatisfy { $0.present == nil })
  }

  @Test("000 ¶66: the chair's vote is shown where it decided a tie, and only there")
  func castingVote() {
    let document = ProtocolFixture.document()
    #expect(document.motions[0].castingVote?.personID == "m1")
    #expect(
      document.motions[0].tally == ProtocolDocument.VoteCount(votesFor: 2, against: 2, abstain: 0))
    #expect(document.motions[1].castingVote == nil)

    var record = ProtocolFixture.record()
    record.motions?[0].votes[0].choice = .abstain
    record.motions?[0].votes[1].choice = .against
    record.motions?[0].result = .unresolved
    #expect(ProtocolDocument(record: record, rules: nil).motions[0].castingVote == nil)
  }

  @Test("composition lists the chair, the members and the secretary once each, with presence")
  func composition() {
    let document = ProtocolFixture.document()
    #expect(document.composition.map(\.personID) == ["m1", "m2", "m3", "m4", "h1", "s1"])
    #expect(
      document.composition.map(\.role) == [.chair, .member, .member, .member, .member, .secretary])
    #expect(document.composition.map(\.present) == [true, true, true, false, true, nil])
    let listed = ProtocolFixture.document(present: ["m1", "m2", "m3", "h1", "s1"])
    #expect(listed.composition.last?.present == true)
  }

  @Test("000 Appendix 11: the secretary signs first, then the chair and the members present")
  func signatures() {
    let document = ProtocolFixture.document()
    #expect(document.signatures.map(\.personID) == ["s1", "m1", "m2", "m3", "h1"])
    let signedOn = ProtocolFixture.day("2025-10-24")
    #expect(document.signatures.map(\.signedOn) == [signedOn, signedOn, signedOn, nil, nil])
  }

  @Test("the anchor passed in wins over the record's; the record's serves otherwise")
  func anchor() {
    let record = ProtocolFixture.record()
    let other = JournalAnchor(events: 3, head: String(repeating: "0", count: 64))
    #expect(ProtocolDocument(record: record, rules: nil).journal == ProtocolFixture.anchor)
    #expect(ProtocolDocument(record: record, rules: nil, journal: other).journal == other)
    #expect(
      ProtocolDocument(record: ProtocolFixture.record(journal: nil), rules: nil).journal == nil)
  }

  @Test(
    "the approval block gives the surname and initials",
    arguments: [
      ("Омаров Ерлан Сәкенұлы", "Омаров Е.С."), ("Omarov erlan", "Omarov E."),
      ("Омаров", "Омаров"), ("  Исаева  Өмірзая ", "Исаева Ө."),
    ])
  func initials(name: String, expected: String) {
    #expect(ProtocolDocument.surnameAndInitials(name) == expected)
  }

  @Test("an id that people does not define stands for itself")
  func unknownPerson() {
    var record = ProtocolFixture.record()
    record.motions?[0].votes.append(Vote(member: "x9", choice: .for))
    #expect(ProtocolDocument(record: record, rules: nil).motions[0].votes.last?.name == "x9")
  }
}
