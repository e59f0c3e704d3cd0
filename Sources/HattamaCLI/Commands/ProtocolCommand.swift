import Foundation
import HattamaKit

/// `hattama protocol`: the protocol (хаттама) of a sitting, in the form of 000 Appendix 11 /
/// 004 Appendix 5, in Kazakh, Russian or English, as text, Markdown, HTML or JSON.
enum ProtocolCommand {
  static let spec = CommandSpec(
    path: ["protocol"],
    abstract: "Write the protocol (хаттама) of a sitting, ready to sign and approve.",
    discussion: """
      Writes the form of 000 Appendix 11 / 004 Appendix 5: the approval block (БЕКІТЕМІН), the
      title, the state body and the period; the composition with who was present and the quorum;
      the results table with each score and band and the score as corrected; every motion with
      each member's vote by name, the tally and the result; the conclusion; the signatures; and
      the journal anchor N:HEX where the record has one. Votes are recounted under the record's
      methodology (--methodology-file for one that is not built in).

      Formats: 'text' for a terminal or a fixed-width printout; 'markdown' with tables; 'html' a
      standalone printable A4 page (embedded style, no external files or scripts; print it from
      a browser); 'json' the document's structure, keys sorted. Scores are written as the
      language writes them: 3,80 in Kazakh and Russian, 3.80 in English.

      Results are confidential (000 ¶21): with -o the protocol is written atomically to a file
      readable only by its owner (mode 0600, whatever the umask), which replaces a file of that
      name, so that a regenerated protocol replaces the old draft; nothing is printed.

      A paper to sign must not contradict the rules or be unfinished: a record whose audit finds
      a violation, or a journal that is not closed, is refused (exit 1) with the findings.
      --draft writes it anyway, marked ЖОБА / ПРОЕКТ / DRAFT on every page with the findings
      listed. --case ID writes the extract (үзінді / выписка) for one employee: the body, the
      sitting, that case's motions and result and the anchor, no other employee's result
      (000 ¶21). Exit status: 0 on success; 1 when refused as above; 2 when the file cannot be
      read, its methodology is unknown or does not govern its kind of body, or the output
      cannot be written.
      """,
    arguments: [
      ArgumentSpec(name: "file", help: "A hattama.record/1 file ('-' for standard input).")
    ],
    options: [
      .value(
        "--lang", "language",
        help: "The protocol's language: \(allowed(Language.self)) (default: kk)."),
      .value(
        "--format", "format",
        help: "text, markdown, html (a printable A4 page) or json (default: text)."),
      .value(
        "--output", short: "-o", "file",
        help: "Write to this file (mode 0600; it replaces one there) instead of printing."),
      .flag("--draft", help: "Write an unfinished or flawed protocol, marked as a draft."),
      .value("--case", "id", help: "Write the extract for this case's employee only."),
      Inputs.methodologyOption, CalendarCommand.calendarOption,
    ],
    run: { invocation throws(CLIError) in try run(invocation) })

  /// The record of FILE: a `hattama.record/1`, or the record a journal replays to, which
  /// carries the journal's anchor.
  ///
  /// A protocol is not written from a journal whose chain is broken (the signed paper would pin
  /// a record nobody can trust); a torn last line is only warned about, since every event before
  /// it is intact.
  static func load(_ path: String, _ invocation: Invocation) throws(CLIError) -> LoadedSitting {
    let sitting = try Inputs.sitting(path, invocation)
    if let report = sitting.report {
      if let damage = sitting.journalFindings.first(where: { $0.code == .journalTampered }) {
        throw .input(file: path, message: damage.message + " Run 'hattama verify \(path)'.")
      }
      if report.tornTail != nil, let torn = sitting.journalFindings.first {
        invocation.console.err("Warning: \(path): \(torn.message)")
      }
    }
    return sitting
  }

