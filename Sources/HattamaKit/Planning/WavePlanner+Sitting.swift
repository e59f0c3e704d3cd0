// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
extension WavePlanner {
  /// The record/1 draft of one planned sitting: the wave's header, the people it names, the
  /// composition with its approval day (the first lawful one), `sitting.date` (the first lawful
  /// day of the group) and its cases.
  func sitting(_ group: Group, _ seats: SeatAssignment.Seats) -> Record {
    var record = wave
    record.candidates = nil
    // The cases in the wave's order, whatever order the grouping took them in.
    let order = Dictionary(wave.cases.enumerated().map { ($1.id, $0) }, uniquingKeysWith: min)
    record.cases = group.cases.map(\.reviewed).sorted {
      order[$0.id, default: 0] < order[$1.id, default: 0]
    }
    record.composition = Composition(
      chair: seats.chair, members: seats.members, secretary: seats.secretary,
      approvedOn: group.window.approvalFirst)
    // Nobody is present yet: the secretary records attendance on the day (`session attend`).
    record.sitting = Sitting(date: group.window.first, present: [])
    var named: Set<PersonID> = [wave.authorizedOfficial, seats.secretary]
    named.formUnion(seats.members)
    for reviewed in record.cases {
      named.insert(reviewed.employee)
      named.formUnion(reviewed.evaluators)
    }
    record.people = wave.people.filter { named.contains($0.id) }
    return record
  }

  /// What keeps a planned sitting from being lawful, checked by the rules' own code rather than
  /// trusted: `roster check`'s violations, a missed session or decision period, a day the
  /// methodology is not certainly in force or that is not a working day. Empty for every sitting the
  /// planner builds.
  func check(_ record: Record) -> [String] {
    guard let composition = record.composition, let date = record.sitting?.date else {
      return ["The sitting has no composition or date."]
    }
    var problems = composition.findings(in: record, under: rules)
      .filter { $0.severity == .violation }.map(\.message)
    problems += record.deadlineFindings(under: rules, calendar: calendar)
      .filter { $0.code == .deadlineSession || $0.code == .deadlineDecision }.map(\.message)
    if methodology.inForce(on: date) != .certainly {
      problems.append("The methodology '\(methodology.id)' is not in force on \(date).")
    }
    if !calendar.isWorkingDay(date) { problems.append("\(date) is not a working day.") }
    return problems
  }
}
