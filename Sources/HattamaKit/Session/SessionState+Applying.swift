extension SessionState {
  /// The state after `event`, or the refusal of a rule that forbids it (SPEC, "Recording a
  /// sitting").
  ///
  /// Refused: anything after `close`; a vote by a non-member, the secretary, an absent or
  /// recused member, or a second vote; a proposal without a binding quorum, by anyone but a
  /// present member eligible on the case, on a decided case or while another motion on it is
  /// open; a score outside 0–5 or with more than two decimals; a vote on a closed motion; a
  /// change of attendance or `close` while a motion is open. Ids the draft does not define are
  /// refused too (``SessionRefusal/isBadInput``).
  ///
  /// - Throws: ``SessionRefusal``; the state is unchanged.
  ///
  /// - Parameter event: the event to record: attendance, a proposal, a vote, a tally or the close.
  /// - Returns: the state with the event applied.
  /// - Complexity: that of ``apply(_:)``, plus one copy of the state.
  public func applying(_ event: JournalEvent) throws(SessionRefusal) -> SessionState {
    var next = self
    try next.apply(event)
    return next
  }

  /// Applies `event` in place: every check comes before any change, so a refused event leaves
  /// the state as it was.
  ///
  /// A replay applies thousands of events to one state; mutating it in place (rather than
  /// through ``applying(_:)``'s copy) keeps each event from copying every motion. The checks
  /// below are inlined: called from a mutating method, a non-mutating one was handed a copy
  /// of the whole 3 KB state, twice or more an event (issue 13's profile).
  /// - Throws: ``SessionRefusal``; the state is unchanged.
  /// - Complexity: O(p + v) in the people of the sitting and the votes on the motion at hand.
  ///
  /// - Parameter event: the event to record.
  public mutating func apply(_ event: JournalEvent) throws(SessionRefusal) {
    switch event {
    case .open:
      throw .misplacedOpen
    case .repair:
      break
    case .attend(let date, let present):
      try attend(date: date, present: present)
    case .propose(let motion, let caseID, let kind, let by):
      try propose(motion: motion, caseID: caseID, kind: kind, by: by)
    case .vote(let motion, let member, let choice):
      try vote(motion: motion, member: member, choice: choice)
    case .tally(let motion):
      try tally(motion: motion)
    case .close(let conclusion):
      try checkOpen("close")
      if let open = openMotions.values.min() { throw .closeWithOpenMotion(motions[open].id) }
      isClosed = true
      self.conclusion = conclusion
    }
    events += 1
  }

  @inline(__always)
  private func checkOpen(_ event: String) throws(SessionRefusal) {
    if isClosed { throw .sittingClosed(event: event) }
  }

  @inline(__always)
  private func person(_ id: PersonID) throws(SessionRefusal) {
    guard personIDs.contains(id) else {
      throw .unknownPerson(id, known: draft.people.map(\.id))
    }
  }

  @inline(__always)
  private func knownCase(_ id: CaseID) throws(SessionRefusal) -> Case {
    guard let reviewed = reviewedCase(id) else {
      throw .unknownCase(id, known: draft.cases.map(\.id))
    }
    return reviewed
  }

  @inline(__always)
  private func motionIndex(_ id: MotionID) throws(SessionRefusal) -> Int {
    guard let index = motionIndices[id] else {
      throw .unknownMotion(id, known: motions.map(\.id))
    }
    return index
  }

  /// Votes and proposals need the quorum of the case at hand where the methodology's text
  /// requires one (000 ¶63); a quorum taken by analogy is a warning the status shows, not a bar.
  @inline(__always)
  private func requireQuorum(_ quorum: Quorum, for caseID: CaseID) throws(SessionRefusal) {
    guard date != nil else { throw .notAttended }
    if !quorum.isMet, rules.quorum.binds { throw .noQuorum(quorum, caseID: caseID) }
  }

  /// A late arrival or a departure records a new list, which later motions are counted on; it
  /// is refused while a motion is being voted on, whose roll is the list it was put to the
  /// vote on.
  private mutating func attend(date: Day, present list: [PersonID]) throws(SessionRefusal) {
    try checkOpen("attend")
    if let open = openMotions.values.min() { throw .attendanceWithOpenMotion(motions[open].id) }
    if let recorded = self.date, recorded != date {
      throw .dateChanged(recorded: recorded, given: date)
    }
    var unique: [PersonID] = []
    for id in list where !unique.contains(id) {
      try person(id)
      unique.append(id)
    }
    self.date = date
    present = unique
    caseRolls = [:]
    attended += unique.filter { !attended.contains($0) }
  }

  private mutating func propose(
    motion id: MotionID, caseID: CaseID, kind: MotionKind, by proposer: PersonID?
  ) throws(SessionRefusal) {
    try checkOpen("propose")
    let reviewed = try knownCase(caseID)
    if let proposer { try person(proposer) }
    if motionIndices[id] != nil { throw .motionIDTaken(id) }
    // Who may vote on the case now: the proposer is checked against it, and the motion keeps it.
    let cached = caseRolls[caseID]
    let (votingRoll, quorum) = cached ?? (roll(for: reviewed), quorum(for: caseID))
    try requireEligibleProposer(proposer, on: votingRoll, caseID: caseID)
    if case .correct(let result) = kind, result.scale != reviewed.evaluation.scale {
      throw .wrongScale(caseID, caseScale: reviewed.evaluation.scale)
    }
    if case .correct(.score(.invalid(_, let problem))) = kind { throw .badScore(problem) }
    if let breach = capBreach(of: kind, on: reviewed), breach.severity == .violation,
      case .correct(.score(.valid(let score))) = kind
    {
      throw .capExceeded(caseID, score: score, sanction: reviewed.sanction, breach)
    }
    if let decision = decisions[caseID] { throw .caseDecided(caseID, by: decision.motion) }
    if let open = openMotion(on: caseID) { throw .motionOpen(caseID, motion: open.id) }
    try requireQuorum(quorum, for: caseID)
    if cached == nil { caseRolls[caseID] = (votingRoll, quorum) }
    motionIndices[id] = motions.count
    openMotions[caseID] = motions.count
    motions.append(
      SessionMotion(
        motion: Motion(id: id, caseID: caseID, kind: kind, proposedBy: proposer, present: present),
        votingRoll: votingRoll, quorum: quorum))
  }

  /// Only a present member eligible on the case proposes (002 ¶23: the members support the
  /// score or argue a correction): not the secretary, the employee, an evaluator, an absent
  /// member or someone outside the composition.
  @inline(__always)
  private func requireEligibleProposer(
    _ proposer: PersonID?, on roll: VotingRoll, caseID: CaseID
  ) throws(SessionRefusal) {
    guard let proposer, date != nil else { return }
    if let problem = roll.problem(with: proposer, voted: []) {
      throw .proposer(problem, person: proposer, caseID: caseID)
    }
  }

  private mutating func vote(
    motion id: MotionID, member: PersonID, choice: VoteChoice
  ) throws(SessionRefusal) {
    try checkOpen("vote")
    let index = try motionIndex(id)
    try person(member)
    // The quorum was checked when the motion was put to the vote, on the roll it keeps.
    guard motions[index].isOpen else {
      throw .motionClosed(id, motions[index].count?.tally.result)
    }
    if let problem = motions[index].cast(Vote(member: member, choice: choice)) {
      throw .vote(problem, member: member, motion: id, caseID: motions[index].caseID)
    }
    // Every present, eligible member has voted: the vote closes by itself.
    if motions[index].allVoted { closeVote(index, early: false) }
  }

  private mutating func tally(motion id: MotionID) throws(SessionRefusal) {
    try checkOpen("tally")
    let index = try motionIndex(id)
    guard motions[index].isOpen else {
      throw .motionClosed(id, motions[index].count?.tally.result)
    }
    closeVote(index, early: true)
  }

  /// Counts a motion's votes through ``Deliberation`` and records its result and any decision.
  ///
  /// The motion counts itself in place on the roll it keeps, and nothing here is asked of the
  /// whole state, so closing a vote copies neither the motion nor the state.
  private mutating func closeVote(_ index: Int, early: Bool) {
    let count = motions[index].close(early: early, rules: rules)
    let caseID = motions[index].caseID
    openMotions[caseID] = nil
    if let count, let reviewed = casesByID[caseID] {
      Deliberation.settle(count, case: reviewed, in: &decisions)
    }
  }
}

extension SessionState {
  /// How a correction stands against the disciplinary cap of its case (002 Appendices 1–2):
  /// the live recorder refuses a violation and shows a warning (``DisciplinaryCaps/breach(by:sanction:)``).
  @inline(__always)
  package func capBreach(of kind: MotionKind, on reviewed: Case) -> CapBreach? {
    guard case .correct(.score(.valid(let score))) = kind else { return nil }
    return methodology?.caps?.breach(by: score, sanction: reviewed.sanction)
  }
}
