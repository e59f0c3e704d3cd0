// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

/// `hattama roster plan WAVE.json`: sittings and rosters for a whole wave of applications.
enum RosterPlanCommand {
  static let spec = CommandSpec(
    path: ["roster", "plan"],
    abstract: "Plan the sittings and rosters for a whole wave of applications.",
    discussion: """
      WAVE.json is a record/1 draft with 'candidates' (the pool) and many 'cases', each with its
      'appliedOn'. Each case is placed in a sitting held on a working day within its period from
      the application (002 ¶21, 000 ¶45: within 10 working days) while the methodology is in
      force, after its composition is approved on a working day within 3 working days of every
      application it hears (002 ¶20, 000 ¶44; the draft's 'approvedOn'); 'roster check'
      finds nothing in the composition (rules taken by analogy are kept too, so not even a
      warning), and nobody sits on a case whose employee or evaluator they are. The plan has as few sittings as possible and, among those,
      the members' load (sittings sat, as a member or the secretary) as even as the pool allows.
      Up to 8 cases every grouping is tried; a larger wave is grouped by the last day of each
      period. Each sitting is a draft with a composition, 'sitting.date' and its cases, which
      'session open' takes as it is (a planned sitting: nobody present yet).

      Exit status: 0 when every case is placed; 1 when some cannot be (each is listed with the
      reason, and the others are planned); 2 when the file cannot be read.
      """,
    arguments: [ArgumentSpec(name: "wave", help: "A hattama.record/1 draft with 'candidates'.")],
    options: [
      .flag("--json", help: "Print {\"sittings\": [record/1 drafts]} (and \"unplaced\" when any)."),
      Inputs.methodologyOption, CalendarCommand.calendarOption,
    ],
    run: { invocation throws(CLIError) in try run(invocation) })

  private static func run(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let path = try invocation.required("wave")
    let wave = try Inputs.record(path)
    guard wave.candidates != nil else {
      throw .input(
        file: path, message: "has no 'candidates': list the ids of the people HR may appoint.")
    }
    if let missing = wave.cases.firstIndex(where: { $0.appliedOn == nil }) {
      throw .input(
        file: path,
        message:
          "cases[\(missing)] ('\(wave.cases[missing].id)') has no 'appliedOn'; the period of its sitting runs from the application."
      )
    }
    let governing = try Inputs.governing(wave, file: path, invocation)
    let plan = WavePlanner(
      wave: wave, rules: governing.rules, methodology: governing.methodology,
      calendar: try CalendarCommand.calendar(invocation)
    ).plan()
    if invocation.flag("--json") {
      invocation.console.out(JSONWriter().string(for: plan.jsonValue))
    } else {
      print(plan, invocation.console)
    }
    return plan.unplaced.isEmpty ? .success : .failure
  }

  private static func print(_ plan: WavePlan, _ console: Console) {
    let cases = plan.sittings.reduce(0) { $0 + $1.cases.count }
    console.out(
      "Planned \(cases) case\(cases == 1 ? "" : "s") in \(plan.sittings.count) sitting\(plan.sittings.count == 1 ? "" : "s")"
        + (plan.isExact
          ? " (every grouping tried)."
          : plan.sittings.count == plan.periodBound
            ? " (the fewest the periods allow)."
            : " (grouped by the last day of each period; the periods alone need \(plan.periodBound)).")
    )
    for (number, record) in plan.sittings.enumerated() {
      guard let composition = record.composition, let date = record.sitting?.date else { continue }
      console.out("")
      console.out(
        "Sitting \(number + 1) on \(date): cases \(record.cases.map(\.id).joined(separator: ", "))")
      let name = { (id: PersonID) in record.person(id)?.name.text(in: console.language) ?? id }
      let rows =
        composition.members.map { id in
          [id == composition.chair ? "chair" : "member", id, name(id)]
        }
        + [composition.secretary].compactMap { $0 }.map {
          ["secretary (does not vote)", $0, name($0)]
        }
      console.out(TextTable.render(header: ["ROLE", "ID", "NAME"], rows: rows))
    }
    if !plan.loads.isEmpty {
      let score = plan.loadScore
      console.out("")
      console.out(
        "Load: \(plan.loads.count) people sit; the most sittings for one person is \(score.greatest)."
      )
    }
    if !plan.unplaced.isEmpty {
      console.out("")
      console.out("Cannot be placed:")
      for item in plan.unplaced { console.out("  \(item.caseID): \(item.reason).") }
    }
    console.out("")
    console.out(
      "Print the sittings as record/1 drafts with --json; 'hattama roster check' accepts each.")
  }
}
