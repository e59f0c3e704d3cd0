import HattamaKit

/// Writes a wave for `roster plan`: N applications after a quarter's evaluation, spread over six
/// weeks, and a pool of 1.5 N candidates — about one in twelve in HR — from which the evaluators
/// come too, so that every group of cases leaves some of the pool out.
enum WaveGenerator {
  static let seed: UInt64 = 0x5741_5645_5741_5645

  static func wave(applications count: Int) -> Record {
    var rng = SplitMix64(seed: seed)
    var people = [Person(id: "o1", name: Names.person(&rng), position: "Аппарат басшысы")]
    var candidates: [PersonID] = []
    for number in 1...max(3, count * 3 / 2) {
      let hr = number <= 3 || rng.chance(8)
      let member = Names.staffMember(number, hr: hr, &rng)
      people.append(member)
      candidates.append(member.id)
    }
    let evaluators = candidates.filter { $0.hasPrefix("p") }
    var cases: [Case] = []
    for number in 1...count {
      let employee = "e\(number)"
      people.append(Person(id: employee, name: Names.person(&rng), position: Names.position(&rng)))
      let familiarized = day("2025-10-13").adding(days: rng.int(0...40))
      cases.append(
        Case(
          id: "c\(number)", employee: employee, evaluators: [rng.pick(evaluators)],
          evaluation: .score(validScore(rng.int(150...450))), familiarizedOn: familiarized,
          appliedOn: familiarized.adding(days: rng.int(1...4))))
    }
    return Record(
      methodology: "kz-trade-2025", kind: .calibration,
      body: "Қазақстан Республикасы Сауда және интеграция министрлігі", period: "2025, 3-тоқсан",
      authorizedOfficial: "o1", people: people, candidates: candidates, cases: cases)
  }
}
