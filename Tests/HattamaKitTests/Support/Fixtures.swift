@testable import HattamaKit

/// Small records and rules for tests, built in code so each test shows what it relies on.
enum Fixtures {
  static func day(_ text: String) -> Day {
    guard let day = Day(iso: text) else { preconditionFailure("bad test date \(text)") }
    return day
  }

  static func score(_ text: String) -> ScoreInput {
    guard let score = try? ScoreInput(text: text) else { preconditionFailure("bad score \(text)") }
    return score
  }

  /// kz-trade-2025's calibration rules, with overrides.
  static func calibrationRules(
    base: MajorityBase = .present, tieBreak: TieBreak = .chairDecides,
    recusedCount: Bool = true
  ) -> BodyRules {
    guard var rules = Methodology.trade2025.rules(for: .calibration) else {
      preconditionFailure("kz-trade-2025 has calibration rules")
    }
    rules.majorityBase.value = base
    rules.tieBreak.value = tieBreak
    rules.recusedCountTowardQuorum.value = recusedCount
    return rules
  }

  /// A calibration session of five members m1…m4 and HR member h1, chair m1, HR secretary s1,
  /// one case c1 of employee e1 evaluated by v1.
  static func calibration(
    members: [PersonID] = ["m1", "m2", "m3", "m4", "h1"], chair: PersonID? = "m1",
    secretary: PersonID? = "s1", present: [PersonID]? = nil, motions: [Motion]? = nil
  ) -> Record {
    let names = [
      "o1", "m1", "m2", "m3", "m4", "m5", "m6", "h1", "h2", "s1", "e1", "e2", "v1", "v2",
    ]
    let people = names.map {
      Person(id: $0, name: "Person \($0)", hr: $0.hasPrefix("h") || $0 == "s1")
    }
    return Record(
      methodology: "kz-trade-2025", kind: .calibration, body: "Ministry", period: "2025 Q3",
      authorizedOfficial: "o1", people: people,
      composition: Composition(chair: chair, members: members, secretary: secretary),
      cases: [
        Case(id: "c1", employee: "e1", evaluators: ["v1"], evaluation: .score(score("3.40"))),
        Case(id: "c2", employee: "e2", evaluators: ["v2"], evaluation: .score(score("2.50"))),
      ],
      sitting: Sitting(date: day("2025-10-24"), present: present ?? members),
      motions: motions)
  }

  static func votes(_ pairs: KeyValuePairs<PersonID, VoteChoice>) -> [Vote] {
    pairs.map { Vote(member: $0.key, choice: $0.value) }
  }
}

extension DisplayText {
  /// A display text in these languages, in this order; fixtures give at least one, each once.
  static func of(_ translations: (Language, String)...) -> DisplayText {
    guard let text = DisplayText(translations.map { Translation($0.0, $0.1) }) else {
      preconditionFailure("a fixture's display text needs languages, each once")
    }
    return text
  }
}
