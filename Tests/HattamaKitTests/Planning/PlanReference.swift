import HattamaKit

/// The obvious, slow planner the real one is checked against: every grouping of the cases,
/// every roster of every group judged by the composition rules themselves
/// (``Composition/findings(in:under:)``, what `roster check` runs), every day judged by the
/// deadline rules, and every choice of rosters across the groups.
struct PlanReference {
  var wave: Record
  var rules: BodyRules
  var methodology: Methodology
  var calendar: WorkingCalendar = .kazakhstan

  /// The cases no sitting can hear even alone, and the best plan of the others: its number of
  /// sittings and its load.
  func best() -> (unplaceable: [CaseID], sittings: Int, load: LoadScore) {
    let alone = wave.cases.filter { hasLawfulDay([$0]) && !rosters([$0]).isEmpty }
    let unplaceable = wave.cases.map(\.id).filter { id in !alone.contains { $0.id == id } }
    let count = alone.count
    var seatSets: [Int: [[PersonID]]] = [:]
    for mask in 1..<(1 << count) {
      let cases = (0..<count).filter { mask & (1 << $0) != 0 }.map { alone[$0] }
      seatSets[mask] = hasLawfulDay(cases) ? rosters(cases) : []
    }
    // Every partition, as a list of block masks.
    var partitions: [[Int]] = []
    func extend(_ index: Int, _ blocks: [Int]) {
      if index == count {
        partitions.append(blocks)
        return
      }
      for block in blocks.indices {
        var grown = blocks
        grown[block] |= 1 << index
        extend(index + 1, grown)
      }
      extend(index + 1, blocks + [1 << index])
    }
    extend(0, [])
    let feasible = partitions.filter { $0.allSatisfy { !(seatSets[$0] ?? []).isEmpty } }
    guard let fewest = feasible.map(\.count).min() else { return (unplaceable, 0, LoadScore([])) }
    var best: LoadScore?
    for partition in feasible where partition.count == fewest {
      var loads: [PersonID: Int] = [:]
      func choose(_ block: Int) {
        let score = LoadScore(loads.values)
        // Loads only grow: a partial plan already worse than the best cannot become better.
        if let best, !(score < best) { return }
        if block == partition.count {
          best = score
          return
        }
        for seats in seatSets[partition[block]] ?? [] {
          for person in seats { loads[person, default: 0] += 1 }
          choose(block + 1)
          for person in seats { loads[person, default: 0] -= 1 }
          loads = loads.filter { $0.value > 0 }
        }
      }
      choose(0)
    }
    return (unplaceable, fewest, best ?? LoadScore([]))
  }

  /// Whether some working day after every application meets every case's session period, on or
  /// after some working day that meets every case's decision period (002 ¶20: the approval of
  /// the composition, on or after the last application).
  func hasLawfulDay(_ cases: [Case]) -> Bool {
    let applied = cases.compactMap(\.appliedOn)
    guard let earliest = applied.min(), let latest = applied.max() else { return false }
    var record = wave
    record.cases = cases
    func lawful(_ code: FindingCode) -> Bool {
      !record.deadlineFindings(under: rules, calendar: calendar).contains { $0.code == code }
    }
    var approvals: [Day] = []
    var sittings: [Day] = []
    for offset in 0...60 {
      let day = earliest.adding(days: offset)
      guard day >= latest, calendar.isWorkingDay(day) else { continue }
      record.composition = Composition(chair: nil, members: [], secretary: nil, approvedOn: day)
      record.sitting = nil
      if lawful(.deadlineDecision) { approvals.append(day) }
      record.composition = nil
      record.sitting = Sitting(date: day, present: [])
      if day > latest, methodology.inForce(on: day) == .certainly, lawful(.deadlineSession) {
        sittings.append(day)
      }
    }
    guard let approval = approvals.min(), let sitting = sittings.max() else { return false }
    return approval <= sitting
  }

  /// Every set of people (the members and the secretary) some lawful roster of the smallest
  /// size seats for these cases, nobody among them an employee or evaluator of one.
  func rosters(_ cases: [Case]) -> [[PersonID]] {
    let minimum = rules.minimumSize.value
    let size = rules.oddSize.value && minimum % 2 == 0 ? minimum + 1 : max(minimum, 1)
    let excluded = Set(cases.flatMap { $0.evaluators + [$0.employee] })
    let pool = (wave.candidates ?? []).filter { !excluded.contains($0) }
    var record = wave
    record.cases = cases
    var found: Set<[PersonID]> = []
    for members in combinations(pool, size) {
      for secretary in pool where !members.contains(secretary) {
        let seats = (members + [secretary]).sorted()
        if found.contains(seats) { continue }
        let lawful = members.contains { chair in
          let composition = Composition(chair: chair, members: members, secretary: secretary)
          // The planner keeps every rule of the profile, those taken by analogy too: no finding.
          return composition.findings(in: record, under: rules).isEmpty
        }
        if lawful { found.insert(seats) }
      }
    }
    return found.sorted { $0.lexicographicallyPrecedes($1) }
  }

  private func combinations(_ items: [PersonID], _ k: Int) -> [[PersonID]] {
    guard k > 0 else { return [[]] }
    guard items.count >= k else { return [] }
    var result: [[PersonID]] = []
    for (index, item) in items.enumerated() {
      for rest in combinations(Array(items[(index + 1)...]), k - 1) { result.append([item] + rest) }
    }
    return result
  }
}
