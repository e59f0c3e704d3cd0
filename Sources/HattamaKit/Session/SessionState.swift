/// A live sitting as the replay of its journal's events: the draft it is held on, who is
/// present, the motions with their votes, and whether it is closed.
///
/// Each event is checked by ``applying(_:)`` against the body's rules before the journal takes
/// it; replaying a journal applies its events again, one at a time.
///
/// ```swift
/// var state = try SessionState(draft: record, rules: rules)
/// try state.apply(.attend(date: day, present: ["m1", "m2", "h1"]))
/// ```
public struct SessionState: Sendable {
  /// The draft the journal was opened on.
  public let draft: Record
  /// The rules of the body that sits.
  public let rules: BodyRules
  /// The methodology the rules come from, as the journal pins it; `nil` for a state not
  /// replayed from a journal.
  public internal(set) var methodology: Methodology?
  /// The sitting's date, once attendance is recorded.
  public internal(set) var date: Day?
  /// Who is present now: the latest attendance list.
  public internal(set) var present: [PersonID] = []
  /// Everyone recorded present at any point, in order of first arrival: the record's
  /// `sitting.present`.
  public internal(set) var attended: [PersonID] = []
  /// The motions in order of proposal.
  public internal(set) var motions: [SessionMotion] = []
  /// Where each motion is in ``motions``, so that a vote finds its motion in constant time.
  var motionIndices: [MotionID: Int] = [:]
  /// The index of the motion whose vote is open on each case (at most one a case).
  var openMotions: [CaseID: Int] = [:]
  /// Each case's voting roll and quorum under the attendance now, built at the case's first
  /// proposal and forgotten when attendance changes, so that a proposal does not rebuild them.
  var caseRolls: [CaseID: (roll: VotingRoll, quorum: Quorum)] = [:]
  /// The cases decided so far, each by its first adopted motion.
  public internal(set) var decisions: [CaseID: Deliberation.Decision] = [:]
  /// `close` was recorded: nothing may follow.
  public internal(set) var isClosed = false
  /// The conclusion `close` recorded, «Комиссия қорытындысы» on the protocol.
  public internal(set) var conclusion: String?
  /// The events applied, the `open` line included.
  public internal(set) var events = 1
  /// The draft's people and cases by id, so that an event finds them in constant time.
  let personIDs: Set<PersonID>
  let casesByID: [CaseID: Case]

  /// The state of a journal just opened on `draft`.
  ///
  /// - Throws: ``SessionDraftProblem`` when the draft has no composition or already records a
  ///   sitting.
  ///
  /// - Parameters:
  ///   - draft: a record with a composition and cases, without sitting, motions or outcomes.
  ///   - rules: the body's rules (``GoverningRules``).
  public init(draft: Record, rules: BodyRules) throws(SessionDraftProblem) {
    if let problem = SessionDraftProblem.first(in: draft) { throw problem }
    self.draft = draft
    self.rules = rules
    personIDs = Set(draft.people.map(\.id))
    var cases: [CaseID: Case] = [:]
    for reviewed in draft.cases where cases[reviewed.id] == nil { cases[reviewed.id] = reviewed }
    casesByID = cases
  }

  /// The draft's case with this id.
  ///
  /// - Parameter id: a case id.
  /// - Returns: the case, or `nil` when the draft has none with that id.
  /// - Complexity: O(1).
  @inline(__always)
  public func reviewedCase(_ id: CaseID) -> Case? { casesByID[id] }

  /// The composition; a draft without one is refused by the initializer.
  public var composition: Composition {
    draft.composition ?? Composition(chair: nil, members: [], secretary: nil)
  }

  /// The motion with this id.
  ///
  /// - Parameter id: a motion id.
  /// - Returns: the motion, or `nil` when none was proposed with that id.
  /// - Complexity: O(1).
  public func motion(_ id: MotionID) -> SessionMotion? { motionIndices[id].map { motions[$0] } }

