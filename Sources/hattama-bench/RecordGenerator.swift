import HattamaKit

/// Writes realistic, valid `hattama.record/1` sittings: 5–9 members, 1–4 cases, one or two
/// motions a case with every present, eligible member's vote, results and outcomes as the
/// audit recomputes them, every period met.
///
/// Two shapes alternate, each on the dates of an example that the audit accepts: a calibration
/// session under `kz-trade-2025` and a Chapter 6 commission under `kz-justice-2023`.
struct RecordGenerator {
  static let seed: UInt64 = 0x4841_5454_414D_4131

  /// The `index`-th record; the same for a given index whatever the count.
  static func record(_ index: Int) -> Record {
    var rng = SplitMix64(seed: seed, index: index)
    return rng.chance(70) ? calibration(&rng) : commission(&rng)
  }

  /// One calibration session reviewing `cases` cases: the shape whose audit and protocol the
  /// benchmark measures as the cases grow (issue 13).
  static func sitting(cases: Int) -> Record {
    var rng = SplitMix64(seed: seed, index: 0)
    return calibration(&rng, cases: cases)
  }

  private static func calibration(_ rng: inout SplitMix64, cases: Int? = nil) -> Record {
    let template = Template(
      methodology: .trade2025, kind: .calibration,
      body: "Қазақстан Республикасы Сауда және интеграция министрлігі", period: "2025, 3-тоқсан",
      sizes: [5, 7, 9], approvedOn: "2025-10-17", familiarized: ["2025-10-13", "2025-10-14"],
      appliedAfter: 2, sitting: "2025-10-22", notice: "2025-10-17",
      signing: ("2025-10-22", "2025-10-23", "2025-10-24"), appeal: nil)
    return template.record(&rng, cases: cases)
  }

  private static func commission(_ rng: inout SplitMix64) -> Record {
    let template = Template(
      methodology: .justice2023, kind: .commission,
      body: "Қазақстан Республикасы Әділет министрлігінің Алматы қаласы Әділет департаменті",
      period: "2022, 4-тоқсан", sizes: [5, 6, 7, 8, 9], approvedOn: "2023-09-04",
      familiarized: ["2023-09-15", "2023-09-18"], appliedAfter: nil, sitting: "2023-09-14",
      notice: "2023-09-11", signing: ("2023-09-14", "2023-09-15", "2023-09-18"),
      appeal: "2023-09-26")
    return template.record(&rng)
  }
}

/// The fixed parts of one shape of record; the people, cases and votes are drawn.
private struct Template {
  var methodology: Methodology
  var kind: BodyKind
  var body: String
  var period: String
  var sizes: [Int]
  var approvedOn: String
  var familiarized: [String]
  /// Days from familiarisation to application, where the body takes applications.
  var appliedAfter: Int?
  var sitting: String
  var notice: String
  var signing: (signed: String, approved: String, posted: String)
  var appeal: String?

  func record(_ rng: inout SplitMix64, cases caseCount: Int? = nil) -> Record {
    let size = rng.pick(sizes)
    let members = (1..<size).map { "m\($0)" } + ["h1"]
    var people = Names.staff(official: "Департамент басшысы", members: members, &rng)
    var cases: [Case] = []
    for number in 1...(caseCount ?? rng.int(1...4)) {
      people.append(
        Person(id: "e\(number)", name: Names.person(&rng), position: Names.position(&rng)))
      people.append(
        Person(id: "v\(number)", name: Names.person(&rng), position: Names.position(&rng)))
      cases.append(drawCase(number, &rng))
    }
    // Up to a third absent, so that two thirds stay (000 ¶63); the chair m1 always attends.
    let absent = rng.int(0...(size - (2 * size + 2) / 3))
    let present = members.enumerated().filter { $0.offset == 0 || $0.offset > absent }.map(
      \.element)
    var record = Record(
      methodology: methodology.id, kind: kind, body: DisplayText(body), period: DisplayText(period),
      authorizedOfficial: "o1", people: people,
      composition: Composition(
        chair: "m1", members: members, secretary: "s1", approvedOn: day(approvedOn)),
      cases: cases, sitting: Sitting(date: day(sitting), noticeOn: day(notice), present: present))
    record.motions = motions(for: cases, present: present, &rng)
    let rules = methodology.rules(for: kind)
    if let rules { settle(&record, rules: rules, &rng) }
    record.conclusion = "Комиссия \(cases.count) бағалау нәтижесін қарады."
    record.signing = Signing(
      signedOn: day(signing.signed), signedBy: ["s1"] + present, approvedOn: day(signing.approved),
      postedOn: day(signing.posted))
    record.appeal = appeal.flatMap { rng.chance(30) ? Appeal(filedOn: day($0)) : nil }
    return record
  }

