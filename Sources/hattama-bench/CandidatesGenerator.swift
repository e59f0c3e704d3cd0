import HattamaKit

/// Writes a draft for `roster compose` with a large pool: the disputant and her evaluator,
/// some HR employees, and everyone else a possible member.
enum CandidatesGenerator {
  static let seed: UInt64 = 0x4341_4E44_4944_4154

  static func draft(candidates count: Int) -> Record {
    var rng = SplitMix64(seed: seed)
    var people = [
      Person(id: "o1", name: Names.person(&rng), position: "Аппарат басшысы"),
      Person(id: "e1", name: Names.person(&rng), position: Names.position(&rng)),
      Person(id: "v1", name: Names.person(&rng), position: Names.position(&rng)),
    ]
    var candidates = ["e1", "v1"]
    for number in 1...max(1, count - 2) {
      // About one in twenty works in HR, as in a ministry's apparatus.
      let hr = number <= 2 || rng.chance(5)
      let member = Names.staffMember(number, hr: hr, &rng)
      people.append(member)
      candidates.append(member.id)
    }
    return Record(
      methodology: "kz-trade-2025", kind: .calibration,
      body: "Қазақстан Республикасы Сауда және интеграция министрлігі", period: "2025, 3-тоқсан",
      authorizedOfficial: "o1", people: people, candidates: candidates,
      cases: [
        Case(
          id: "c1", employee: "e1", evaluators: ["v1"], evaluation: .score(validScore(310)),
          familiarizedOn: day("2025-10-20"), appliedOn: day("2025-10-21"))
      ])
  }
}
