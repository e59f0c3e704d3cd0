/// Fills a composition from a pool of candidates so that it keeps every composition rule.
///
/// It leaves out the employees and evaluators of every case (002 ¶20 excludes them from a
/// calibration session; in a commission they would be recused from their cases anyway), names
/// an HR secretary who does not vote, an HR member where one is required, and a chair.
public struct RosterComposer: Sendable {
  /// The draft: its people, cases and `candidates`.
  public var record: Record
  /// The body's rules the roster must keep.
  public var rules: BodyRules
  /// `people` by id, so that a pool of thousands is sorted in linear time.
  private let people: [PersonID: Person]

  /// A composer for `record`'s cases under `rules`.
  public init(record: Record, rules: BodyRules) {
    self.record = record
    self.rules = rules
    people = Dictionary(record.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// A candidate left out, and why.
  public struct Exclusion: Sendable, Equatable {
    /// The person left out.
    public var candidate: PersonID
    /// Why: the rule that excludes them from these cases, with its clause.
    public var reason: Phrase
  }

  /// A composition that keeps every rule, and who was left out of the pool.
  public struct Roster: Sendable, Equatable {
    /// Chair, members and secretary, to set as the draft's `composition`.
    public var composition: Composition
    /// The candidates who may not sit on these cases, with the reason.
    public var excluded: [Exclusion]
  }

  /// Why no roster could be composed.
  public enum Failure: Error, Sendable, Equatable {
    /// The requested size breaks a rule: even, or below the minimum.
    case invalidSize(requested: Int, reason: Phrase)
    /// Too few eligible candidates for the members and the secretary.
    case notEnoughCandidates(needed: Phrase, excluded: [Exclusion])
    /// The chair or the secretary HR asked for cannot take that place.
    case notEligible(PersonID, role: Role, reason: Phrase)

    /// The place HR asked someone to take.
    public enum Role: String, Sendable, Equatable {
      /// The chair, who presides and whose vote decides a commission's tie.
      case chair
      /// The secretary, who records the sitting and does not vote.
      case secretary
    }

    /// Why no roster could be composed, in each language, with the rule's clause.
    public var message: Phrase {
      switch self {
      case .invalidSize(let requested, let reason):
        Phrase(
          kk: "\(requested) мүшеден тұратын құрамға жол берілмейді: \(reason.kk).",
          ru: "Состав из \(requested) членов недопустим: \(reason.ru).",
          en: "A composition of \(requested) members is not allowed: \(reason.en).")
      case .notEnoughCandidates(let needed, let excluded):
        Phrase(
          kk: "Ережелерге сай құрам жоқ: ", ru: "Допустимого состава нет: ",
          en: "No valid roster exists: ") + needed + Phrase(verbatim: ".")
          + (excluded.isEmpty
            ? Phrase(verbatim: "")
            : Phrase(kk: " Шығарылғандар: ", ru: " Не включены: ", en: " Left out: ")
              + excluded.map {
                Phrase(verbatim: "\($0.candidate) (") + $0.reason + Phrase(verbatim: ")")
              }
              .joined(separator: "; ") + Phrase(verbatim: "."))
      case .notEligible(let person, let role, let reason):
        Phrase(
          kk: "'\(person)' \(role == .chair ? "төраға" : "хатшы") бола алмайды: \(reason.kk).",
          ru: "'\(person)' не может быть \(role == .chair ? "председателем" : "секретарём"): "
            + "\(reason.ru).",
          en: "'\(person)' cannot be the \(role.rawValue): \(reason.en).")
      }
    }
  }

  /// The roster of `size` members (by default the smallest the rules allow).
  ///
  /// - Parameters:
  ///   - requested: the number of voting members, odd and at least the minimum; `nil` for the
  ///     smallest the rules allow.
  ///   - chosenChair: the chair HR chose, who then sits as a member; else the first member who
  ///     is not an HR employee.
  ///   - chosenSecretary: the secretary HR chose (an HR employee where the rules require one), who
  ///     does not vote; else the last HR candidate.
  /// - Throws: ``Failure`` when no roster keeps every rule, or a chosen person cannot take the
  ///   place.
  ///
  /// - Returns: the roster and the candidates left out.
  public func compose(
    size requested: Int? = nil, chair chosenChair: PersonID? = nil,
    secretary chosenSecretary: PersonID? = nil
  ) throws(Failure) -> Roster {
    let size = try validSize(requested)
    let (eligible, excluded) = candidates()
    try checkChosen(chosenChair, role: .chair, eligible: eligible, excluded: excluded)
    try checkChosen(chosenSecretary, role: .secretary, eligible: eligible, excluded: excluded)
    // Both refusals of a chosen secretary cite the clause that makes the secretary HR's.
    let clause = rules.requiresHRSecretary.clause
    if let chosenChair, chosenChair == chosenSecretary {
      throw .notEligible(
        chosenChair, role: .secretary,
        reason: Phrase(
          kk: "төраға дауыс береді, ал хатшы дауыс бермейді (\(clause.phrase.kk))",
          ru: "председатель голосует, а секретарь нет (\(clause.phrase.ru))",
          en: "the chair votes; the secretary does not (\(clause.phrase.en))"))
    }
    if let chosenSecretary, rules.requiresHRSecretary.value, rules.requiresHRSecretary.binds,
      people[chosenSecretary]?.hr != true
    {
      throw .notEligible(
        chosenSecretary, role: .secretary,
        reason: Phrase(
          kk: "хатшы — персоналды басқару қызметінің (HR) қызметкері (\(clause.phrase.kk))",
          ru: "секретарь — работник службы управления персоналом (HR) (\(clause.phrase.ru))",
          en: "the secretary is an HR employee (\(clause.phrase.en))"))
    }
    let hr = eligible.filter { people[$0]?.hr == true }
    let needsHRMember = rules.requiresHRMember.value
    let needsHRSecretary = rules.requiresHRSecretary.value
    let hrNeeded = (needsHRMember ? 1 : 0) + (needsHRSecretary ? 1 : 0)
    guard hr.count >= hrNeeded else {
      throw .notEnoughCandidates(
        needed: Self.hrShortage(needed: hrNeeded, member: needsHRMember, available: hr.count),
        excluded: excluded)
    }
    // The secretary is the last HR candidate, so that HR members come first in the pool's order.
    let others = { (id: PersonID) in id != chosenChair }
    let secretary =
      chosenSecretary
      ?? (needsHRSecretary
        ? hr.last(where: others) : (hr.last(where: others) ?? eligible.last(where: others)))
    var pool = eligible.filter { $0 != secretary }
    var members: [PersonID] = []
    if let chosenChair {
      members.append(chosenChair)
      pool.removeAll { $0 == chosenChair }
    }
    if needsHRMember, !members.contains(where: { people[$0]?.hr == true }),
      let first = hr.first(where: { $0 != secretary && !members.contains($0) })
    {
      members.append(first)
      pool.removeAll { $0 == first }
    }
    members += pool.prefix(size - members.count)
    guard members.count == size, secretary != nil || !needsHRSecretary else {
      throw .notEnoughCandidates(
        needed: Phrase(
          kk: "\(size) мүше және хатшы қажет, бірақ тізімде \(eligible.count) лайықты үміткер бар",
          ru: "нужны \(size) членов и секретарь, но подходящих кандидатов в списке: "
            + "\(eligible.count)",
          en: "\(size) members and a secretary are needed but \(eligible.count) eligible "
            + "candidates are in the pool"),
        excluded: excluded)
    }
    let chair = chosenChair ?? members.first { people[$0]?.hr != true } ?? members.first
    let ordered = candidateOrder(members)
    return Roster(
      composition: Composition(chair: chair, members: ordered, secretary: secretary),
      excluded: excluded)
  }

  /// A chosen chair or secretary must be an eligible candidate.
  private func checkChosen(
    _ person: PersonID?, role: Failure.Role, eligible: [PersonID], excluded: [Exclusion]
  ) throws(Failure) {
    guard let person, !eligible.contains(person) else { return }
    let reason =
      excluded.first { $0.candidate == person }?.reason
      ?? Phrase(
        kk: "үміткерлер тізімінде жоқ", ru: "нет среди кандидатов", en: "not among the candidates")
    throw .notEligible(person, role: role, reason: reason)
  }

  private func validSize(_ requested: Int?) throws(Failure) -> Int {
    let minimum = rules.minimumSize.value
    guard let requested else {
      return rules.oddSize.value && minimum % 2 == 0 ? minimum + 1 : max(minimum, 1)
    }
    if requested < minimum {
      let clause = rules.minimumSize.clause
      throw .invalidSize(
        requested: requested,
        reason: Phrase(
          kk: "кемінде \(minimum) мүше қажет (\(clause.phrase.kk))",
          ru: "требуется не менее \(minimum) (\(clause.phrase.ru))",
          en: "at least \(minimum) are required (\(clause.phrase.en))"))
    }
    if rules.oddSize.value, requested % 2 == 0 {
      let clause = rules.oddSize.clause
      throw .invalidSize(
        requested: requested,
        reason: Phrase(
          kk: "мүшелер саны тақ болуы тиіс (\(clause.phrase.kk))",
          ru: "число членов должно быть нечётным (\(clause.phrase.ru))",
          en: "the number must be odd (\(clause.phrase.en))"))
    }
    return requested
  }

  /// The candidates who may sit, in the pool's order, and those left out with the reason: the
  /// one place that says who may sit on this record's cases (the planner asks it too).
  ///
  /// - Complexity: O(c + e) in the candidates and the cases' employees and evaluators.
  ///
  /// - Returns: the eligible candidates and the excluded ones with their reasons.
  public func candidates() -> (eligible: [PersonID], excluded: [Exclusion]) {
    var eligible: [PersonID] = []
    var excluded: [Exclusion] = []
    var seen: Set<PersonID> = []
    // Each candidate's first case as employee or as evaluator, looked up once per candidate.
    var employeeOf: [PersonID: CaseID] = [:]
    var evaluatorOf: [PersonID: CaseID] = [:]
    for reviewed in record.cases.reversed() {
      employeeOf[reviewed.employee] = reviewed.id
      for evaluator in reviewed.evaluators { evaluatorOf[evaluator] = reviewed.id }
    }
    for candidate in record.candidates ?? [] where seen.insert(candidate).inserted {
      if let reason = exclusionReason(candidate, employeeOf: employeeOf, evaluatorOf: evaluatorOf) {
        excluded.append(Exclusion(candidate: candidate, reason: reason))
      } else {
        eligible.append(candidate)
      }
    }
    return (eligible, excluded)
  }

  private func exclusionReason(
    _ candidate: PersonID, employeeOf: [PersonID: CaseID], evaluatorOf: [PersonID: CaseID]
  ) -> Phrase? {
    if people[candidate] == nil {
      return Phrase(
        kk: "people ішінде анықталмаған", ru: "не определён в people", en: "not defined in people")
    }
    if let reviewed = employeeOf[candidate] {
      let clause = rules.excludesDisputant.clause
      return Phrase(
        kk: "\(reviewed) ісі бойынша бағаланатын қызметші, \(clause.phrase.kk)",
        ru: "оцениваемый служащий по делу \(reviewed), \(clause.phrase.ru)",
        en: "the employee of case \(reviewed), \(clause.phrase.en)")
    }
    if let reviewed = evaluatorOf[candidate] {
      let clause = rules.excludesEvaluators.clause
      return Phrase(
        kk: "\(reviewed) ісі бойынша бағалаушы адам, \(clause.phrase.kk)",
        ru: "оценивающее лицо по делу \(reviewed), \(clause.phrase.ru)",
        en: "an evaluator of case \(reviewed), \(clause.phrase.en)")
    }
    return nil
  }

  /// "2 HR employees are needed (a voting member and a secretary) but 1 eligible is in the pool".
  private static func hrShortage(needed: Int, member: Bool, available: Int) -> Phrase {
    let places =
      member
      ? Phrase(
        kk: "дауыс беретін мүше және хатшы", ru: "голосующий член и секретарь",
        en: "a voting member and a secretary")
      : Phrase(kk: "хатшы", ru: "секретарь", en: "a secretary")
    return Phrase(
      kk: "HR-дың \(needed) қызметкері қажет (\(places.kk)), бірақ тізімде лайықтысы \(available)",
      ru: "нужны работники HR: \(needed) (\(places.ru)), но подходящих в списке: \(available)",
      en: "\(needed) HR employees are needed (\(places.en)) but \(available) eligible "
        + (available == 1 ? "is" : "are") + " in the pool")
  }

  /// Members listed in the order of the pool, so the roster reads as HR wrote the pool.
  private func candidateOrder(_ members: [PersonID]) -> [PersonID] {
    let chosen = Set(members)
    var seen: Set<PersonID> = []
    return (record.candidates ?? []).filter { chosen.contains($0) && seen.insert($0).inserted }
  }
}
