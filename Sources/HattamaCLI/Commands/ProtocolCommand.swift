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
      readable only by its owner (mode 0600, whatever the umask), through a temporary file in
      the same folder that is synced and renamed, the folder synced after; nothing is printed.
      It replaces a regular file of that name, so that a regenerated protocol replaces the old
      draft, but never a journal, a '.broken' file, the command's own input, a symbolic link (or
      a file in a folder named through one), a device or a folder: those are refused (exit 2)
      and left as they were. Control and bidi characters in the record's texts are shown as
      escapes such as \\u{1B} in text, Markdown and HTML, and as \\u001b in JSON.

      Exit status: 0 on success; 2 when the file cannot be read, its methodology is unknown or
      does not govern its kind of body, the output is refused, or it cannot be written (also
      when printing fails: see 'Output and failures' in the README).
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
      Inputs.methodologyOption,
    ],
    run: { invocation throws(CLIError) in try run(invocation) })

  /// The record of FILE: a `hattama.record/1`, or the record a journal replays to, which
  /// carries the journal's anchor.
  ///
  /// A protocol is not written from a journal whose chain is broken (the signed paper would pin
  /// a record nobody can trust); a torn last line is only warned about, since every event before
  /// it is intact.
  static func load(_ path: String, _ invocation: Invocation) throws(CLIError) -> Record {
    let sitting = try Inputs.sitting(path, invocation)
    if let report = sitting.report {
      if let damage = sitting.journalFindings.first(where: { $0.code == .journalTampered }) {
        throw .input(file: path, message: damage.message + " Run 'hattama verify \(path)'.")
      }
      if report.tornTail != nil, let torn = sitting.journalFindings.first {
        invocation.console.err("Warning: \(path): \(torn.message)")
      }
    }
    return sitting.record
  }

  private static func run(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    // The words are checked before the file is read, so that a typo is reported first.
    let language = try choice("--lang", default: Language.kk, invocation)
    let format = try choice("--format", default: ProtocolFormat.text, invocation)
    let output = invocation.value("--output")
    let path = try invocation.required("file")
    let inputs = [path] + invocation.values(Inputs.methodologyOption.name)
    if let output, output != "-" { try OutputFile(path: output, inputs: inputs).check() }

    let record = try load(path, invocation)
    let rules = try rules(for: record, file: path, invocation)
    // Text for people is shown on its lines whatever the record holds (VisibleText); JSON
    // escapes the same characters itself.
    let readable = format != .json
    let document = ProtocolDocument(
      record: readable ? record.displayedOnOneLine : record, rules: rules)
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

  /// The rules of the record's body under its methodology, or why there are none.
  ///
  /// Unlike the audit, which reports an unknown methodology as a finding, a protocol cannot be
  /// written without one: the tally of every motion depends on its quorum, majority base and
  /// tie rule (000 ¶63, ¶66).
  private static func rules(for record: Record, file: String, _ invocation: Invocation)
    throws(CLIError) -> BodyRules
  {
    guard let methodology = try Inputs.methodology(for: record, invocation) else {
      let ids = Methodology.builtIn.map(\.id)
      let suggestion = record.methodology.nearest(in: ids).map { " (did you mean '\($0)'?)" }
      throw .input(
        file: file,
        message:
          "names the methodology '\(record.methodology)', which is not built in"
          + (suggestion ?? "") + ". Correct its 'methodology' field (see 'hattama methodology "
          + "list') or give the rules with --methodology-file FILE.")
    }
    guard let rules = methodology.rules(for: record.kind) else {
      throw .input(
        file: file,
        message:
          "is a \(name(of: record.kind)), which the methodology '\(methodology.id)' does not "
          + "govern (it has rules for "
          + methodology.bodies.map { "a " + name(of: $0.kind) }.joined(separator: " and ")
          + " only). Correct the record's 'kind' or 'methodology', or give a methodology for it "
          + "with --methodology-file FILE.")
    }
    return rules
  }

  /// The value of an option with a fixed set of values, or its default when it is not given.
  private static func choice<Value: RawRepresentable & CaseIterable>(
    _ option: String, default fallback: Value, _ invocation: Invocation
  ) throws(CLIError) -> Value where Value.RawValue == String {
    guard let text = invocation.value(option) else { return fallback }
    if let value = Value(rawValue: text) { return value }
    let names = Value.allCases.map(\.rawValue)
    let suggestion = text.nearest(in: names).map { " (did you mean '\($0)'?)" }
    throw .usage(
      .invalidValue(
        option: option, value: text, expected: "one of " + quoted(names) + (suggestion ?? "")),
      command: invocation.command.path)
  }

  private static func name(of kind: BodyKind) -> String {
    kind == .calibration ? "calibration session" : "commission"
  }

  private static func quoted(_ names: [String]) -> String {
    names.map { "'\($0)'" }.joined(separator: ", ")
  }

  private static func allowed<Value: RawRepresentable & CaseIterable>(_: Value.Type) -> String
  where Value.RawValue == String {
    Value.allCases.map(\.rawValue).joined(separator: ", ")
  }
}
