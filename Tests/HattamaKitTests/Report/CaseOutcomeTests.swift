import HattamaKit
import Testing

@Suite("report: what a sitting did with a case")
struct CaseOutcomeTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var name: String
    var before: String
    var motion: MotionKind?
    var adopted: Bool
    var expected: CaseOutcome
    var testDescription: String { name }
  }

  static func score(_ text: String) -> ScoreInput {
    (try? ScoreInput(text: text)) ?? .valid(.minimum)
  }

  static let rows: [Row] = [
    Row(
      name: "002 ¶23: a confirmation keeps the score", before: "3.40", motion: .confirm,
      adopted: true, expected: .confirmed),
    Row(
      name: "a correction up by 0.40", before: "3.40", motion: .correct(.score(score("3.80"))),
      adopted: true, expected: .correctedUp(by: 40)),
    Row(
      name: "a correction down by 1.41", before: "3.40", motion: .correct(.score(score("1.99"))),
      adopted: true, expected: .correctedDown(by: 141)),
    Row(
      name: "a correction to the same score is a confirmation", before: "3.40",
      motion: .correct(.score(score("3.40"))), adopted: true, expected: .confirmed),
    Row(
      name: "a rejected motion leaves the case undecided", before: "3.40", motion: .confirm,
      adopted: false, expected: .undecided),
    Row(
      name: "no motion: undecided", before: "3.40", motion: nil, adopted: false,
      expected: .undecided),
    Row(
      name: "an invalid evaluator's score cannot be compared", before: "5.40", motion: .confirm,
      adopted: true, expected: .incomparable),
  ]

  @Test("the outcome follows the adopted motion (Deliberation)", arguments: rows)
  func outcome(_ row: Row) throws {
    let members = ["m1", "m2", "h1"]
    let motions = row.motion.map { kind in
      [
        Motion(
          id: "mo1", caseID: "c1", kind: kind,
          votes: members.map { Vote(member: $0, choice: row.adopted ? .for : .against) })
      ]
    }
    let record = Record(
      methodology: "kz-trade-2025", kind: .calibration, body: "B", period: "P",
      authorizedOfficial: "o1",
      people: ["o1", "m1", "m2", "e1", "v1"].map { Person(id: $0, name: DisplayText($0)) } + [
        Person(id: "h1", name: "h1", hr: true), Person(id: "h2", name: "h2", hr: true),
      ],
      composition: Composition(chair: "m1", members: members, secretary: "h2"),
      cases: [Case(id: "c1", employee: "e1", evaluators: ["v1"], evaluation: .score(Self.score(row.before)))],
      sitting: Sitting(
        date: Day(year: 2025, month: 10, day: 24) ?? Day(ordinal: 0), present: members),
      motions: motions)
    let summary = SittingSummary(
      file: "f", record: record, methodology: .trade2025, calendar: .kazakhstan)
    #expect(summary.lines.map(\.outcome) == [row.expected])
  }

  @Test(
    "a mean change is exact, in hundredths, rounded half up",
    arguments: [
      ([10, 25], 1, "0.18"), ([40], 1, "0.40"), ([1, 2], 1, "0.02"), ([1, 1, 2], 1, "0.01"),
      ([1, 2], 100, "1.50"), ([1, 1, 2], 100, "1.33"), ([2, 2, 1], 100, "1.67"),
      ([333, 334, 333], 1, "3.33"),
    ])
  func mean(sizes: [Int], unit: Int, expected: String) {
    let change = Change(count: sizes.count, total: sizes.reduce(0, +))
    #expect(change.mean(unit: unit) == expected)
    #expect(Change().mean(unit: unit) == nil)
  }
}
