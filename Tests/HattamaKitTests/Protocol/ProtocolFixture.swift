@testable import HattamaKit

/// A small calibration session used by the protocol tests: five members, one absent; a
/// correction adopted on the chair's casting vote (the body's own order adopts one, see
/// ``castingVote(_:)``) and a confirmation adopted unanimously.
enum ProtocolFixture {
  static let anchor = JournalAnchor(events: 12, head: String(repeating: "ab", count: 32))

  static func record(
    kind: BodyKind = .calibration, present: [PersonID] = ["m1", "m2", "m3", "h1"],
    journal: JournalAnchor? = anchor
  ) -> Record {
    Record(
      methodology: kind == .calibration ? "kz-trade-2025" : "kz-justice-2023", kind: kind,
      body: "Қазақстан Республикасы Сауда және интеграция министрлігі",
      period: "2025, 3-тоқсан", authorizedOfficial: "o1",
      people: [
        Person(id: "o1", name: "Омаров Ерлан Сәкенұлы", position: "Аппарат басшысы"),
        Person(id: "m1", name: "Серікбаев Нұрлан Асқарұлы", position: "Департамент директоры"),
        Person(id: "m2", name: "Жұмабекова Сәуле Ғаниқызы"),
        Person(id: "m3", name: "Ахметов Бауыржан Қайратұлы"),
        Person(id: "m4", name: "Исаева Өмірзая Ұлықпанқызы"),
        Person(id: "h1", name: "Нұрланова Айгүл Маратқызы", position: "HR бас сарапшы", hr: true),
        Person(id: "s1", name: "Қасымова Дана Бекқызы", hr: true),
        Person(id: "e1", name: "Тоқтаров Әділет Іңкәрұлы", position: "Бас сарапшы"),
        Person(id: "e2", name: "Ержанова Гүлнұр Һадиқызы"),
        Person(id: "v1", name: "Бекова Ләззат Шәкенқызы"),
      ],
      composition: Composition(
        chair: "m1", members: ["m1", "m2", "m3", "m4", "h1"], secretary: "s1",
        approvedOn: Day(iso: "2025-10-20")),
      cases: [
        Case(id: "c1", employee: "e1", evaluators: ["v1"], score: score("3.40")),
        Case(id: "c2", employee: "e2", evaluators: ["v1"], score: score("4.10")),
      ],
      sitting: Sitting(
        date: day("2025-10-24"), noticeOn: Day(iso: "2025-10-17"), present: present),
      motions: [
        Motion(
          id: "mo1", caseID: "c1", kind: .correct(score("3.80")), proposedBy: "m2",
          votes: [
            Vote(member: "m1", choice: .for), Vote(member: "m2", choice: .for),
            Vote(member: "m3", choice: .against), Vote(member: "h1", choice: .against),
          ], result: .adopted),
        Motion(
          id: "mo2", caseID: "c2", kind: .confirm, proposedBy: "m3",
          votes: [
            Vote(member: "m1", choice: .for), Vote(member: "m2", choice: .for),
            Vote(member: "m3", choice: .for), Vote(member: "h1", choice: .abstain),
          ], result: .adopted),
      ],
      outcomes: [
        Outcome(caseID: "c1", finalScore: score("3.80"), recommendation: "Біліктілікті арттыру"),
        Outcome(caseID: "c2", finalScore: score("4.10")),
      ],
      conclusion: "Бағалау нәтижелері қаралды.",
      signing: Signing(
        signedOn: day("2025-10-24"), signedBy: ["s1", "m1", "m2"],
        approvedOn: Day(iso: "2025-10-27")),
      journal: journal)
  }

  static func document(
    kind: BodyKind = .calibration, present: [PersonID] = ["m1", "m2", "m3", "h1"]
  ) -> ProtocolDocument {
    document(record(kind: kind, present: present))
  }

  /// The protocol of a record under its built-in methodology's rules; a calibration session's
  /// with the casting vote its body's own order adopts.
  static func document(_ record: Record, journal: JournalAnchor? = nil) -> ProtocolDocument {
    guard let rules = Methodology.builtIn(id: record.methodology)?.rules(for: record.kind) else {
      preconditionFailure("fixture methodology \(record.methodology) provides no \(record.kind)")
    }
    return ProtocolDocument(
      record: record, rules: record.kind == .calibration ? castingVote(rules) : rules,
      journal: journal)
  }

  /// Rules whose body adopts the chair's casting vote by its own order (SPEC: a calibration
  /// session has none unless its methodology file adopts it).
  static func castingVote(_ rules: BodyRules) -> BodyRules {
    var rules = rules
    rules.tieBreak = Cited(.chairDecides, "the body's own order", source: .text)
    return rules
  }

  static func score(_ text: String) -> ScoreInput {
    // Fixture scores are literals known to be valid; a typo fails every test loudly.
    guard let value = try? ScoreInput(text: text) else { preconditionFailure("score \(text)") }
    return value
  }

  static func day(_ text: String) -> Day {
    guard let value = Day(iso: text) else { preconditionFailure("day \(text)") }
    return value
  }
}
