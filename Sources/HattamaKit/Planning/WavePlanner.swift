/// Plans a wave of applications (`hattama roster plan`): sittings whose composition keeps every
/// composition rule, each on a working day within the period of every case it hears (002 ¶21,
/// 000 ¶45), its composition approved within the decision period of each (002 ¶20, 000 ¶44),
/// nobody sitting on a case they are excluded from (002 ¶20), as few sittings as
/// possible and, among plans with that many, the members' load as even as the pool allows (the
/// greatest load least, then the sum of squared loads; `SeatAssignment`).
///
/// A wave of up to ``exactLimit`` placeable cases is planned exactly: every grouping of its
/// cases is tried. A larger one is grouped greedily by the last day of each case's period (the
/// grouping that is optimal when rosters never bind, as for interval stabbing), then seated
/// exactly.
public struct WavePlanner: Sendable {
  /// The wave: a draft whose people, `candidates` and cases (with `appliedOn`) are to be planned.
  public var wave: Record
  /// The body's rules every planned roster keeps.
  public var rules: BodyRules
  /// The methodology, for its periods and its days in force.
  public var methodology: Methodology
  /// The working days the periods are counted on.
  public var calendar: WorkingCalendar

  /// The most cases whose every grouping is tried (Bell(8) = 4,140 groupings).
  public static let exactLimit = 8

  /// A planner for `wave` under `rules` and `methodology`, counting on `calendar`.
  public init(wave: Record, rules: BodyRules, methodology: Methodology, calendar: WorkingCalendar) {
    self.wave = wave
    self.rules = rules
    self.methodology = methodology
    self.calendar = calendar
  }

  /// A planned case: its window of lawful days.
  struct Placeable {
    var reviewed: Case
    var window: CaseWindow
  }

  /// One group of cases that a single sitting can hear: its first lawful day and who may sit.
  struct Group {
    var cases: [Placeable]
    var window: CaseWindow
    var eligible: [PersonID]
  }

  /// The plan, with every case that cannot be placed and why.
  ///
  /// - Returns: the sittings as `record/1` drafts, the unplaced cases, the members' loads and
  ///   whether the grouping was exact.
  /// - Complexity: exponential in the cases up to ``exactLimit`` (Bell numbers), then
  ///   O(c log c + s·r) greedily, in the cases, the sittings and the candidates.
  public func plan() -> WavePlan {
    var unplaced: [Unplaced] = []
    var placeable: [Placeable] = []
    for reviewed in wave.cases {
      switch placeability(of: reviewed) {
      case .success(let item): placeable.append(item)
      case .failure(let reason): unplaced.append(Unplaced(caseID: reviewed.id, reason: reason))
      }
    }
    let isExact = placeable.count <= Self.exactLimit
    let (groups, seats) =
      isExact ? ExactGrouping(planner: self).best(placeable) : greedy(placeable)
    var plan = WavePlan(sittings: [], unplaced: unplaced, loads: [:], isExact: isExact)
    plan.periodBound = Self.periodBound(placeable.map(\.window))
    for (group, seat) in zip(groups, seats) {
      let record = sitting(group, seat)
      let problems = check(record)
      if problems.isEmpty {
        plan.sittings.append(record)
        for person in seat.members + [seat.secretary] { plan.loads[person, default: 0] += 1 }
      } else {
        plan.unplaced += group.cases.map {
          Unplaced(caseID: $0.reviewed.id, reason: .failedCheck(problems.joined(separator: " ")))
        }
      }
    }
    plan.sittings.sort { ($0.sitting?.date ?? .distant) < ($1.sitting?.date ?? .distant) }
    return plan
  }

  /// A lower bound on the sittings: the fewest days that meet every sitting window, and the
  /// fewest that meet every approval window (002 ¶20), whichever is more — interval stabbing: a
  /// day at the end of the window that closes first, repeated for the windows it misses.
  static func periodBound(_ windows: [CaseWindow]) -> Int {
    max(
      stabbing(windows.map { ($0.first, $0.last) }),
      stabbing(windows.map { ($0.approvalFirst, $0.approvalLast) }))
  }

  private static func stabbing(_ intervals: [(first: Day, last: Day?)]) -> Int {
    var count = 0
    var day: Day?
    for interval in intervals.sorted(by: { ($0.last ?? .distant) < ($1.last ?? .distant) }) {
      if let day, interval.first <= day { continue }
      count += 1
      day = interval.last ?? .distant
    }
    return count
  }

  /// The case with its window, or why no sitting can hear it even alone.
  private func placeability(of reviewed: Case) -> Result<Placeable, Unplaced.Reason> {
    let window: CaseWindow
    switch CaseWindow.of(reviewed, rules: rules, methodology: methodology, calendar: calendar) {
    case .success(let found): window = found
    case .failure(let reason): return .failure(reason)
    }
    let item = Placeable(reviewed: reviewed, window: window)
    do {
      _ = try composer(for: [item]).compose()
    } catch {
      return .failure(.noRoster(error.message))
    }
    return .success(item)
  }

  /// The group these cases make, or `nil` when one sitting cannot hear them all: their periods
  /// share no day, or no roster keeps the rules without all their employees and evaluators.
  func group(_ cases: [Placeable]) -> Group? {
    guard let window = CaseWindow.common(cases.map(\.window)) else { return nil }
    let composer = composer(for: cases)
    guard (try? composer.compose()) != nil else { return nil }
    return Group(cases: cases, window: window, eligible: composer.candidates().eligible)
  }

  private func composer(for cases: [Placeable]) -> RosterComposer {
    var draft = wave
    draft.cases = cases.map(\.reviewed)
    return RosterComposer(record: draft, rules: rules)
  }

  /// The seat rules of a roster of the smallest size the rules allow.
  var seating: SeatAssignment {
    let minimum = rules.minimumSize.value
    let size = rules.oddSize.value && minimum % 2 == 0 ? minimum + 1 : max(minimum, 1)
    return SeatAssignment(
      size: size, hr: Set(wave.people.filter(\.hr).map(\.id)),
      needsHRMember: rules.requiresHRMember.value, needsHRSecretary: rules.requiresHRSecretary.value
    )
  }

  /// Groups by the last day of each period: each group starts with the case whose period ends
  /// first and takes every later case that fits with it.
  private func greedy(_ placeable: [Placeable]) -> ([Group], [SeatAssignment.Seats]) {
    let order = placeable.indices.sorted { a, b in
      let (x, y) = (placeable[a].window, placeable[b].window)
      return (x.last ?? .distant, x.first, a) < (y.last ?? .distant, y.first, b)
    }
    var taken = Array(repeating: false, count: placeable.count)
    var groups: [Group] = []
    for seed in order where !taken[seed] {
      taken[seed] = true
      var group = group([placeable[seed]])
      for next in order where !taken[next] {
        // The periods are compared first: cheap, and they rule out most cases, so that a
        // roster is composed only for the cases that could share the sitting's days.
        if let current = group, CaseWindow.common([current.window, placeable[next].window]) == nil {
          continue
        }
        if let larger = self.group((group?.cases ?? []) + [placeable[next]]) {
          group = larger
          taken[next] = true
        }
      }
      if let group { groups.append(group) }
    }
    let seats = seating.assign(groups.map { SeatAssignment.Need(eligible: $0.eligible) })
    return (groups, seats?.seats ?? [])
  }
}

extension Day {
  /// A day after any the planner meets, for sorting open-ended periods last.
  static let distant = Day(ordinal: 2_932_896)  // 9999-12-31
}
