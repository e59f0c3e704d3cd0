// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

/// `hattama roster check` and `hattama roster compose`: HR's composition rules.
enum RosterCommands {
  static let check = CommandSpec(
    path: ["roster", "check"],
    abstract: "Check a record's composition against its methodology's rules.",
    discussion: """
      Reports every composition rule the record breaks, each with its finding code, clause and
      the person concerned, and names what to fix. Exit status: 0 when no rule is broken, 1 when
      one is, 2 when the file cannot be read.
      """,
    arguments: [ArgumentSpec(name: "record", help: "A hattama.record/1 file with a composition.")],
    options: [.flag("--json", help: "Print the findings as JSON."), Inputs.methodologyOption],
    run: { invocation throws(CLIError) in
      let path = try invocation.required("record")
      let record = try Inputs.record(path)
      guard let composition = record.composition else {
        throw .input(
          file: path,
          message:
            "has no 'composition' to check. To fill one from 'candidates', run 'hattama roster compose \(path)'."
        )
      }
      let findings: [Finding]
      switch try governing(record, file: path, invocation) {
      case .rules(let rules): findings = composition.findings(in: record, under: rules)
      case .findings(let refusals): findings = refusals
      }
      return report(FindingReport(files: [.init(file: path, findings: findings)]), invocation)
    })

  static let compose = CommandSpec(
    path: ["roster", "compose"],
    abstract: "Fill a draft's composition from its candidates so that every rule is kept.",
    discussion: """
      Leaves out the employee and the evaluators of every case, names an HR employee as a voting
      member where the methodology requires one, another HR employee as the secretary (who does
      not vote), and a chair. Without --size the composition is the smallest the rules allow.
      Exit status: 0 when a roster was composed, 1 when no valid roster exists (the reason is
      printed), 2 when the file cannot be read.
      """,
    arguments: [ArgumentSpec(name: "record", help: "A hattama.record/1 draft with 'candidates'.")],
    options: [
      .value("--size", "n", help: "The number of voting members (odd, at least the minimum)."),
      .value("--chair", "id", help: "The chair (a member); else the draft's, else the first member not in HR."),
      .value("--secretary", "id", help: "The secretary (an HR employee, who does not vote)."),
      .flag("--json", help: "Print the completed record/1 instead of the roster."),
      Inputs.methodologyOption,
    ],
    run: { invocation throws(CLIError) in try runCompose(invocation) })

  /// The record's methodology and the rules of its body, or findings saying why there are none.
  private static func governing(
    _ record: Record, file path: String, _ invocation: Invocation
  ) throws(CLIError)
    -> Governed
  {
    let methodology = try Inputs.chosenMethodology(record, file: path, invocation)
    guard let methodology, let rules = methodology.rules(for: record.kind) else {
      return .findings(
        Audit.findings(for: record, methodology: methodology).filter {
          $0.code.rawValue.hasPrefix("methodology.")
        })
    }
    return .rules(rules)
  }

  private enum Governed {
    case rules(BodyRules)
    case findings([Finding])
  }

  private static func report(_ report: FindingReport, _ invocation: Invocation) -> ExitCode {
    if invocation.flag("--json") {
      invocation.console.out(report.json())
    } else {
      invocation.console.out(report.text())
    }
    return report.exitCode
  }

  private static func runCompose(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let path = try invocation.required("record")
    var record = try Inputs.record(path)
    guard record.candidates != nil else {
      throw .input(
        file: path, message: "has no 'candidates': list the ids of the people HR may appoint.")
    }
    let size = try invocation.integer("--size", in: 1...999)
    guard case .rules(let rules) = try governing(record, file: path, invocation) else {
      throw .failed(
        message:
          "\(path): the methodology '\(record.methodology)' cannot govern a \(record.kind.rawValue); run 'hattama roster check \(path)' for the reason."
      )
    }
    let roster: RosterComposer.Roster
    do {
      // A chair the draft already names is kept unless --chair says otherwise.
      roster = try RosterComposer(record: record, rules: rules).compose(
        size: size, chair: invocation.value("--chair") ?? record.composition?.chair,
        secretary: invocation.value("--secretary") ?? record.composition?.secretary)
    } catch {
      throw .failed(message: Phrase(untranslated: error.message))
    }
    record.composition = roster.composition
    record.candidates = nil
    if invocation.flag("--json") {
      invocation.console.out(record.encodedJSON())
    } else {
      print(roster, of: record, rules: rules, console: invocation.console)
    }
    return .success
  }

  private static func print(
    _ roster: RosterComposer.Roster, of record: Record, rules: BodyRules, console: Console
  ) {
    let composition = roster.composition
    func name(_ id: PersonID) -> String {
      VisibleText.inline(record.person(id)?.name.text(in: console.language) ?? id)
    }
    func role(_ id: PersonID) -> String {
      id == composition.chair
        ? "chair" : id == composition.secretary ? "secretary (does not vote)" : "member"
    }
    let people = composition.members + [composition.secretary].compactMap { $0 }
    let body = record.kind == .calibration ? "calibration session" : "commission"
    console.out("Composed a \(body) of \(composition.members.count) voting members:")
    console.out(
      TextTable.render(
        header: ["ROLE", "ID", "NAME", "HR"],
        rows: people.map { [role($0), $0, name($0), record.person($0)?.hr == true ? "yes" : ""] }))
    if !roster.excluded.isEmpty {
      console.out("")
      console.out("Left out:")
      for exclusion in roster.excluded {
        console.out("  \(exclusion.candidate): \(exclusion.reason)")
      }
    }
    console.out("")
    console.out("Print the completed record with --json; 'hattama roster check' accepts it.")
  }
}
