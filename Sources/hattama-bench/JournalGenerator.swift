import HattamaKit

/// Writes a journal that `session` commands replay without a refusal, however long: one
/// `open`, one `attend`, then rounds of a proposal and the votes of all five present members.
///
/// Every motion is rejected (more against than for, never a tie the chair would decide), so no
/// case is ever decided and a new proposal on it stays lawful for any number of events; each
/// vote closes its motion by itself once all five have voted.
struct JournalGenerator {
  static let seed: UInt64 = 0x4A4F_5552_4E41_4C31
  static let members = ["m1", "m2", "m3", "m4", "h1"]
  static let caseCount = 4

  /// (for, against, abstain) among five votes: all rejected, none a tie.
  private static let rejections = [
    (2, 3, 0), (1, 3, 1), (1, 4, 0), (0, 5, 0), (0, 3, 2), (1, 2, 2),
  ]

  /// The draft the journal is opened on: a composed calibration session, no sitting yet.
  static func draft() -> Record {
    var rng = SplitMix64(seed: seed)
    var people = Names.staff(official: "Аппарат басшысы", members: members, &rng)
    var cases: [Case] = []
    for number in 1...caseCount {
      people.append(
        Person(id: "e\(number)", name: Names.person(&rng), position: Names.position(&rng)))
      people.append(
        Person(id: "v\(number)", name: Names.person(&rng), position: Names.position(&rng)))
      cases.append(
        Case(
          id: "c\(number)", employee: "e\(number)", evaluators: ["v\(number)"],
          evaluation: .score(validScore(rng.int(250...450))), familiarizedOn: day("2025-10-13"),
          appliedOn: day("2025-10-15")))
    }
    return Record(
      methodology: "kz-trade-2025", kind: .calibration,
      body: "Қазақстан Республикасы Сауда және интеграция министрлігі", period: "2025, 3-тоқсан",
      authorizedOfficial: "o1", people: people,
      composition: Composition(
        chair: "m1", members: members, secretary: "s1", approvedOn: day("2025-10-17")),
      cases: cases)
  }

  /// The journal's bytes with `count` events (at least 2), and the next lawful vote
  /// (`motion`, `member`) when the last motion is still open.
  static func journal(events count: Int) -> (bytes: [UInt8], nextVote: (String, String)?) {
    var rng = SplitMix64(seed: seed ^ 1)
    var nonceBytes: [UInt8] = []
    for _ in 0..<16 { nonceBytes.append(UInt8(truncatingIfNeeded: rng.next())) }
    guard let nonce = JournalNonce(bytes: nonceBytes) else { preconditionFailure("16 bytes") }
    var bytes: [UInt8] = []
    var head: ChainHead?
    func write(_ line: JournalLine) {
      let encoded = line.encoded()
      bytes += encoded
      bytes.append(0x0A)
      head = ChainHead(line: line, bytes: encoded)
    }
    func append(_ event: JournalEvent) {
      guard let head else { preconditionFailure("the open line comes first") }
      write(JournalLine.appending(event, after: head))
    }
    write(JournalLine.opening(nonce: nonce, draft: JournalDraft(record: draft())))
    append(.attend(date: day("2025-10-22"), present: members))
    var written = 2
    var motion = 0
    var pending: [(String, VoteChoice)] = []
    while written < count {
      if pending.isEmpty {
        motion += 1
        let caseID = "c\((motion - 1) % caseCount + 1)"
        let kind: MotionKind =
          rng.chance(50) ? .confirm : .correct(.score(validScore(rng.int(200...480))))
        append(.propose(motion: "mo\(motion)", caseID: caseID, kind: kind, by: rng.pick(members)))
        let (inFavour, against, abstaining) = rng.pick(rejections)
        var choices = [VoteChoice](repeating: .for, count: inFavour)
        choices += [VoteChoice](repeating: .against, count: against)
        choices += [VoteChoice](repeating: .abstain, count: abstaining)
        choices.shuffle(using: &rng)
        pending = Array(zip(members, choices))
      } else {
        let (member, choice) = pending.removeFirst()
        append(.vote(motion: "mo\(motion)", member: member, choice: choice))
      }
      written += 1
    }
    let next = pending.first.map { ("mo\(motion)", $0.0) }
    return (bytes, next)
  }
}
