import Testing

@testable import HattamaKit

@Suite("Protocol document") struct ProtocolDocumentTests {
  @Test("000 ¶71: the corrected column holds the score of an adopted correction, else nothing")
  func correctedColumn() {
    let document = ProtocolFixture.document()
    #expect(document.results.map(\.corrected) == [ProtocolFixture.score("3.80"), nil])
    #expect(document.results.map(\.recommendation) == ["Біліктілікті арттыру", nil])

    var record = ProtocolFixture.record()
    record.motions?[0].votes[0].choice = .against  // the chair: 1 for, 3 against
    let rejected = ProtocolFixture.document(record)
    #expect(rejected.motions[0].result == .rejected)
    #expect(rejected.results[0].corrected == nil)
  }

  @Test("a correction to the evaluator's own score corrects nothing")
  func correctionToSameScore() {
    var record = ProtocolFixture.record()
    record.motions?[0].kind = .correct(ProtocolFixture.score("3.4"))
    #expect(ProtocolFixture.document(record).results[0].corrected == nil)
  }

  @Test("SPEC: a case is decided by its first adopted motion")
  func firstAdoptedMotionDecides() {
    var record = ProtocolFixture.record()
    record.motions?.append(
      Motion(
        id: "mo3", caseID: "c1", kind: .correct(ProtocolFixture.score("2.50")),
        votes: ["m1", "m2", "m3", "h1"].map { Vote(member: $0, choice: .for) }, result: .adopted))
    #expect(ProtocolFixture.document(record).results[0].corrected == ProtocolFixture.score("3.80"))
  }

  @Test("the protocol prints the recount, not a result the record got wrong")
  func recountWins() {
    var record = ProtocolFixture.record()
    record.motions?[0].result = .rejected
    record.motions?[1].result = nil
    let document = ProtocolFixture.document(record)
    #expect(document.motions.map(\.result) == [.adopted, .adopted])
    #expect(document.results[0].corrected == ProtocolFixture.score("3.80"))
  }

  @Test(
    "000 ¶63: quorum is two thirds of the composition, met or not",
    arguments: [
      (["m1", "m2", "m3", "h1"], 4, true), (["m1", "m2", "m3"], 3, false),
      (["m1", "m2", "m3", "m4", "h1", "s1"], 5, true),
    ] as [([PersonID], Int, Bool)])
  func quorum(present: [PersonID], count: Int, met: Bool) throws {
    let attendance = try #require(ProtocolFixture.document(present: present).attendance)
    #expect(attendance.present == count)
    #expect(attendance.size == 5)
    #expect(attendance.required == 4)
    #expect(attendance.isMet == met)
  }

  @Test("000 ¶63: without a commission's quorum nothing is adopted and no casting vote is named")
  func noQuorum() {
    let document = ProtocolFixture.document(kind: .commission, present: ["m1", "m2", "m3"])
    #expect(document.motions.map(\.result) == [.rejected, .rejected])
    #expect(document.motions.allSatisfy { $0.castingVote == nil })
    #expect(document.results.allSatisfy { $0.corrected == nil })
  }

  @Test("000 ¶63 (by analogy): a calibration session's borrowed quorum does not undo its votes")
  func borrowedQuorum() {
    let document = ProtocolFixture.document(present: ["m1", "m2", "m3"])
    #expect(document.attendance?.isMet == false)
    #expect(document.motions.map(\.result) == [.adopted, .adopted])
  }

  @Test("a draft has no attendance and no presence marks")
  func draft() {
    var record = ProtocolFixture.record()
    record.sitting = nil
    record.motions = nil
    let document = ProtocolFixture.document(record)
    #expect(document.attendance == nil)
    #expect(document.sittingDate == nil)
    #expect(document.composition.allSatisfy { $0.present == nil })
    #expect(document.motions.isEmpty)
    #expect(document.signatures.map(\.personID) == ["s1", "m1", "m2", "m3", "m4", "h1"])
  }

  @Test("000 ¶66: the chair's vote is named where it decided a tie, and only there")
  func castingVote() {
    let document = ProtocolFixture.document()
    #expect(document.motions[0].castingVote?.personID == "m1")
    #expect(document.motions[0].tally?.inFavour == 2)
    #expect(document.motions[0].tally?.against == 2)
    #expect(document.motions[0].tally?.decidedByChair == true)
    #expect(document.motions[1].castingVote == nil)

    var record = ProtocolFixture.record()
    // The chair and h1 abstain; m2 for and m3 against tie at one each.
    record.motions?[0].votes[0].choice = .abstain
    record.motions?[0].votes[3].choice = .abstain
    let tie = ProtocolFixture.document(record).motions[0]
    #expect(tie.castingVote == nil)
    #expect(tie.result == .unresolved)
  }

  @Test("SPEC: a vote that must not count is listed, marked, and left out of the tally")
  func refusedVotes() {
    var record = ProtocolFixture.record()
    record.motions?[1].votes += [
      Vote(member: "s1", choice: .against), Vote(member: "m4", choice: .against),
      Vote(member: "m1", choice: .against),
    ]
    let entry = ProtocolFixture.document(record).motions[1]
    #expect(entry.votes.map(\.counted) == [true, true, true, true, false, false, false])
    #expect(entry.tally?.against == 0)
    #expect(entry.result == .adopted)
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
    #expect(ProtocolFixture.document(record).journal == ProtocolFixture.anchor)
    #expect(ProtocolFixture.document(record, journal: other).journal == other)
    #expect(ProtocolFixture.document(ProtocolFixture.record(journal: nil)).journal == nil)
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
    let entry = ProtocolFixture.document(record).motions[0]
    #expect(entry.votes.last?.name == "x9")
    #expect(entry.votes.last?.counted == false)
  }

  @Test("a motion on a case the record lacks keeps its recorded result and has no tally")
  func unknownCase() {
    var record = ProtocolFixture.record()
    record.motions?.append(Motion(id: "mo9", caseID: "c9", kind: .confirm, result: .adopted))
    let entry = ProtocolFixture.document(record).motions[2]
    #expect(entry.tally == nil)
    #expect(entry.result == .adopted)
    #expect(entry.employee == "c9")
  }
}
