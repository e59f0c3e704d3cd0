extension ProtocolDocument {
  /// Builds the protocol of a record, its votes recounted under the body's rules.
  ///
  /// - Parameters:
  ///   - record: The sitting; a draft gives a protocol without attendance or votes.
  ///   - rules: The methodology's rules for the record's kind of body: the quorum, the majority
  ///     base and the tie rule by which every motion is recounted (``Deliberation``).
  ///   - journal: The anchor of the journal the record was read from; `nil` falls back to the
  ///     record's own `journal` field.
  ///   - categoryNames: The methodology's words for the categories of an annual evaluation by
  ///     targets (``Methodology/targetCategories``), for cases graded by category.
  /// - Complexity: O(m·p + c) in the motions, the members and the cases, as the audit's recount.
  public init(
    record: Record, rules: BodyRules, journal: JournalAnchor? = nil,
    categoryNames: TargetCategoryNames? = nil
  ) {
    let names = NameBook(record)
    let composition = record.composition
    let present = record.sitting.map { Set($0.present) }

    self.init(
      kind: record.kind, methodology: record.methodology,
      approval: rules.form.value.approval
        ? Approval(
          personID: record.authorizedOfficial, name: names[record.authorizedOfficial],
          surnameAndInitials: names[record.authorizedOfficial].map(Self.surnameAndInitials),
          position: names.position(record.authorizedOfficial),
          approvedOn: record.signing?.approvedOn) : nil,
      body: record.body, period: record.period, sittingDate: record.sitting?.date,
      conclusion: record.conclusion, journal: journal ?? record.journal)

    self.composition = Self.roles(of: composition).map { id, role in
      // `sitting.present` lists the members who came; a secretary left out of it is not
      // thereby absent, since records need not list the secretary at all.
      let attended = present.map { $0.contains(id) }
      return Participant(
        personID: id, role: role, name: names[id], position: names.position(id),
        present: role == .secretary && attended == false ? nil : attended)
    }
    if let present, let composition {
      attendance = Quorum(composition: composition, present: present, rules: rules)
    }

    let deliberation = Deliberation(record: record, rules: rules)
    motions = (record.motions ?? []).enumerated().map { index, motion in
      Self.entry(
        motion, number: index + 1, count: deliberation.count(of: motion.id), record: record,
        names: names, base: rules.majorityBase.value)
    }
    var recommendations: [CaseID: DisplayText] = [:]
    for outcome in record.outcomes ?? [] where recommendations[outcome.caseID] == nil {
      recommendations[outcome.caseID] = outcome.recommendation
    }
    results = record.cases.enumerated().map { index, item in
      // 000 ¶71: the corrected column is filled only where the deciding motion changed the result.
      let final = deliberation.decisions[item.id]?.finalResult
      let grade = { (result: EvaluationResult) in
        Grade(result: result, name: Self.name(of: result, kind: record.kind, categoryNames))
      }
      return ResultRow(
        number: index + 1, caseID: item.id, employeeID: item.employee,
        employee: names[item.employee], position: names.position(item.employee),
        result: grade(item.evaluation),
        corrected: final.flatMap { $0 == item.evaluation ? nil : grade($0) },
        recommendation: recommendations[item.id])
    }

    signatures = Self.signatories(
      of: composition, present: present, order: rules.form.value.signatureOrder
    ).map { id, role in
      let signed = record.signing.map { $0.signedBy.contains(id) } ?? false
      return Signature(
        personID: id, role: role, name: names[id],
        signedOn: signed ? record.signing?.signedOn : nil)
    }
  }

  /// One motion with its votes by name and its recount.
  private static func entry(
    _ motion: Motion, number: Int, count: Deliberation.Count?, record: Record, names: NameBook,
    base: MajorityBase
  ) -> MotionEntry {
    let reviewed = names.cases[motion.caseID]
    // `refused` keeps each vote that must not count, in the order cast.
    var refused = count?.refused.map(\.vote) ?? []
    let votes = motion.votes.map { vote in
      let index = refused.firstIndex(of: vote)
      if let index { refused.remove(at: index) }
      return names.vote(vote, counted: index == nil)
    }
    // 000 ¶66: the chair's vote is named where it decided a tie.
    var casting: NamedVote?
    if let count, count.tally.decidedByChair, let chair = record.composition?.chair,
      let vote = votes.first(where: { $0.personID == chair && $0.counted })
    {
      casting = vote
    }
    let roll = Set(count?.roll ?? Deliberation.roll(of: motion, in: record))
    let present = (record.composition?.members ?? []).filter { roll.contains($0) }
    let recused = present.filter { reviewed?.recused.contains($0) == true }
    return MotionEntry(
      number: number, motionID: motion.id, caseID: motion.caseID,
      employee: reviewed.map { names[$0.employee] } ?? DisplayText(motion.caseID),
      proposer: motion.proposedBy.map { names[$0] }, kind: motion.kind,
      evaluatorResult: reviewed?.evaluation, votes: votes, tally: count?.tally,
      result: count?.tally.result ?? motion.result, castingVote: casting,
      recused: recused.map { names[$0] }, present: present.map { names[$0] }, base: base,
      quorum: count?.quorum)
  }

  /// The words for a result: a category's in the methodology, a calibration session's score's
  /// band; a commission's score has none (its texts grade by category).
  private static func name(
    of result: EvaluationResult, kind: BodyKind, _ categoryNames: TargetCategoryNames?
  ) -> Phrase? {
    switch result {
    case .category(let category, _):
      return categoryNames?[category]
    case .score(let input):
      guard kind == .calibration, let score = input.score else { return nil }
      return ScoreBand(score).name
    }
  }

  /// The chair, the other members and the secretary, each once.
  private static func roles(of composition: Composition?) -> [(PersonID, Role)] {
    guard let composition else { return [] }
    var roles: [(PersonID, Role)] = []
    if let chair = composition.chair { roles.append((chair, .chair)) }
    for member in composition.members where member != composition.chair {
      roles.append((member, .member))
    }
    if let secretary = composition.secretary { roles.append((secretary, .secretary)) }
    return roles
  }

  /// Who signs, in the order of the body's form: the secretary, the chair, then the members
  /// who attended (000 and 001 Appendix 11), or the chair, the members, then the secretary (004
  /// Appendix 5); all members for a draft. An absent member cannot sign for the sitting.
  private static func signatories(
    of composition: Composition?, present: Set<PersonID>?, order: SignatureOrder
  ) -> [(PersonID, Role)] {
    let roles = roles(of: composition)
    let secretary = roles.filter { $0.1 == .secretary }
    let others = roles.filter { $0.1 != .secretary && present?.contains($0.0) != false }
    return order == .secretaryFirst ? secretary + others : others + secretary
  }

  /// "Омаров Ерлан Сәкенұлы" becomes "Омаров Е.С."; a single word stays as it is.
  static func surnameAndInitials(_ name: String) -> String {
    let words = name.split(whereSeparator: \.isWhitespace)
    guard let surname = words.first, words.count > 1 else { return name }
    let initials = words.dropFirst().compactMap(\.first).map { "\($0.uppercased())." }
    return "\(surname) \(initials.joined())"
  }
}

/// The names the record gives people; an id it does not define stands for itself, so that a
/// protocol of a flawed record still shows who is meant.
private struct NameBook {
  private var names: [PersonID: DisplayText] = [:]
  private var positions: [PersonID: DisplayText] = [:]
  /// The record's cases by id, so that each motion finds its case in constant time.
  private(set) var cases: [CaseID: Case] = [:]

  init(_ record: Record) {
    for person in record.people where names[person.id] == nil {
      names[person.id] = person.name
      positions[person.id] = person.position
    }
    for reviewed in record.cases where cases[reviewed.id] == nil { cases[reviewed.id] = reviewed }
  }

  subscript(id: PersonID) -> DisplayText { names[id] ?? DisplayText(id) }

  func position(_ id: PersonID) -> DisplayText? { positions[id] }

  func vote(_ vote: Vote, counted: Bool) -> ProtocolDocument.NamedVote {
    ProtocolDocument.NamedVote(
      personID: vote.member, name: self[vote.member], choice: vote.choice, counted: counted)
  }
}
