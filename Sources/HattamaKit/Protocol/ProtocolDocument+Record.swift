extension ProtocolDocument {
  /// Builds the protocol of a record.
  ///
  /// - Parameters:
  ///   - record: The sitting; a draft gives a protocol with empty attendance and votes.
  ///   - rules: The methodology's rules for the record's kind of body, for the quorum and the
  ///     tie rule; `nil` when the methodology is unknown (the quorum is then left unstated and a
  ///     tie is taken as SPEC's default, decided by the chair).
  ///   - journal: The anchor of the journal the record was read from; `nil` falls back to the
  ///     record's own `journal` field.
  public init(record: Record, rules: BodyRules?, journal: JournalAnchor? = nil) {
    let names = NameBook(record)
    let composition = record.composition
    let present = record.sitting.map { Set($0.present) }
    let members = composition?.members ?? []

    self.init(
      kind: record.kind, methodology: record.methodology,
      approval: Approval(
        personID: record.authorizedOfficial, name: names[record.authorizedOfficial],
        surnameAndInitials: Self.surnameAndInitials(names[record.authorizedOfficial]),
        position: record.person(record.authorizedOfficial)?.position,
        approvedOn: record.signing?.approvedOn),
      body: record.body, period: record.period, sittingDate: record.sitting?.date,
      conclusion: record.conclusion, journal: journal ?? record.journal)

    self.composition = Self.roles(of: composition).map { id, role in
      // `sitting.present` lists the members who came; a secretary left out of it is not
      // thereby absent, since records need not list the secretary at all.
      let attended = present.map { $0.contains(id) }
      return Participant(
        personID: id, role: role, name: names[id], position: record.person(id)?.position,
        present: role == .secretary && attended == false ? nil : attended)
    }
    if let present {
      // 000 ¶63, 001 ¶57, 004 ¶30: the quorum is a share of the whole composition.
      attendance = Attendance(
        present: Set(members).intersection(present).count, members: members.count,
        quorum: rules?.quorum.value.ceiling(of: members.count))
    }

    let tieBreak = rules?.tieBreak.value ?? .chairDecides
    let votes = (record.motions ?? []).map {
      RecordedVote($0, chair: composition?.chair, tieBreak: tieBreak)
    }
    motions = zip(record.motions ?? [], votes).enumerated().map { index, pair in
      let (motion, vote) = pair
      let employee = record.case(motion.caseID).map { names[$0.employee] } ?? motion.caseID
      return MotionEntry(
        number: index + 1, motionID: motion.id, caseID: motion.caseID, employee: employee,
        proposer: motion.proposedBy.map { names[$0] }, kind: motion.kind,
        evaluatorScore: record.case(motion.caseID)?.score,
        votes: motion.votes.map { names.vote($0) }, tally: vote.count, result: vote.result,
        castingVote: vote.castingVote.map { names.vote($0) })
    }

    let adopted = zip(record.motions ?? [], votes).filter { $0.1.result == .adopted }.map(\.0)
    results = record.cases.enumerated().map { index, item in
      // SPEC: a case is decided by its first adopted motion; 000 ¶71 fills the "corrected"
      // column only where that motion changed the score.
      var corrected: ScoreInput?
      if case .correct(let score)? = adopted.first(where: { $0.caseID == item.id })?.kind,
        score != item.score
      {
        corrected = score
      }
      return ResultRow(
        number: index + 1, caseID: item.id, employeeID: item.employee,
        employee: names[item.employee], position: record.person(item.employee)?.position,
        score: item.score, corrected: corrected,
        recommendation: record.outcomes?.first { $0.caseID == item.id }?.recommendation)
    }

    signatures = Self.signatories(of: composition, present: present).map { id, role in
      let signed = record.signing.map { $0.signedBy.contains(id) } ?? false
      return Signature(
        personID: id, role: role, name: names[id],
        signedOn: signed ? record.signing?.signedOn : nil)
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

  /// Who signs, in the order of 000 Appendix 11: the secretary, the chair, then the members who
  /// attended (all of them for a draft); an absent member cannot sign for the sitting.
  private static func signatories(
    of composition: Composition?, present: Set<PersonID>?
  ) -> [(PersonID, Role)] {
    let roles = roles(of: composition)
    let secretary = roles.filter { $0.1 == .secretary }
    let others = roles.filter { $0.1 != .secretary && present?.contains($0.0) != false }
    return secretary + others
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
  private var names: [PersonID: String] = [:]

  init(_ record: Record) {
    for person in record.people where names[person.id] == nil { names[person.id] = person.name }
  }

  subscript(id: PersonID) -> String { names[id] ?? id }

  func vote(_ vote: Vote) -> ProtocolDocument.NamedVote {
    ProtocolDocument.NamedVote(personID: vote.member, name: self[vote.member], choice: vote.choice)
  }
}
