import HattamaKit

/// A random wave of applications: a pool of candidates, some of them HR, some the employees or
/// evaluators of its cases, applications spread over a few weeks.
struct RandomWave {
  var wave: Record
  var methodology: Methodology

  var rules: BodyRules { methodology.rules(for: wave.kind) ?? methodology.bodies[0] }

  init(
    seed: UInt64, candidates: ClosedRange<Int>, cases: ClosedRange<Int>, spreadDays: Int = 12,
    hr: ClosedRange<Int> = 2...4
  ) {
    var random = SeededRandom(seed: seed)
    let commission = Int.random(in: 0..<4, using: &random) == 0
    methodology = .trade2025
    if commission { methodology = .justice2023 }
    let poolSize = Int.random(in: candidates, using: &random)
    let hrCount = min(Int.random(in: hr, using: &random), poolSize - 1)
    var people = [Person(id: "o1", name: "Official")]
    let pool = (1...poolSize).map { "p\($0)" }
    for (index, id) in pool.enumerated() {
      people.append(Person(id: id, name: "Candidate \(id)", hr: index < hrCount))
    }
    var reviewed: [Case] = []
    let base = Day(year: 2025, month: 10, day: 13) ?? Day(ordinal: 0)
    for number in 1...Int.random(in: cases, using: &random) {
      // An employee or evaluator is often in the pool, so that exclusions bind.
      func someone(_ prefix: String) -> PersonID {
        if Bool.random(using: &random), let id = pool.randomElement(using: &random) { return id }
        let id = "\(prefix)\(number)"
        people.append(Person(id: id, name: "Outside \(id)"))
        return id
      }
      let employee = someone("e")
      var evaluator = someone("v")
      if evaluator == employee {
        evaluator = "v\(number)"
        people.append(Person(id: evaluator, name: "Outside \(evaluator)"))
      }
      reviewed.append(
        Case(
          id: "c\(number)", employee: employee, evaluators: [evaluator],
          evaluation: .score(.valid(Score(hundredths: 340) ?? .minimum)),
          appliedOn: base.adding(days: Int.random(in: 0...spreadDays, using: &random))))
    }
    wave = Record(
      methodology: methodology.id, kind: commission ? .commission : .calibration, body: "B",
      period: "2025, 3", authorizedOfficial: "o1", people: people, candidates: pool,
      cases: reviewed)
  }
}
