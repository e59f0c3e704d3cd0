// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

/// `hattama draft new`: a record/1 draft from the two spreadsheets HR keeps (SPEC, "HR's inputs
/// and overviews").
enum DraftCommand {
  static let spec = CommandSpec(
    path: ["draft", "new"],
    abstract: "Make a record/1 draft from HR's people and cases spreadsheets (CSV).",
    discussion: """
      Both files are CSV as Excel saves them: UTF-8 with or without a byte order mark, comma or
      semicolon delimited, a header row. Dates are 2025-10-14 or 14.10.2025; scores 3.40 or
      3,40. Every person listed is a candidate for the composition unless a 'candidate' column
      says no; the draft goes to 'hattama roster compose'. A bad cell is reported by file, row
      and column (exit 2) and nothing is written.

      People columns: \(columns(DraftColumn.people))
      Cases columns: \(columns(DraftColumn.cases))
      Yes/no cells: yes/no, 1/0, иә/жоқ, да/нет. 'evaluators': ids separated by spaces or '|'.
      'sanction': none, reprimand (a warning, reprimand or severe reprimand) or other, or their
      Kazakh and Russian words (ескерту, сөгіс, қатаң сөгіс; замечание, выговор, строгий
      выговор; басқа, другое).

      The authorized official is --official ID, else the one person an 'official' column marks.
      With -o the draft is written atomically to a file readable only by its owner (mode 0600).
      """,
    options: [
      .value("--people", "file", help: "The people: id, name, position, hr (+ unit, candidate, official).", required: true),
      .value("--cases", "file", help: "The cases: id, employee, evaluators, score, sanction, dates.", required: true),
      .value("--methodology", "id", help: "The methodology the body keeps, such as 'kz-trade-2025'.", required: true),
      .value("--kind", "kind", help: "calibration or commission.", required: true),
      .value("--body", "text", help: "The state body's name."),
      .value("--period", "text", help: "The evaluation period, such as '2025, 3-тоқсан'."),
      .value("--official", "id", help: "The authorized official, from the people sheet."),
      .value("--output", short: "-o", "file", help: "Write the draft to this file (mode 0600)."),
    ],
    run: { invocation throws(CLIError) in try run(invocation) })

  private static func columns(_ columns: [DraftColumn]) -> String {
    columns.map { column in
      column.rawValue + " (" + column.names.dropFirst().joined(separator: ", ") + ")"
    }.joined(separator: "; ")
  }

  private static func run(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let methodology = try Inputs.builtIn(
      invocation.value("--methodology") ?? "", option: "--methodology", command: invocation.command)
    let kindText = invocation.value("--kind") ?? ""
    guard let kind = BodyKind(rawValue: kindText) else {
      throw .usage(
        .invalidValue(option: "--kind", value: kindText, expected: "'calibration' or 'commission'"),
        command: invocation.command.path)
    }
    let peoplePath = invocation.value("--people") ?? ""
    let casesPath = invocation.value("--cases") ?? ""
    let people = try table(peoplePath)
    let cases = try table(casesPath)
    let options = DraftSheets.Options(
      methodology: methodology.id, kind: kind, body: invocation.value("--body") ?? "",
      period: invocation.value("--period") ?? "", official: invocation.value("--official"))
    let draft: Record
    do {
      draft = try DraftSheets.draft(people: people, cases: cases, options: options)
    } catch {
      throw .input(
        file: error.sheet == .people ? peoplePath : casesPath, message: "\(error.advised).")
    }
    let text = draft.encodedJSON()
    if let output = invocation.value("--output"), output != "-" {
      try Files.writeConfidential(text + "\n", to: output, inputs: [peoplePath, casesPath])
    } else {
      invocation.console.out(text)
    }
    return .success
  }

  private static func table(_ path: String) throws(CLIError) -> CSVTable {
    let bytes = try Files.read(path)
    do {
      return try CSVTable(bytes)
    } catch {
      throw .input(file: path, message: "\(error).")
    }
  }
}