  private static func run(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    // The words are checked before the file is read, so that a typo is reported first.
    let language = try choice("--lang", default: Language.kk, invocation)
    let format = try choice("--format", default: ProtocolFormat.text, invocation)
    let output = invocation.value("--output")
    if let output, output != "-" { try checkDestination(output) }

    let path = try invocation.required("file")
    let sitting = try load(path, invocation)
    let record = sitting.record
    let governing = try Inputs.governing(
      record, file: path, pinned: sitting.methodology, invocation)
    var document = ProtocolDocument(record: record, rules: governing.rules)
    if let caseID = invocation.value("--case") {
      document = try extract(document, case: caseID, record: record)
    }
    let draft = try self.draft(sitting, governing, invocation)
    if invocation.flag("--draft") {
      document.draft = draft
    } else if !draft.findings.isEmpty || draft.unclosed {
      throw refusal(draft, file: path, invocation)
    }
    let text = ProtocolRenderer.render(document, language: language, format: format)

    guard let output, output != "-" else {
      // The renderer ends the document with a newline; `console.out` would add a second one.
      invocation.console.writeOut(text)
      return .success
    }
    try Files.writeConfidential(text, to: output)
    return .success
  }

  /// Why the paper must not be signed: the audit's violations, and a journal not closed.
  private static func draft(
    _ sitting: LoadedSitting, _ governing: GoverningRules, _ invocation: Invocation
  ) throws(CLIError) -> ProtocolDocument.Draft {
    let calendar = try CalendarCommand.calendar(invocation)
    let findings =
      sitting.journalFindings
      + Audit.findings(
        for: sitting.record, methodology: governing.methodology,
        extra: [DeadlineCheck(calendar: calendar)])
    return ProtocolDocument.Draft(
      findings: findings.filter { $0.severity == .violation }, unclosed: sitting.isClosed == false)
  }

  /// The refusal to write a paper to sign, with every problem listed on standard error.
  private static func refusal(
    _ draft: ProtocolDocument.Draft, file: String, _ invocation: Invocation
  ) -> CLIError {
    if !draft.findings.isEmpty {
      invocation.console.err(
        FindingReport(files: [.init(file: file, findings: draft.findings)]).text())
    }
    let why =
      draft.unclosed
      ? "the journal is not closed, so the sitting may still record events"
      : "its audit finds a violation (above)"
    return .refused(
      message:
        "'\(file)' is not a protocol to sign: \(why). Write it with --draft to have it marked "
        + "as a draft, or \(draft.unclosed ? "close the sitting first" : "correct the record").",
      clause: nil)
  }

  /// The extract for one case, or a usage error naming the cases there are.
  private static func extract(
    _ document: ProtocolDocument, case caseID: CaseID, record: Record
  ) throws(CLIError) -> ProtocolDocument {
    if let extract = document.extract(case: caseID) { return extract }
    let ids = record.cases.map(\.id)
    throw .usage(
      .invalidValue(
        option: "--case", value: caseID,
        expected: caseID.nearest(in: ids).map { "'\($0)' (did you mean it?)" }
          ?? "one of " + quoted(ids)),
      command: spec.path)
  }

  /// The value of an option with a fixed set of values, or its default when it is not given.
  private static func choice<Value: RawRepresentable & CaseIterable>(
    _ option: String, default fallback: Value, _ invocation: Invocation
  ) throws(CLIError) -> Value where Value.RawValue == String {
    try invocation.choice(option, default: fallback)
  }

  /// Refuses an output path that cannot become a file before any work is done: a folder, or a
  /// path in a folder that does not exist.
  private static func checkDestination(_ path: String) throws(CLIError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw .input(file: path, message: "is a folder; give a file name for the protocol.")
    }
    let folder = (path as NSString).deletingLastPathComponent
    guard !folder.isEmpty else { return }
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw .input(
        file: path, message: "cannot be written: the folder '\(folder)' does not exist.")
    }
  }

  private static func quoted(_ names: [String]) -> String {
    names.map { "'\($0)'" }.joined(separator: ", ")
  }

  private static func allowed<Value: RawRepresentable & CaseIterable>(_: Value.Type) -> String
  where Value.RawValue == String {
    Value.allCases.map(\.rawValue).joined(separator: ", ")
  }
}
