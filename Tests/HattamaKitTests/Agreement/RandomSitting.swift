import HattamaKit

/// A deterministic generator of small random numbers (SplitMix64), so that a failing sitting can
/// be replayed from its seed.
struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// A random sitting the live recorder accepts, event by event: 3–9 members, arrivals and
/// departures between motions, abstentions, ties, recusals, corrections up and down, several
/// cases. Events the recorder refuses are left out, so what remains is a lawful sitting.
struct RandomSitting {
  var methodology: Methodology
  var draft: Record
  var events: [JournalEvent] = []
  var state: SessionState

  init(seed: UInt64) throws {
    var random = SeededRandom(seed: seed)
    let calibration = Bool.random(using: &random)
    methodology = calibration ? .trade2025 : .justice2023
    if calibration, Bool.random(using: &random) {
      // The texts' own calibration session: a tie adopts nothing (002 ¶23).
      methodology.bodies = methodology.bodies.map { body in
        var body = body
        body.tieBreak = Cited(.notAdopted, "002 ¶23")
        return body
      }
    }
    draft = Self.draft(calibration: calibration, using: &random)
    guard let rules = methodology.rules(for: draft.kind) else {
      throw RandomSittingError.noRules
    }
    state = try SessionState(draft: draft, rules: rules)
    let day = Day(iso: "2025-10-24") ?? Day(ordinal: 0)
    let members = draft.composition?.members ?? []
    for _ in 0..<(20 + Int.random(in: 0..<40, using: &random)) {
      let event: JournalEvent
      switch Int.random(in: 0..<10, using: &random) {
      case 0:
        // An arrival or a departure: a random part of the members, with the secretary.
        let present = members.filter { _ in Int.random(in: 0..<5, using: &random) > 0 }
        event = .attend(date: day, present: present + ["s1"])
      case 1, 2:
        guard let reviewed = draft.cases.randomElement(using: &random) else { continue }
        event = .propose(
          motion: state.nextMotionID, caseID: reviewed.id,
          kind: Self.kind(keeping: reviewed.score ?? .valid(.minimum), using: &random),
          by: Bool.random(using: &random) ? members.randomElement(using: &random) : nil)
      case 3:
        guard let open = state.motions.last(where: \.isOpen) else { continue }
        event = .tally(motion: open.id)
      default:
        guard let open = state.motions.last(where: \.isOpen),
          let member = state.awaiting(open).randomElement(using: &random)
        else { continue }
        event = .vote(
          motion: open.id, member: member,
          choice: VoteChoice.allCases.randomElement(using: &random) ?? .for)
      }
      apply(event)
    }
    for open in state.motions where open.isOpen { apply(.tally(motion: open.id)) }
    apply(.close(conclusion: "Қорытынды"))
  }

  /// Records the event if the live recorder accepts it.
  private mutating func apply(_ event: JournalEvent) {
    guard let next = try? state.applying(event) else { return }
    state = next
    events.append(event)
  }

  /// The journal's bytes: line 1 pins the draft and the methodology, then every event.
  func journalBytes() -> [UInt8] {
    let opening = JournalLine.opening(
      nonce: JournalNonce(bytes: Array(repeating: 7, count: 16))!, draft: JournalDraft(record: draft),
      methodology: JournalMethodology(methodology))
    var bytes = opening.encoded()
    var head = ChainHead(line: opening, bytes: bytes)
    var all = bytes + [0x0A]
    for event in events {
      let line = JournalLine.appending(event, after: head)
      bytes = line.encoded()
      head = ChainHead(line: line, bytes: bytes)
      all += bytes + [0x0A]
    }
    return all
  }

  private static func kind(
    keeping score: ScoreInput, using random: inout SeededRandom
  ) -> MotionKind {
    guard Bool.random(using: &random), let base = score.score?.hundredths else { return .confirm }
    let corrected = min(500, max(0, base + Int.random(in: -150...150, using: &random)))
    return .correct(.score(.valid(Score(hundredths: corrected) ?? .minimum)))
  }

  /// A lawful draft: an odd composition of 3–9 with an HR member, m1 chairing, an HR secretary;
  /// 1–4 cases whose evaluators are sometimes members of a commission (recused on that case).
  private static func draft(calibration: Bool, using random: inout SeededRandom) -> Record {
    let size = [3, 5, 7, 9].randomElement(using: &random) ?? 3
    let members = (1..<size).map { "m\($0)" } + ["h1"]
    let caseCount = Int.random(in: 1...4, using: &random)
    var people = [Person(id: "o1", name: "Official"), Person(id: "s1", name: "Secretary", hr: true)]
    people += members.map { Person(id: $0, name: "Member \($0)", hr: $0 == "h1") }
    var cases: [Case] = []
    for index in 1...caseCount {
      people += [Person(id: "e\(index)", name: "Employee \(index)"), Person(id: "v\(index)", name: "V\(index)")]
      var evaluators = ["v\(index)"]
      // A commission's member may have evaluated another servant: recused on that case only.
      if !calibration, size > 3, Bool.random(using: &random) { evaluators.append("m\(size - 1)") }
      let score = Score(hundredths: Int.random(in: 100...480, using: &random)) ?? .minimum
      cases.append(
        Case(
          id: "c\(index)", employee: "e\(index)", evaluators: evaluators,
          evaluation: .score(.valid(score))))
    }
    return Record(
      methodology: calibration ? "kz-trade-2025" : "kz-justice-2023",
      kind: calibration ? .calibration : .commission, body: "Body", period: "2025, 3",
      authorizedOfficial: "o1", people: people,
      composition: Composition(chair: "m1", members: members, secretary: "s1"), cases: cases)
  }
}

enum RandomSittingError: Error { case noRules }