  /// The motion on `caseID` whose vote is open, if any.
  ///
  /// - Parameter caseID: a case id.
  /// - Returns: the open motion, or `nil`.
  @inline(__always)
  public func openMotion(on caseID: CaseID) -> SessionMotion? {
    openMotions[caseID].map { motions[$0] }
  }

  /// The id the next proposal gets: `mo1`, `mo2`, … in order of proposal.
  public var nextMotionID: MotionID {
    var number = motions.count + 1
    while motion("mo\(number)") != nil { number += 1 }
    return "mo\(number)"
  }

  /// The quorum now for a case: members present, less those recused where the rules say so.
  ///
  /// - Parameter caseID: the case at hand, whose recused members may not count; `nil` for none.
  /// - Returns: the quorum on the members present now.
  @inline(__always)
  public func quorum(for caseID: CaseID? = nil) -> Quorum {
    let recused = caseID.flatMap { reviewedCase($0) }?.recused ?? []
    return Quorum(composition: composition, present: present, rules: rules, recused: recused)
  }

  /// Who may vote on a case now.
  ///
  /// - Parameter reviewed: a case of the draft.
  /// - Returns: the roll on the members present now.
  @inline(__always)
  public func roll(for reviewed: Case) -> VotingRoll {
    VotingRoll(composition: composition, present: present, case: reviewed)
  }

  /// The present, eligible members who have not yet voted on an open motion, in the order
  /// of the composition.
  ///
  /// - Parameter motion: a motion of this state.
  /// - Returns: the members still to vote; none for a closed motion.
  public func awaiting(_ motion: SessionMotion) -> [PersonID] {
    guard motion.isOpen, let reviewed = reviewedCase(motion.caseID) else { return [] }
    let eligible = VotingRoll(composition: composition, present: motion.roll, case: reviewed)
      .eligible.subtracting(motion.voters)
    return composition.members.filter { eligible.contains($0) }
  }

  /// The cases without a decision, in the draft's order.
  public var undecidedCases: [Case] { draft.cases.filter { decisions[$0.id] == nil } }

  /// A person's name and id, "Бекова Әсел Ғалымқызы (s1)", for messages; the name in
  /// `language` (its own, else the Kazakh, else the first given).
  ///
  /// - Parameters:
  ///   - id: a person id.
  ///   - language: the language of the name.
  /// - Returns: the name with the id, or the quoted id of someone the draft does not define.
  public func name(_ id: PersonID, in language: Language = .kk) -> String {
    draft.describe(id, in: language)
  }
}

extension SessionState {
  /// Replays a journal's lines after line 1 onto the state of its `open` line.
  ///
  /// - Throws: ``SessionReplayError`` with the number of the first line whose event the rules
  ///   refuse: a journal the tool did not write.
  /// - Complexity: O(n) in the number of events, each checked against the current state.
  ///
  /// - Parameter lines: the journal's lines; an `open` among them is skipped.
  /// - Returns: the state after the last line.
  @inlinable
  public func replaying(_ lines: some Sequence<JournalLine>) throws(SessionReplayError)
    -> SessionState
  {
    var state = self
    for line in lines {
      if case .open = line.event { continue }
      do {
        try state.apply(line.event)
      } catch {
        throw SessionReplayError(line: line.seq, refusal: error, state: state)
      }
    }
    return state
  }
}

/// A journal event the rules refuse, found while replaying.
public struct SessionReplayError: Error, Sendable {
  /// The number of the refused line in the journal.
  public var line: Int
  /// The rule that refuses its event.
  public var refusal: SessionRefusal
  /// The state the refused event was applied to, for the refusal's message.
  public var state: SessionState

  @usableFromInline
  init(line: Int, refusal: SessionRefusal, state: SessionState) {
    (self.line, self.refusal, self.state) = (line, refusal, state)
  }
}
