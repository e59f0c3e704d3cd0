// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import Foundation
import HattamaKit

/// `hattama protocol`: the protocol (хаттама) of a sitting, in the form of 000 Appendix 11 /
/// 004 Appendix 5, in Kazakh, Russian or English, as text, Markdown, HTML or JSON.
enum ProtocolCommand {
  static let spec = CommandSpec(
    path: ["protocol"],
    abstract: "Write the protocol (хаттама) of a sitting, ready to sign and approve.",
    discussion: """
      Writes the form of 000 Appendix 11 / 004 Appendix 5: the approval block (БЕКІТЕМІН, only
      where the body's results are approved: a commission's), the title, the state body and the
      period; the composition with who was present and the quorum; the results table with each
      score and band and the score as corrected; every motion with each member's vote by name,
      the tally and the result; the conclusion; the signatures, in the order of the
      methodology's form (004: the secretary last); and the journal anchor N:HEX where the
      record has one. Votes are recounted under the record's
      methodology (--methodology-file for one that is not built in).

      Formats: 'text' for a terminal or a fixed-width printout; 'markdown' with tables; 'html' a
      standalone printable A4 page (embedded style, no external files or scripts; print it from
      a browser); 'json' the document's structure, keys sorted. Scores are written as the
      language writes them: 3,80 in Kazakh and Russian, 3.80 in English.

      Results are confidential (000 ¶21): with -o the protocol is written atomically to a file
      readable only by its owner (mode 0600, whatever the umask), through a temporary file in
      the same folder that is synced and renamed, the folder synced after; nothing is printed.
      It replaces a regular file of that name, so that a regenerated protocol replaces the old
      draft, but never a journal, a '.broken' file, the command's own input, a symbolic link (or
      a file in a folder named through one), a device or a folder: those are refused (exit 2)
      and left as they were. Control and bidi characters in the record's texts are shown as
      escapes such as \\u{1B} in text, Markdown and HTML, and as \\u001b in JSON.

      A paper to sign must not contradict the rules or be unfinished: a record whose audit finds
      a violation, or a journal that is not closed, is refused (exit 1) with the findings.
      --draft writes it anyway, marked ЖОБА / ПРОЕКТ / DRAFT on every page with the findings
      listed. --case ID writes the extract (үзінді / выписка) for one employee: the body, the
      sitting, that case's motions and result and the anchor, no other employee's result
      (000 ¶21). Exit status: 0 on success; 1 when refused as above; 2 when the file cannot be
      read, its methodology is unknown or does not govern its kind of body, the output is
      refused, or it cannot be written (also when printing fails: see 'Output and failures' in
      the README).
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
        help: "text, markdown, html (a printable A4 page) or json (default: from -o's extension, .txt .md .html .json, else text)."),
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
        throw .input(file: path, message: Phrase(untranslated: damage.message + " Run 'hattama verify \(path)'."))
      }
      if report.tornTail != nil, let torn = sitting.journalFindings.first {
        invocation.console.err("Warning: \(path): \(torn.advised.message)")
      }
    }
    return sitting
  }

  private static func run(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    // The words are checked before the file is read, so that a typo is reported first.
    let language = try choice("--lang", default: Language.kk, invocation)
    let output = invocation.value("--output")
    let format = try choice("--format", default: Self.format(of: output), invocation)
    let path = try invocation.required("file")
    let inputs = [path] + invocation.values(Inputs.methodologyOption.name)
    if let output, output != "-" { try OutputFile(path: output, inputs: inputs).check() }

    let sitting = try load(path, invocation)
    // Text for people is shown on its lines whatever the record holds (VisibleText); JSON
    // escapes the same characters itself.
    let readable = format != .json
    let record = readable ? sitting.record.displayedOnOneLine : sitting.record
    let governing = try Inputs.governing(sitting, file: path)
    var document = ProtocolDocument(
      record: record, rules: governing.rules,
      categoryNames: governing.methodology.targetCategories?.value)
    if let caseID = invocation.value("--case") {
      document = try extract(document, case: caseID, record: record)
    }
    let draft = try self.draft(sitting, record, governing, invocation)
    if invocation.flag("--draft") {
      document.draft = draft
    } else if !draft.findings.isEmpty || draft.unclosed {
      throw refusal(draft, file: path, invocation)
    }
    let rendered = ProtocolRenderer.render(document, language: language, format: format)
    let text = readable ? VisibleText.lines(rendered) : rendered

    guard let output, output != "-" else {
      // The renderer ends the document with a newline; `console.out` would add a second one.
      invocation.console.writeOut(text)
      return .success
    }
    try Files.writeConfidential(text, to: output, inputs: inputs)
    return .success
  }

  /// Why the paper must not be signed: the audit's violations of `record` (the sitting's, its
  /// texts as the paper shows them), and a journal not closed.
  private static func draft(
    _ sitting: LoadedSitting, _ record: Record, _ governing: GoverningRules,
    _ invocation: Invocation
  ) throws(CLIError) -> ProtocolDocument.Draft {
    let calendar = try CalendarCommand.calendar(invocation)
    let findings =
      sitting.journalFindings
      + Audit.findings(
        for: record, methodology: governing.methodology,
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

  /// The format an output file's extension names (SPEC: `-o` picks it when `--format` is not
  /// given): `.txt`, `.md`, `.html`, `.json`; text otherwise.
  static func format(of output: String?) -> ProtocolFormat {
    switch output.map({ ($0 as NSString).pathExtension.lowercased() }) {
    case "md", "markdown": .markdown
    case "html", "htm": .html
    case "json": .json
    default: .text
    }
  }

  /// The value of an option with a fixed set of values, or its default when it is not given.
  private static func choice<Value: RawRepresentable & CaseIterable>(
    _ option: String, default fallback: Value, _ invocation: Invocation
  ) throws(CLIError) -> Value where Value.RawValue == String {
    try invocation.choice(option, default: fallback)
  }

  private static func quoted(_ names: [String]) -> String {
    names.map { "'\($0)'" }.joined(separator: ", ")
  }

  private static func allowed<Value: RawRepresentable & CaseIterable>(_: Value.Type) -> String
  where Value.RawValue == String {
    Value.allCases.map(\.rawValue).joined(separator: ", ")
  }
}
