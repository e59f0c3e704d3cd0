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
      name, so that a regenerated protocol replaces the old draft; nothing is printed. Exit
      status: 0 on success; 2 when the file cannot be read, its methodology is unknown or does
      not govern its kind of body, or the output cannot be written.
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
    if let output, output != "-" { try checkDestination(output) }

    let path = try invocation.required("file")
    let record = try load(path, invocation)
    let (methodology, rules) = try rules(for: record, file: path, invocation)
    let document = ProtocolDocument(
      record: record, rules: rules, categoryNames: methodology.targetCategories?.value)
    let text = ProtocolRenderer.render(document, language: language, format: format)

    guard let output, output != "-" else {
      // The renderer ends the document with a newline; `console.out` would add a second one.
      invocation.console.writeOut(text)
      return .success
    }
    try Files.writeConfidential(text, to: output)
    return .success
  }

  /// The rules of the record's body under its methodology, or why there are none.
  ///
  /// Unlike the audit, which reports an unknown methodology as a finding, a protocol cannot be
  /// written without one: the tally of every motion depends on its quorum, majority base and
  /// tie rule (000 ¶63, ¶66).
  private static func rules(for record: Record, file: String, _ invocation: Invocation)
    throws(CLIError) -> (Methodology, BodyRules)
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
    return (methodology, rules)
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