  private func drawCase(_ number: Int, _ rng: inout SplitMix64) -> Case {
    let reprimand = rng.chance(15)
    let score = reprimand ? rng.int(150...299) : rng.int(200...480)
    let familiarizedOn = day(rng.pick(familiarized))
    return Case(
      id: "c\(number)", employee: "e\(number)", evaluators: ["v\(number)"],
      evaluation: .score(validScore(score)),
      sanction: reprimand ? .reprimand : .none, familiarizedOn: familiarizedOn,
      appliedOn: appliedAfter.map { familiarizedOn.adding(days: $0) })
  }

  /// One or two motions a case: sometimes a correction the members reject, then one they adopt.
  private func motions(for cases: [Case], present: [PersonID], _ rng: inout SplitMix64) -> [Motion]
  {
    var motions: [Motion] = []
    for reviewed in cases {
      let cap = reviewed.sanction == .reprimand ? 299 : 500
      if rng.chance(35) {
        motions.append(motion(motions.count + 1, reviewed, cap: cap, adopt: false, present, &rng))
      }
      motions.append(motion(motions.count + 1, reviewed, cap: cap, adopt: true, present, &rng))
    }
    return motions
  }

  private func motion(
    _ number: Int, _ reviewed: Case, cap: Int, adopt: Bool, _ present: [PersonID],
    _ rng: inout SplitMix64
  ) -> Motion {
    let base = reviewed.score?.score?.hundredths ?? 300
    let kind: MotionKind =
      rng.chance(50)
      ? .confirm : .correct(.score(validScore(min(cap, max(0, base + rng.int(-60...60))))))
    let voters = present
    let inFavour =
      adopt ? rng.int(voters.count / 2 + 1...voters.count) : rng.int(0...(voters.count - 1) / 2)
    var choices = [VoteChoice](repeating: .for, count: inFavour)
    let rest = voters.count - inFavour
    let abstaining = adopt ? rng.int(0...rest) : rng.int(0...max(0, rest - inFavour - 1))
    choices += [VoteChoice](repeating: .abstain, count: abstaining)
    choices += [VoteChoice](repeating: .against, count: rest - abstaining)
    choices.shuffle(using: &rng)
    return Motion(
      id: "mo\(number)", caseID: reviewed.id, kind: kind, proposedBy: rng.pick(voters),
      votes: zip(voters, choices).map { Vote(member: $0, choice: $1) })
  }

  /// Records each motion's result and each case's outcome as the audit recomputes them; a
  /// case left undecided gets a unanimous confirmation.
  private func settle(_ record: inout Record, rules: BodyRules, _ rng: inout SplitMix64) {
    var deliberation = Deliberation(record: record, rules: rules)
    var motions = record.motions ?? []
    for reviewed in record.cases where deliberation.decisions[reviewed.id] == nil {
      motions.append(
        Motion(
          id: "mo\(motions.count + 1)", caseID: reviewed.id, kind: .confirm, proposedBy: "m1",
          votes: (record.sitting?.present ?? []).map { Vote(member: $0, choice: .for) }))
    }
    record.motions = motions
    deliberation = Deliberation(record: record, rules: rules)
    record.motions = motions.map { motion in
      var motion = motion
      motion.result = deliberation.count(of: motion.id)?.tally.result
      return motion
    }
    record.outcomes = record.cases.compactMap { reviewed in
      deliberation.decisions[reviewed.id].map {
        Outcome(
          caseID: reviewed.id, finalResult: $0.finalResult,
          recommendation: DisplayText(rng.pick(Names.recommendations)))
      }
    }
  }
}

/// A date the generator knows to exist.
func day(_ iso: String) -> Day {
  guard let day = Day(iso: iso) else { preconditionFailure("no such date '\(iso)'") }
  return day
}

/// A score in hundredths the generator keeps within 0–5.
func validScore(_ hundredths: Int) -> ScoreInput {
  guard let score = Score(hundredths: hundredths) else {
    preconditionFailure("score \(hundredths)")
  }
  return .valid(score)
}
