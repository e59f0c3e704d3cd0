import HattamaKit

/// Random lawful-looking sittings whose every case's outcome is fixed when it is generated:
/// all members present and unanimous, so the intended outcome is what any count must give. The
/// brute-force recount in ``OverviewRecountTests`` reads these intentions, never a tally.
struct GeneratedSittings {
  /// What the generator meant to happen to one case.
  struct Intent {
    var file: String
    var body: String
    var period: String
    var unit: String?
    var evaluators: [Someone]
    /// `nil`: no motion adopted; else the change in hundredths (0 for a confirmation).
    var change: Int?
  }

  var records: [(file: String, record: Record, methodology: Methodology)] = []
  var intents: [Intent] = []

  static let bodies = ["Сауда министрлігі", "Әділет департаменті", "Ұлттық орталық"]
  static let units = ["Заң департаменті", "Қаржы басқармасы", "Кадр қызметі", nil]
  static let evaluatorNames = [
    "Әлімжанов Руслан", "Ибраева Сәуле", "Қуанышев Мирас", "Тәжібаева Сәбина",
  ]

  init(count: Int, seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for index in 0..<count { add(index, using: &random) }
  }

  private mutating func add(_ index: Int, using random: inout SeededRandom) {
    // A folder mixes bodies and years: Trade's 2025 sessions and Justice's 2024 ones.
    let trade = Bool.random(using: &random)
    let methodology: Methodology = trade ? .trade2025 : .justice2023
    let year = trade ? 2025 : 2024
    let body = Self.bodies.randomElement(using: &random) ?? ""
    let period = "\(year), \(Int.random(in: 1...4, using: &random))-тоқсан"
    var people = [
      Person(id: "o1", name: "Омаров Ерлан"), Person(id: "h1", name: "HR", hr: true),
      Person(id: "h2", name: "HR 2", hr: true),
    ]
    let members = ["m1", "m2", "h1"]
    people += ["m1", "m2"].map { Person(id: $0, name: "Member \($0)") }
    // Evaluator ids repeat across files with different names: a person is id and name.
    for (number, name) in Self.evaluatorNames.enumerated() {
      people.append(Person(id: "v\(number % 2 + 1)x\(number)", name: DisplayText(name)))
    }
    let evaluatorIDs = people.filter { $0.id.hasPrefix("v") }.map(\.id)
    var cases: [Case] = []
    var motions: [Motion] = []
    let file = "generated/\(index).json"
    for number in 1...Int.random(in: 1...6, using: &random) {
      let employee = "e\(number)"
      let unit = Self.units.randomElement(using: &random) ?? nil
      people.append(Person(id: employee, name: "Employee \(number)", unit: unit))
      let evaluators = Array(
        evaluatorIDs.shuffled(using: &random).prefix(Int.random(in: 1...2, using: &random)))
      let before = Int.random(in: 100...480, using: &random)
      let caseID = "c\(number)"
      cases.append(
        Case(
          id: caseID, employee: employee, evaluators: evaluators,
          evaluation: .score(.valid(Score(hundredths: before) ?? .minimum))))
      var change: Int?
      switch Int.random(in: 0..<5, using: &random) {
      case 0:
        break  // no motion
      case 1:
        motions.append(Self.motion("mo\(number)", caseID, .confirm, members, .against))
      case 2:
        motions.append(Self.motion("mo\(number)", caseID, .confirm, members, .for))
        change = 0
      default:
        let after = Int.random(in: 0...500, using: &random)
        motions.append(
          Self.motion(
            "mo\(number)", caseID, .correct(.score(.valid(Score(hundredths: after) ?? .minimum))),
            members,
            .for))
        change = after - before
      }
      intents.append(
        Intent(
          file: file, body: body, period: period, unit: unit,
          evaluators: evaluators.map { id in
            Someone(id: id, name: people.first { $0.id == id }?.name.text)
          },
          change: change))
    }
    let sittingDay = Day(year: year, month: 11, day: 12) ?? Day(ordinal: 0)
    let record = Record(
      methodology: methodology.id, kind: .calibration, body: DisplayText(body),
      period: DisplayText(period),
      authorizedOfficial: "o1", people: people,
      composition: Composition(chair: "m1", members: members, secretary: "h2"), cases: cases,
      sitting: Sitting(date: sittingDay, present: members), motions: motions)
    records.append((file, record, methodology))
  }

  private static func motion(
    _ id: MotionID, _ caseID: CaseID, _ kind: MotionKind, _ members: [PersonID],
    _ choice: VoteChoice
  ) -> Motion {
    Motion(
      id: id, caseID: caseID, kind: kind, votes: members.map { Vote(member: $0, choice: choice) })
  }
}
